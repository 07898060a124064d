"""Merging the shards of one gate run: the verdict, and every reason a merge is refused."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from govportal.cli import main
from govportal.gate.issues import GateRun
from govportal.reports.json_report import ReadReport, json_report, read_json_report
from govportal.reports.merge import merge_problems, merge_runs
from govportal.shards import Shard
from tests.unit.reports.runs import ERROR, WARNING, gate_run as _run


def _read(run: GateRun, shard: Shard | None) -> ReadReport:
    return read_json_report(json_report(run, shard))


def test_merge_is_the_union_and_the_slowest_shard_time() -> None:
    one, two = _run(["", "about/"], [ERROR], 3.0), _run(["help/"], [WARNING], 5.0)
    merged = merge_runs([one, two])
    assert merged.pages == ["", "about/", "help/"]
    assert merged.issues == sorted([ERROR, WARNING]) and not merged.passed
    assert merged.seconds == 5.0 and merged.skipped == ["", "help/"]


def test_merge_refuses_what_is_not_one_whole_run() -> None:
    reports = {
        "a.json": _read(_run(["", "about/"], []), Shard(1, 3)),
        "b.json": _read(_run(["about/"], []), Shard(1, 3)),
        "c.json": _read(GateRun(pages=["help/"], viewports=["mobile"]), Shard(2, 2)),
    }
    assert merge_problems(reports) == [
        "c.json: screen sizes mobile differ from a.json (mobile, desktop)",
        "the reports split the pages in different ways (2 parts, 3 parts); merge the reports of one run",
        "b.json: page /about/ was also checked in a.json",
    ]
    split = {"a.json": reports["a.json"], "d.json": _read(_run(["x/"], []), Shard(1, 3))}
    assert merge_problems(split) == ["shard 2/3 is missing: pass every shard's report", "shard 3/3 is missing: pass every shard's report", "shard 1/3 is given 2 times"]


def _write(folder: Path, name: str, run: GateRun, shard: Shard) -> str:
    path = folder / name
    path.write_text(json_report(run, shard), encoding="utf-8")
    return str(path)


def test_report_merge_command_writes_reports_and_exits_as_check(tmp_path: Path) -> None:
    passing = [_write(tmp_path, "1.json", _run([""], [WARNING]), Shard(1, 2)), _write(tmp_path, "2.json", _run(["help/"], []), Shard(2, 2))]
    result = CliRunner().invoke(main, ["report", "merge", *passing, "--json", str(tmp_path / "all.json"), "--junit", str(tmp_path / "all.xml"), "--html", str(tmp_path / "all.html")])
    assert result.exit_code == 0, result.output
    merged = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert merged["passed"] and merged["page_list"] == ["", "help/"] and merged["shard"] is None
    assert 'tests="4"' in (tmp_path / "all.xml").read_text(encoding="utf-8")
    assert "passed" in (tmp_path / "all.html").read_text(encoding="utf-8")

    failing = _write(tmp_path, "2.json", _run(["about/"], [ERROR]), Shard(2, 2))
    assert CliRunner().invoke(main, ["report", "merge", passing[0], failing]).exit_code == 1
    missing = CliRunner().invoke(main, ["report", "merge", passing[0]])
    assert missing.exit_code == 2 and "shard 2/2 is missing" in missing.output
