"""The accessibility statement's view: manual checks in words, and the problem report form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from govportal.model.accessibility import CHECK_NAMES, AccessibilityRecord
from govportal.pages.views.accessibility import accessibility_view
from govportal.pages.views.site import PageView
from govportal.pages.views.survey import FollowUp, Hidden

from tests.unit.pages.views.portal import minimal, site


def test_without_a_record_no_check_was_made_by_hand_and_the_evidence_waits_for_the_gate() -> None:
    view = accessibility_view(site(), PageView("accessibility"))
    assert view.manual_checks == ()
    assert view.not_checked_by_hand == tuple(CHECK_NAMES.values())
    assert not view.evidence.checked
    assert view.standard.startswith("Web Content Accessibility Guidelines")


def test_the_report_form_posts_beside_page_feedback_and_says_which_page_it_came_from() -> None:
    report = accessibility_view(site(), PageView("accessibility")).report
    assert (report.action, report.hidden, report.comment_max) == ("/api/feedback/accessibility", (Hidden("page", "/accessibility/"),), 1000)
    assert report.follow_up == FollowUp("gp-a11y", "this problem")


def test_a_check_made_long_ago_is_due_again_and_lists_its_tools() -> None:
    [first, *_] = CHECK_NAMES
    record = AccessibilityRecord.model_validate({"manual_checks": [{"check": first, "by": "Ana", "on": date(2024, 1, 5), "result": "No problems.", "tools": ["NVDA", "Firefox"]}]})
    [row] = accessibility_view(site(replace(minimal(), accessibility=record)), PageView("accessibility")).manual_checks
    assert (row.tools_words, row.on_words) == ("NVDA; Firefox", "January 5, 2024")
    assert row.outcome == "No problems. This check is due to be made again."
