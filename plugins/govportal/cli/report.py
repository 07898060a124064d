"""``govportal report merge`` and the ``--shard`` option: a gate run split across CI runners.

Each runner gates a share of the pages (``check --shard 2/3 --json gate-2.json``); one
last job merges the JSON reports into the verdict, JUnit and HTML a single run gives.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from govportal.console import err, out
from govportal.gate.issues import GateRun
from govportal.reports.html_report import html_report
from govportal.reports.json_report import ReadReport, ReportError, json_report, read_json_report
from govportal.reports.junit import junit_xml
from govportal.reports.merge import merge_problems, merge_runs
from govportal.reports.terminal import print_run
from govportal.shards import Shard, ShardError, parse_shard


def _shard(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Shard | None:
    """``--shard PART/PARTS`` read into a :class:`Shard`."""
    if value is None:
        return None
    try:
        return parse_shard(value)
    except ShardError as exc:
        raise click.BadParameter(str(exc)) from exc


def shard_option(func: Callable[..., None]) -> Callable[..., None]:
    """``--shard``: gate only a stable share of the pages, for one of several CI runners."""
    return click.option(
        "--shard", metavar="PART/PARTS", callback=_shard,
        help="Gate only part PART of PARTS (for example 2/3), on one of several CI runners; join their --json reports with 'govportal report merge'.",
    )(func)


def write_reports(run: GateRun, junit_file: Path | None, json_file: Path | None, html_file: Path | None, shard: Shard | None = None) -> None:
    """Write each report asked for; the JSON one says which shard it covers, for merging."""
    renders: list[tuple[Path | None, Callable[[GateRun], str]]] = [
        (junit_file, junit_xml), (json_file, lambda r: json_report(r, shard)), (html_file, html_report),
    ]
    for path, render in renders:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(run), encoding="utf-8")
            out.print(f"Report written to {path}", markup=False)


def note_shard(shard: Shard | None, run: GateRun) -> None:
    """A shard's pass is not the site's: say so where people read the verdict."""
    if shard is not None:
        err.print(
            f"Shard {shard}: {len(run.pages)} pages checked here. The site passes only when "
            "'govportal report merge' of every shard's --json report passes.", markup=False,
        )


@click.group()
def report() -> None:
    """Work with gate reports."""


@report.command("merge")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--junit", "junit_file", type=click.Path(path_type=Path), help="Write the merged JUnit XML report.")
@click.option("--json", "json_file", type=click.Path(path_type=Path), help="Write the merged JSON report.")
@click.option("--html", "html_file", type=click.Path(path_type=Path), help="Write the merged HTML report.")
def merge(reports: tuple[Path, ...], junit_file: Path | None, json_file: Path | None, html_file: Path | None) -> None:
    """Join the JSON reports of every shard (check --shard ... --json) into one verdict; exit code as 'check'."""
    read: dict[str, ReadReport] = {}
    problems: list[str] = []
    for path in reports:
        try:
            read[str(path)] = read_json_report(path.read_text(encoding="utf-8"))
        except (ReportError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: {exc}")
    if not problems:
        problems = merge_problems(read)
    for problem in problems:
        err.print(f"error: {problem}", markup=False)
    if problems:
        sys.exit(2)
    run = merge_runs([r.run for r in read.values()])
    print_run(run, err)
    write_reports(run, junit_file, json_file, html_file)
    sys.exit(0 if run.passed else 1)
