"""Content past its review date, judged from the page's meta tags."""

from __future__ import annotations

from datetime import date

from govportal.gate.checks import Where
from govportal.gate.checks.review_date import check_review_date

TODAY = date(2026, 11, 27)


def test_review_due_today_is_not_overdue_yet(where: Where) -> None:
    assert check_review_date({"lastReviewed": "2025-11-01", "reviewDue": "2026-11-27"}, where, TODAY) == []
    assert check_review_date({"lastReviewed": "", "reviewDue": ""}, where, TODAY) == []  # a page without a review date


def test_overdue_review_says_when_it_was_due(where: Where) -> None:
    [issue] = check_review_date({"lastReviewed": "2025-11-01", "reviewDue": "2026-11-26"}, where, TODAY)
    assert (issue.rule, issue.viewport) == ("review-overdue", "")
    assert issue.message == "last reviewed 2025-11-01; a review was due 2026-11-26"
