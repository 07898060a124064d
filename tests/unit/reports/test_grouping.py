"""Issues grouped the way people fix them: errors first, biggest groups first, each with its rule's words."""

from __future__ import annotations

from govportal.gate.issues import Issue
from govportal.reports.grouping import by_rule
from govportal.rules import rule


def test_errors_first_then_by_size_then_by_name() -> None:
    issues = [
        Issue("reading-level", "a/", "", "main", "grade 12", "warning"),
        Issue("reading-level", "b/", "", "main", "grade 11", "warning"),
        Issue("reflow", "b/", "320", "#x", "wide"),
        Issue("one-h1", "c/", "", "body", "no h1"),
        Issue("one-h1", "a/", "", "body", "no h1"),
    ]
    groups = by_rule(issues)
    assert [(rule_id, [i.page for i in members]) for rule_id, _, _, members in groups] == [
        ("one-h1", ["a/", "c/"]), ("reflow", ["b/"]), ("reading-level", ["a/", "b/"]),
    ]
    rule_id, summary, help_url, _ = groups[0]
    assert (summary, help_url) == (rule("one-h1").summary, rule("one-h1").help_url)


def test_axe_rules_explain_themselves_from_their_first_issue() -> None:
    [(_, summary, help_url, _)] = by_rule([Issue("axe/region", "a/", "320", "#x", "Some page content is not in a landmark: more", help_url="https://dequeuniversity.com/rules/axe/region")])
    assert (summary, help_url) == ("Some page content is not in a landmark", "https://dequeuniversity.com/rules/axe/region")
