"""The feedback form judged from the page's facts."""

from __future__ import annotations

from govportal.gate.checks import Where
from govportal.gate.checks.feedback_form import check_feedback_form


def test_feedback_form_missing_and_unlabelled(where: Where) -> None:
    assert [i.rule for i in check_feedback_form({"found": False, "unlabeled": []}, where)] == ["feedback-form"]
    assert [(i.rule, i.selector, i.viewport) for i in check_feedback_form({"found": True, "unlabeled": ["#why"]}, where)] == [("feedback-label", "#why", "")]
    assert check_feedback_form({"found": True, "unlabeled": []}, where) == []
