"""Keyboard use: a skip link first, Live Help within a few Tab presses, a visible focus indicator."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

FOCUS_SAMPLE = 40  # links and buttons compared focused and unfocused, per page


async def check_keyboard(page: Page, where: Where) -> list[Issue]:
    """Run right after the page loads, before anything else moves the focus."""
    found: list[Issue] = []
    if where.govportal:
        found += await _live_help_reachable(page, where)
    found += await _skip_link(page, where)
    missing = await page.evaluate("n => __gp.focusVisible(n)", FOCUS_SAMPLE)
    found += [where.issue("focus-visible", s, "this looks the same with and without keyboard focus; add a :focus-visible style", per_viewport=False) for s in missing]
    return found


async def _live_help_reachable(page: Page, where: Where) -> list[Issue]:
    presses = where.settings.tab_presses
    for _ in range(presses):
        await page.keyboard.press("Tab")
        if await page.evaluate("__gp.liveHelpFocused()"):
            return []
    return [where.issue("live-help-not-reachable", "[data-gp-live-help]", f"the Live Help link is not reached within {presses} Tab presses", per_viewport=False)]


async def _skip_link(page: Page, where: Where) -> list[Issue]:
    """Judged by what the keyboard user gets: after Enter on the skip link, the next Tab must land in
    the main content. In Chromium that works without tabindex="-1" on the target (activating the link
    moves the sequential focus starting point), so a missing tabindex is advice, not an error."""
    skip = await page.evaluate("__gp.skipLink()")
    if not skip["ok"]:
        return [where.issue("skip-link", skip["selector"], skip["reason"], per_viewport=False)]
    await page.focus(skip["selector"])
    await page.keyboard.press("Enter")
    if (await page.evaluate("id => __gp.skipLanding(id)", skip["target"]))["focusedTarget"]:
        return []
    await page.keyboard.press("Tab")
    landing = await page.evaluate("id => __gp.skipLanding(id)", skip["target"])
    if not landing["arrived"]:
        where_to = f" (the next Tab went to {landing['at']})" if landing["at"] else ""
        return [where.issue("skip-link", skip["selector"], f"after following the skip link, Tab does not go to the main content{where_to}", per_viewport=False)]
    return [where.issue("skip-link-focus", skip["selector"], f"the skip link works, but its target #{skip['target']} does not take focus; add tabindex=\"-1\" to it, which some screen reader and browser pairs need", per_viewport=False)]
