"""Findings name the file and the field, and only errors stop a build."""

from __future__ import annotations

import pytest

from govportal.findings import Finding, errors


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        (Finding("content/services/x.md", "title", "is required"), "content/services/x.md: title: is required"),
        (Finding("site.yml", "", "not found"), "site.yml: not found"),
        (Finding("a.yml", "channels[2].hours", "too late", "warning"), "a.yml: channels[2].hours: too late"),
    ],
)
def test_a_finding_reads_path_field_message(finding: Finding, text: str) -> None:
    assert str(finding) == text


def test_only_errors_stop_a_build() -> None:
    stop = Finding("a.md", "x", "broken")
    note = Finding("a.md", "y", "old", "warning")
    assert errors([note, stop, note]) == [stop]
    assert errors([note]) == []


def test_findings_sort_by_file_then_field() -> None:
    found = [Finding("b.md", "a", "m"), Finding("a.md", "z", "m"), Finding("a.md", "b", "m")]
    assert [(f.path, f.field) for f in sorted(found)] == [("a.md", "b"), ("a.md", "z"), ("b.md", "a")]
