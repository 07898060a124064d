"""Gate report files: written only when asked for; every unreadable shard report named at once."""

from __future__ import annotations

from pathlib import Path

from govportal.gate.issues import GateRun
from govportal.reports.files import ReportFiles, read_reports, write_reports

RUN = GateRun(pages=["", "help.html"], viewports=["mobile", "desktop"], issues=[], skipped=[], fixed=[], seconds=1.0)


def test_only_the_reports_asked_for_are_written_in_new_folders(tmp_path: Path) -> None:
    written = write_reports(RUN, ReportFiles(json=tmp_path / "out/r.json", html=tmp_path / "r.html"))
    assert written == [tmp_path / "out/r.json", tmp_path / "r.html"]
    assert sorted(p.name for p in tmp_path.rglob("*.*")) == ["r.html", "r.json"]


def test_every_unreadable_report_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    (tmp_path / "b.json").write_bytes(b"\xff")
    read, problems = read_reports([tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"])
    assert read == {}
    assert [p.split(":")[0] for p in problems] == [str(tmp_path / name) for name in ("a.json", "b.json", "c.json")]


def test_readable_reports_of_one_whole_run_merge(tmp_path: Path) -> None:
    assert write_reports(RUN, ReportFiles(json=tmp_path / "all.json"))
    read, problems = read_reports([tmp_path / "all.json"])
    assert problems == [] and read[str(tmp_path / "all.json")].run.pages == RUN.pages
