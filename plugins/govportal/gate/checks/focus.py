"""Checks axe cannot make, as they need the page moved: focus hidden behind sticky parts (WCAG
2.4.11) at each width, and buttons that lose their edges in forced-colours mode."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

ANCHOR_LIMIT = 8  # in-page link targets followed per page and width (each one scrolls the page)


async def check_focus_obscured(page: Page, where: Where) -> list[Issue]:
    """Run last at each width: it moves focus, scrolls and follows in-page links."""
    found = []
    for item in await page.evaluate("n => __gp.focusObscured(n)", ANCHOR_LIMIT):
        how = item["how"]
        if how.startswith("#"):
            message = f"following a link to {how} leaves the start of this target under {item['cover']}; add scroll-padding-top (the sticky part's height) to html"
        else:
            message = f"when reached with {how} this is wholly hidden behind {item['cover']}; add scroll-padding-top (or -bottom) the size of the sticky part to html"
        found.append(where.issue("focus-obscured", item["selector"], message))
    return found


async def check_forced_colours(page: Page, where: Where) -> list[Issue]:
    """Emulates forced colours (Windows High Contrast) for one look, then turns it off again."""
    await page.emulate_media(forced_colors="active")
    try:
        missing = await page.evaluate("__gp.forcedColourBoundaries()")
    finally:
        await page.emulate_media(forced_colors="none")
    message = "in high contrast mode this has no visible edge and looks like plain text; give it a border or outline (transparent is enough: high contrast paints it)"
    return [where.issue("forced-colours", s, message, per_viewport=False) for s in missing]
