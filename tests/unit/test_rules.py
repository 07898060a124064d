"""The rule catalogue: every check the gate reports has a reason and a place to read more."""

from __future__ import annotations

import pytest

from govportal.rules import RULES, Rule, rule


@pytest.mark.parametrize("entry", RULES.values(), ids=list(RULES))
def test_every_rule_says_why_and_links_to_more(entry: Rule) -> None:
    assert entry.summary.endswith(".")
    assert entry.help_url.startswith("https://")
    assert entry.severity in ("error", "warning")


def test_rules_are_keyed_by_their_own_id() -> None:
    assert all(key == entry.id for key, entry in RULES.items())


@pytest.mark.parametrize(("rule_id", "severity"), [("reading-level", "warning"), ("one-h1", "error"), ("skip-link-focus", "warning")])
def test_severities_of_known_rules(rule_id: str, severity: str) -> None:
    assert rule(rule_id).severity == severity


def test_an_axe_rule_is_made_up_on_the_fly() -> None:
    assert rule("axe/color-contrast") == Rule("axe/color-contrast", "", "")
