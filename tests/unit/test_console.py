"""How every command prints problems: one line each, errors first, never read as markup."""

from __future__ import annotations

import pytest

from govportal.console import print_findings
from govportal.findings import Finding


def test_errors_come_first_then_a_count_with_the_consequence(capsys: pytest.CaptureFixture[str]) -> None:
    print_findings(
        [Finding("b.md", "x", "old", "warning"), Finding("b.md", "title", "is required"), Finding("a.md", "", "not UTF-8")],
        " Nothing was built.",
    )
    assert capsys.readouterr().err.splitlines() == [
        "error: a.md: not UTF-8",
        "error: b.md: title: is required",
        "warning: b.md: x: old",
        "2 errors found. Nothing was built.",
    ]


def test_one_error_is_counted_in_the_singular(capsys: pytest.CaptureFixture[str]) -> None:
    print_findings([Finding("a.md", "f", "bad")])
    assert capsys.readouterr().err.splitlines()[-1] == "1 error found."


def test_warnings_alone_print_no_count(capsys: pytest.CaptureFixture[str]) -> None:
    print_findings([Finding("a.md", "f", "old", "warning")])
    assert capsys.readouterr().err.splitlines() == ["warning: a.md: f: old"]


def test_square_brackets_in_a_field_are_printed_not_read_as_markup(capsys: pytest.CaptureFixture[str]) -> None:
    print_findings([Finding("a.yml", "channels[1].hours", "[bold]closes[/bold] before it opens")])
    assert capsys.readouterr().err.splitlines()[0] == "error: a.yml: channels[1].hours: [bold]closes[/bold] before it opens"
