"""The summary at the end of a gate run: rule by rule, a line per page and element, then the verdict."""

from __future__ import annotations

import io

from rich.console import Console

from govportal.gate.issues import GateRun, Issue
from govportal.reports.terminal import print_run
from tests.unit.reports.runs import ERROR, WARNING, gate_run


def printed(run: GateRun, limit: int = 20) -> str:
    out = io.StringIO()
    print_run(run, Console(file=out, width=300, color_system=None), limit_per_rule=limit)
    return out.getvalue()


def test_each_issue_on_a_line_and_the_verdict_last() -> None:
    text = printed(gate_run(["", "about/"], [ERROR, WARNING], 2.0))
    assert "ERROR broken-link (1)" in text and "WARNING reading-level (1)" in text
    assert '  - /about/ a[href="/x/"]: the link goes nowhere' in text and "  - / [mobile] main: grade 9" in text
    assert "      · The longest sentence." in text and "How to fix: https://example.gov/help" in text
    assert "1 baselined issue(s) are fixed" in text
    assert text.rstrip().splitlines()[-1] == "Gate FAILED: 2 pages, 1 checked at 2 sizes (0.5 pages/s), 1 unchanged; 1 errors, 1 warnings"


def test_long_groups_are_cut_and_point_to_the_reports() -> None:
    issues = [Issue("reflow", f"p{n}/", "320", "#x", "wide") for n in range(5)]
    text = printed(GateRun(pages=[f"p{n}/" for n in range(5)], viewports=["320"], issues=issues, baselined=issues[:1]), limit=2)
    assert text.count("  - /p") == 2 and "... and 3 more (see the HTML or JSON report)" in text
    assert text.rstrip().endswith("1 known (baseline)")
