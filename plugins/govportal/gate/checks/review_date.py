"""Content past its review date (last_reviewed + review_in), from the page's own meta tags."""

from __future__ import annotations

from datetime import date

from typing import Any

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


def check_review_date(dates: dict[str, Any], where: Where, today: date) -> list[Issue]:
    """Judges ``__gp.reviewDates()``'s facts of a page."""
    if not dates["reviewDue"]:
        return []
    due = date.fromisoformat(dates["reviewDue"])
    if due >= today:
        return []
    return [where.issue("review-overdue", "meta[name='govportal:review-due']", f"last reviewed {dates['lastReviewed']}; a review was due {due.isoformat()}", per_viewport=False)]
