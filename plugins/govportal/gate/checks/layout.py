"""Reflow (no sideways scrolling, nothing cut off) and target size, measured at each viewport."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


async def check_layout(page: Page, where: Where) -> list[Issue]:
    measured = await page.evaluate("__gp.layout()")  # both in one round trip
    reflow = measured["reflow"]
    effect = "makes the page scroll sideways" if reflow["scrolls"] else "is cut off at the right edge and cannot be scrolled to"
    found = [where.issue("reflow", item["selector"], f"this is {item['width']} px wide and {effect}") for item in reflow["items"]]
    if reflow["scrolls"] and not found:  # something invisible (visibility: hidden) still widens the page
        found.append(where.issue("reflow", "html", "the page scrolls sideways, though no visible element sticks out; look for hidden wide elements"))
    found += [
        where.issue("target-size", item["selector"], f"this target is {item['width']} x {item['height']} px and too close to another; make it at least 24 x 24 px")
        for item in measured["targets"]
    ]
    return found
