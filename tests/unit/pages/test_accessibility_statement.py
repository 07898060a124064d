"""The accessibility statement's evidence: its wording, and the section the gate writes into the built page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from govportal.pages.accessibility_statement import (
    END,
    PAGE,
    START,
    Evidence,
    KnownIssue,
    record_evidence,
    render_evidence,
)


def test_evidence_counts_pages_in_words_and_says_which_were_checked_again() -> None:
    assert Evidence(checked=True, pages=1).pages_checked == "1 page in a web browser (Chromium)"
    again = Evidence(checked=True, pages=12, pages_unchanged=9, passed=True)
    assert again.pages_checked == "12 pages in a web browser (Chromium): 3 of them again, and 9 that had not changed since they last passed"
    assert (again.result, Evidence().result) == ("Passed: no new problems", "Problems found")


def test_a_known_issue_says_where_and_when_it_will_be_fixed() -> None:
    issue = KnownIssue("Links need words.", "forms/", "phone", date(2027, 1, 5))
    assert (issue.where, issue.fix_by_words) == ("Page: /forms/ (at the phone size).", "January 5, 2027")
    assert KnownIssue("x", "", "", None).where == "Page: /."
    html = render_evidence(Evidence(checked=True, day=date(2026, 11, 23), pages=2, known_issues=[issue]))
    assert 'On <time datetime="2026-11-23">November 23, 2026</time>' in html
    assert 'Links need words. Page: /forms/ (at the phone size). We plan to fix it by <time datetime="2027-01-05">January 5, 2027</time>.' in html


def test_the_evidence_goes_between_the_markers_of_the_built_page(tmp_path: Path) -> None:
    page = tmp_path / PAGE
    page.parent.mkdir()
    page.write_text(f"<main>{START}old{END}</main>", encoding="utf-8")
    assert record_evidence(tmp_path, Evidence(checked=True, day=date(2026, 11, 23), pages=3)) == []
    text = page.read_text(encoding="utf-8")
    assert "old" not in text and "3 pages in a web browser" in text and text.endswith(f"{END}</main>")


def test_a_page_without_markers_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / PAGE).parent.mkdir()
    (tmp_path / PAGE).write_text("<main></main>", encoding="utf-8")
    [found] = record_evidence(tmp_path, Evidence())
    assert found.severity == "warning" and "markers" in found.message
