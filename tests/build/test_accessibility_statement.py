"""The accessibility statement says what the gate really checked on this build, and manual
checks that are not repeated in time warn, then stop the build."""

from __future__ import annotations

import json
from pathlib import Path

from govportal.build import build
from govportal.validate import Validated, validate
from govportal.gate import GateOptions, GateRun, run_gate
from govportal.gate.issues import Issue

RECORD = """\
review_in: 6 months
manual_checks:
  - check: keyboard
    by: Web team
    on: {keyboard}
    result: Every link and form works with the keyboard.
  - check: screen-reader
    tools: [NVDA 2024.4 with Firefox 133]
    by: Web team
    on: 2026-10-01
    result: Read in a sensible order.
"""


def _gate_with_a_known_issue(site: Path, checked: Validated) -> GateRun:
    """The real gate (on two pages, to keep the test quick), plus one baselined issue as a portal adopting the gate would have."""
    settings = checked.project.settings.gate
    options = GateOptions(site=site, settings=settings, workers=2, select=lambda url: url in ("", "accessibility/"))
    run = run_gate(options)
    run.baselined = [Issue("target-size", "agencies/parks/", "mobile", "a.small", "too small")]
    return run


def test_statement_shows_the_gate_run_and_known_issues(project: Path) -> None:
    (project / "content" / "accessibility.yml").write_text(RECORD.format(keyboard="2026-10-01"), encoding="utf-8")
    baseline = {"issues": [{"rule": "target-size", "page": "agencies/parks/", "viewport": "mobile", "selector": "a.small", "message": "too small", "fix_by": "2027-02-01"}]}
    (project / "gate-baseline.json").write_text(json.dumps(baseline), encoding="utf-8")
    report = build(project / "site.yml", gate=_gate_with_a_known_issue)
    assert report.ok, report.findings
    assert report.gate is not None and len(report.gate.pages) == 2
    page = (project / "site" / "accessibility" / "index.html").read_text(encoding="utf-8")
    assert "A computer has not checked this copy" not in page
    assert f"a computer checked {len(report.gate.pages)} pages in a web browser" in page
    assert "November 23, 2026" in page and "320 pixels wide (mobile), 1280 pixels wide (desktop)" in page
    assert f"<dt>Advice given to editors</dt><dd>{len(report.gate.warnings)}</dd>" in page
    assert "Buttons and links need a 24 x 24 px target" in page and "Page: /agencies/parks/ (at the mobile size)" in page
    assert 'We plan to fix it by <time datetime="2027-02-01">February 1, 2027</time>' in page
    assert "NVDA 2024.4 with Firefox 133" in page and "Report an accessibility problem" in page
    assert 'action="/api/feedback/accessibility"' in page


def test_stale_manual_checks_warn_then_stop_the_build(project: Path) -> None:
    record = project / "content" / "accessibility.yml"
    record.write_text(RECORD.format(keyboard="2026-04-01"), encoding="utf-8")  # 7 months before the pinned today
    checked = validate(project / "site.yml")
    assert not isinstance(checked, list)
    assert [(f.path, f.field, f.severity) for f in checked.findings if "accessibility" in f.path] == [("content/accessibility.yml", "manual_checks[1].on", "warning")]
    record.write_text(RECORD.format(keyboard="2025-10-01"), encoding="utf-8")  # 14 months: twice the period
    report = build(project / "site.yml")
    assert not report.ok
    assert [(f.field, f.severity) for f in report.findings if "accessibility" in f.path] == [("manual_checks[1].on", "error")]
