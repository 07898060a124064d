"""How the site's gate settings change a run's issues: rules disabled on some pages, severities changed."""

from __future__ import annotations

from govportal.config.gate import GateSettings
from govportal.gate.issues import Issue
from govportal.gate.runner import _apply_settings, _site_wide_disabled_axe, default_workers

SETTINGS = GateSettings.model_validate({
    "disabled": [{"rule": "reflow", "pages": ["legacy/*"], "reason": "old tables, rebuilt in issue 12"},
                 {"rule": "axe/region", "pages": ["*"], "reason": "Material's search dialog"},
                 {"rule": "axe/list", "pages": ["a/"], "reason": "one page"}],
    "severity": {"reading-level": "error"},
})


def test_disabled_rules_drop_only_on_their_pages_and_severities_change() -> None:
    issues = [Issue("reflow", "legacy/old/", "320", "#t", "wide"), Issue("reflow", "new/", "320", "#t", "wide"),
              Issue("reading-level", "new/", "", "main", "hard", severity="warning")]
    kept = _apply_settings(issues, SETTINGS)
    assert [(i.rule, i.page, i.severity) for i in kept] == [("reflow", "new/", "error"), ("reading-level", "new/", "error")]


def test_only_axe_rules_disabled_everywhere_are_left_out_of_axe_s_run() -> None:
    assert _site_wide_disabled_axe(SETTINGS) == ["region"]
    assert default_workers() >= 2
