"""The Live Help link: present, in the header, on screen on load and after scrolling to the end."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


async def check_live_help(page: Page, where: Where) -> list[Issue]:
    await page.evaluate("__gp.scrollToTop()")
    first = await page.evaluate("__gp.liveHelp()")
    if not first["found"]:
        return [where.issue("live-help-missing", "body", "no link labelled 'Live Help' or 'Get help' on the page")]
    found: list[Issue] = []
    link = first["selector"]
    if not first["inHeader"]:
        found.append(where.issue("live-help-outside-header", link, "the Live Help link is not inside the page header"))
    if not first["inViewport"]:
        found.append(where.issue("live-help-not-in-view", link, "the Live Help link is not fully on screen when the page opens"))
    scrolled = await page.evaluate("__gp.scrollToEnd()")
    if scrolled > 0:
        after = await page.evaluate("__gp.liveHelp()")
        if not after["inViewport"]:
            found.append(where.issue("live-help-scrolls-away", link, "the Live Help link is off screen after scrolling to the end of the page; make the header sticky"))
    await page.evaluate("__gp.scrollToTop()")
    return found
