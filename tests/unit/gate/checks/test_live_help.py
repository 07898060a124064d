"""The Live Help link judged from what the in-page probe measured."""

from __future__ import annotations

from typing import Any

from govportal.gate.checks import Where
from govportal.gate.checks.live_help import live_help_issues

LINK = {"found": True, "selector": "#gp-live-help", "inHeader": True, "inViewport": True}


def seen(first: dict[str, Any] = LINK, scrolled: int = 800, **after: bool) -> dict[str, Any]:
    return {"first": first, "scrolled": scrolled, "after": LINK | after}


def test_a_link_in_the_header_on_screen_throughout_passes(where: Where) -> None:
    assert live_help_issues(seen(), where) == []


def test_each_problem_is_named_with_the_link(where: Where) -> None:
    misplaced = LINK | {"inHeader": False, "inViewport": False}
    issues = live_help_issues(seen(misplaced, inViewport=False), where)
    assert [(i.rule, i.selector, i.viewport) for i in issues] == [
        ("live-help-outside-header", "#gp-live-help", "320"), ("live-help-not-in-view", "#gp-live-help", "320"), ("live-help-scrolls-away", "#gp-live-help", "320"),
    ]


def test_a_page_too_short_to_scroll_is_not_judged_after_scrolling(where: Where) -> None:
    assert live_help_issues(seen(scrolled=0, inViewport=False), where) == []


def test_no_link_is_one_issue(where: Where) -> None:
    [issue] = live_help_issues(seen({"found": False}), where)
    assert (issue.rule, issue.selector, issue.severity) == ("live-help-missing", "body", "error")
