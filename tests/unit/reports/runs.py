"""Gate runs made by hand, for the report writers: two pages at two sizes, one error, one warning."""

from __future__ import annotations

from govportal.gate.issues import GateRun, Issue

VIEWPORTS = ["mobile", "desktop"]
ERROR = Issue("broken-link", "about/", "", 'a[href="/x/"]', "the link goes nowhere", "error", "https://example.gov/help")
WARNING = Issue("reading-level", "", "mobile", "main", "grade 9", "warning", "", ("The longest sentence.",))


def gate_run(pages: list[str], issues: list[Issue], seconds: float = 1.0) -> GateRun:
    return GateRun(pages=pages, viewports=VIEWPORTS, issues=issues, skipped=pages[:1], fixed=[("r", pages[0], "", "main")], seconds=seconds)
