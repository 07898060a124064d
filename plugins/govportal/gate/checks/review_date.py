"""Content past its review date (last_reviewed + review_in), from the page's own meta tags."""

from __future__ import annotations

from datetime import date

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


async def check_review_date(page: Page, where: Where, today: date) -> list[Issue]:
    dates = await page.evaluate("__gp.reviewDates()")
    if not dates["reviewDue"]:
        return []
    due = date.fromisoformat(dates["reviewDue"])
    if due >= today:
        return []
    return [where.issue("review-overdue", "meta[name='govportal:review-due']", f"last reviewed {dates['lastReviewed']}; a review was due {due.isoformat()}", per_viewport=False)]
