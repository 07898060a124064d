"""The 'Was this page helpful?' form: on every page, every field labelled."""

from __future__ import annotations

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


async def check_feedback_form(page: Page, where: Where) -> list[Issue]:
    info = await page.evaluate("__gp.feedbackForm()")
    if not info["found"]:
        return [where.issue("feedback-form", "body", "the page has no feedback form (form[data-gp-feedback])", per_viewport=False)]
    return [where.issue("feedback-label", s, "this feedback field has no label", per_viewport=False) for s in info["unlabeled"]]
