"""The page-level checks judge facts read in one in-page call; judged here without a browser."""

from __future__ import annotations

from datetime import date

from govportal.gate.checks import Where
from govportal.gate.checks.alerts import check_expired_alerts
from govportal.gate.checks.feedback_form import check_feedback_form
from govportal.gate.checks.review_date import check_review_date
from govportal.gate.checks.structure import check_structure
from govportal.config.gate import GateSettings

WHERE = Where("services/x/", "320", GateSettings(), True)
TODAY = date(2026, 11, 27)


def test_structure_names_missing_lang_title_and_extra_h1() -> None:
    issues, title = check_structure({"lang": "", "title": "", "h1": ["h1:nth-of-type(1)", "h1:nth-of-type(2)"]}, WHERE)
    assert [i.rule for i in issues] == ["html-lang", "page-title", "one-h1"]
    assert issues[2].selector == "h1:nth-of-type(2)" and title == ""


def test_feedback_form_missing_and_unlabelled() -> None:
    assert [i.rule for i in check_feedback_form({"found": False, "unlabeled": []}, WHERE)] == ["feedback-form"]
    assert [i.selector for i in check_feedback_form({"found": True, "unlabeled": ["#why"]}, WHERE)] == ["#why"]


def test_review_date_and_alerts_compare_with_today() -> None:
    assert check_review_date({"lastReviewed": "2025-11-01", "reviewDue": "2026-11-27"}, WHERE, TODAY) == []
    overdue = check_review_date({"lastReviewed": "2025-11-01", "reviewDue": "2026-11-26"}, WHERE, TODAY)
    assert [i.rule for i in overdue] == ["review-overdue"]
    ended = check_expired_alerts(["2026-11-26T17:00", "2026-11-27T08:00", "2026-11-26T17:00"], WHERE, TODAY)
    assert [i.selector for i in ended] == ["[data-gp-alert-ends='2026-11-26T17:00']"]
