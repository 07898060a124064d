"""The baseline: known issues saved with a planned fix date, and a run split into new, known and fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govportal.gate.baseline import fix_dates, load_baseline, save_baseline, split_by_baseline
from govportal.gate.issues import Issue

KNOWN = Issue("reflow", "a/", "320", "#wide", "too wide")
WARNING = Issue("plain-language", "a/", "", "main", "hard to read", severity="warning")


def test_saved_errors_load_back_as_keys_with_a_fix_date_in_90_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00-07:00")
    path = tmp_path / "baseline.json"
    save_baseline(path, [KNOWN, KNOWN, WARNING])
    assert load_baseline(path) == {KNOWN.key}  # warnings never need a baseline
    assert fix_dates(path) == {KNOWN.key: "2027-02-21"}
    [entry] = json.loads(path.read_text(encoding="utf-8"))["issues"]
    assert entry["message"] == "too wide"


def test_saving_again_keeps_the_dates_editors_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00-07:00")
    path = tmp_path / "baseline.json"
    save_baseline(path, [KNOWN])
    path.write_text(path.read_text(encoding="utf-8").replace("2027-02-21", "2026-12-31"), encoding="utf-8")
    other = Issue("target-size", "b/", "320", "#x", "small")
    save_baseline(path, [KNOWN, other])
    assert fix_dates(path) == {KNOWN.key: "2026-12-31", other.key: "2027-02-21"}


def test_no_baseline_file_knows_nothing(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "none.json") == set() and fix_dates(tmp_path / "none.json") == {}


def test_a_run_splits_into_new_known_and_fixed_among_checked_pages() -> None:
    new_issue = Issue("reflow", "b/", "320", "#wide", "too wide")
    fixed_here = ("one-h1", "a/", "", "body")
    not_checked = ("one-h1", "c/", "", "body")
    known = {KNOWN.key, WARNING.key, fixed_here, not_checked}
    new, baselined, fixed = split_by_baseline([KNOWN, WARNING, new_issue], known, {"a/", "b/"})
    assert new == [WARNING, new_issue]  # a warning is always shown
    assert baselined == [KNOWN]
    assert fixed == [fixed_here]  # c/ was not checked this run: it may still be there
