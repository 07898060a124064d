"""The JSON report reads back as the run it was written from, or says what is wrong with it."""

from __future__ import annotations

import json

import pytest

from govportal.gate.issues import GateRun
from govportal.reports.json_report import ReadReport, ReportError, json_report, read_json_report
from govportal.shards import Shard
from tests.unit.reports.runs import ERROR, WARNING, gate_run as _run


def _read(run: GateRun, shard: Shard | None) -> ReadReport:
    return read_json_report(json_report(run, shard))


def test_the_figures_for_dashboards() -> None:
    data = json.loads(json_report(_run(["", "about/"], [ERROR, WARNING], 1.23456)))
    assert (data["passed"], data["pages"], data["checked"], data["errors"], data["warnings"], data["seconds"], data["shard"]) == (False, 2, 1, 1, 1, 1.235, None)
    assert data["fixed"] == [{"rule": "r", "page": "", "viewport": "", "selector": "main"}]


def test_a_report_reads_back_as_the_run_it_was_written_from() -> None:
    run = _run(["", "about/"], [ERROR, WARNING])
    read = _read(run, Shard(2, 3))
    assert read.shard == Shard(2, 3)
    assert read.run.issues == run.issues and read.run.pages == run.pages and read.run.fixed == run.fixed
    assert read.run.skipped == run.skipped and read.run.viewports == run.viewports


@pytest.mark.parametrize(("text", "says"), [
    ("{", "line 1: not valid JSON"),
    ("[]", "not a gate report"),
    ('{"passed": true, "pages": 3}', "older govportal"),
    ('{"page_list": [], "viewports": []}', "'issues' is missing"),
    ('{"page_list": [], "viewports": [], "issues": [], "skipped": [], "baselined": [], "fixed": [], "seconds": 1, "shard": "5/2"}', "shard: '5/2'"),
])
def test_unreadable_reports_say_why(text: str, says: str) -> None:
    with pytest.raises(ReportError, match=says):
        read_json_report(text)




def test_an_issue_of_unknown_severity_is_refused() -> None:
    text = json_report(_run([""], [ERROR])).replace('"severity": "error"', '"severity": "fatal"')
    with pytest.raises(ReportError, match="severity 'fatal'"):
        read_json_report(text)
