"""Gate reports as files: the ones a run writes (JUnit, JSON, HTML), and the JSON ones read back to merge shards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from govportal.gate.issues import GateRun
from govportal.reports.html_report import html_report
from govportal.reports.json_report import ReadReport, ReportError, json_report, read_json_report
from govportal.reports.junit import junit_xml
from govportal.reports.merge import merge_problems
from govportal.shards import Shard


@dataclass(frozen=True)
class ReportFiles:
    """Where to write each report; ``None``: that report is not wanted."""

    junit: Path | None = None
    json: Path | None = None
    html: Path | None = None


def write_reports(run: GateRun, files: ReportFiles, shard: Shard | None = None) -> list[Path]:
    """Write each report asked for and return their paths; the JSON one says which shard it covers, for merging."""
    renders: list[tuple[Path | None, Callable[[GateRun], str]]] = [
        (files.junit, junit_xml), (files.json, lambda r: json_report(r, shard)), (files.html, html_report),
    ]
    written = []
    for path, render in renders:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(run), encoding="utf-8")
            written.append(path)
    return written


def read_reports(paths: list[Path]) -> tuple[dict[str, ReadReport], list[str]]:
    """The JSON reports of every shard, by path, and every reason they cannot be merged (all at once)."""
    read: dict[str, ReadReport] = {}
    problems: list[str] = []
    for path in paths:
        try:
            read[str(path)] = read_json_report(path.read_text(encoding="utf-8"))
        except (ReportError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: {exc}")
    return read, problems or merge_problems(read)
