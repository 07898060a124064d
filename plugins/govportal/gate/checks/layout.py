"""Reflow (no sideways scrolling) and target size, measured at each viewport."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


async def check_layout(page: Page, where: Where) -> list[Issue]:
    found = [
        where.issue("reflow", item["selector"], f"this is {item['width']} px wide and makes the page scroll sideways")
        for item in await page.evaluate("__gp.reflow()")
    ]
    found += [
        where.issue("target-size", item["selector"], f"this target is {item['width']} x {item['height']} px and too close to another; make it at least 24 x 24 px")
        for item in await page.evaluate("__gp.targets()")
    ]
    return found
