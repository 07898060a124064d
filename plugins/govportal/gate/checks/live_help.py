"""The Live Help link: present, in the header, on screen on load and after scrolling to the end."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

# The in-page probe (probes.js): measures the link at the top and at the end, and scrolls back.
PROBE = "__gp.liveHelpScrolled()"


async def check_live_help(page: Page, where: Where) -> list[Issue]:
    """One in-page call measures the link at the top and at the end (and scrolls back)."""
    return live_help_issues(await page.evaluate(PROBE), where)


def live_help_issues(seen: dict[str, Any], where: Where) -> list[Issue]:
    """Judges what :data:`PROBE` measured; apart from the browser call so the theme's tests and
    unit tests judge the link exactly as the gate does."""
    first = seen["first"]
    if not first["found"]:
        return [where.issue("live-help-missing", "body", "no link labelled 'Live Help' or 'Get help' on the page")]
    found: list[Issue] = []
    link = first["selector"]
    if not first["inHeader"]:
        found.append(where.issue("live-help-outside-header", link, "the Live Help link is not inside the page header"))
    if not first["inViewport"]:
        found.append(where.issue("live-help-not-in-view", link, "the Live Help link is not fully on screen when the page opens"))
    if seen["scrolled"] > 0 and not seen["after"]["inViewport"]:
        found.append(where.issue("live-help-scrolls-away", link, "the Live Help link is off screen after scrolling to the end of the page; make the header sticky"))
    return found
