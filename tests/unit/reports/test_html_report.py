"""The HTML report: self-contained, everything escaped, grouped by rule with links to each group."""

from __future__ import annotations

from html.parser import HTMLParser

from govportal.gate.issues import GateRun, Issue
from govportal.reports.html_report import html_report
from govportal.rules import rule
from tests.unit.reports.runs import ERROR, WARNING, gate_run


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_failed_run_lists_each_rule_with_its_issues_and_the_fixed_ones() -> None:
    html = html_report(gate_run(["", "about/"], [ERROR, WARNING]))
    assert "<title>Accessibility gate failed</title>" in html
    assert "2 pages at 2 screen sizes (mobile, desktop); 1 unchanged since they last passed. 1 errors, 1 warnings." in html
    assert '<li><a href="#rule-broken-link">broken-link</a> (1)</li>' in html
    assert '<h2 id="rule-broken-link" class="error">Error: broken-link (1)</h2>' in html
    assert '<a href="https://example.gov/help">How to fix broken-link</a>' in html
    assert "<li>The longest sentence.</li>" in html and "Fixed since the baseline" in html


def test_nothing_loads_or_runs_and_text_is_escaped() -> None:
    hostile = Issue("one-h1", "<script>/", "", "h1[title='\"x\"']", "<img src=x onerror=alert(1)>")
    html = html_report(GateRun(pages=["<script>/"], viewports=["mobile"], issues=[hostile]))
    found = tags(html)
    assert not [t for t, _ in found if t in ("script", "img", "link", "iframe")]
    assert [attrs["href"] for tag, attrs in found if tag == "a"] == ["#rule-one-h1", rule("one-h1").help_url]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_passed_run_says_so() -> None:
    html = html_report(GateRun(pages=["a/"], viewports=["mobile"]))
    assert '<span class="pass">passed</span>' in html and "<nav" not in html
