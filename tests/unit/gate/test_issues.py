"""An issue's key, and a run's verdict: errors fail it, warnings do not."""

from __future__ import annotations

from govportal.gate.issues import GateRun, Issue


def test_the_key_leaves_out_what_may_change_between_runs() -> None:
    one = Issue("reflow", "a/", "320", "#x", "600 px wide", help_url="https://x", details=("d",))
    assert one.key == ("reflow", "a/", "320", "#x") == Issue("reflow", "a/", "320", "#x", "610 px wide").key
    assert one.to_dict()["details"] == ("d",) and one.to_dict()["severity"] == "error"


def test_a_run_fails_on_errors_only() -> None:
    warning = Issue("plain-language", "a/", "", "main", "hard", severity="warning")
    error = Issue("reflow", "a/", "320", "#x", "wide")
    assert GateRun(issues=[warning]).passed and GateRun().passed
    run = GateRun(issues=[warning, error])
    assert not run.passed and run.errors == [error] and run.warnings == [warning]
