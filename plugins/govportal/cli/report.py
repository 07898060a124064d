"""``govportal report merge``: one verdict from a gate run split across CI runners.

Each runner gates a share of the pages (``check --shard 2/3 --json gate-2.json``); one
last job merges the JSON reports into the verdict, JUnit and HTML a single run gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import report_options
from govportal.console import err


@click.group("report")
def group() -> None:
    """Work with gate reports."""


@group.command("merge")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@report_options
def merge(reports: tuple[Path, ...], junit_file: Path | None, json_file: Path | None, html_file: Path | None) -> None:
    """Join the JSON reports of every shard (check --shard ... --json) into one verdict; exit code as 'check'."""
    from govportal.cli.gating import tell_run  # not above: every command loads this module
    from govportal.reports.files import ReportFiles, read_reports
    from govportal.reports.merge import merge_runs

    read, problems = read_reports(list(reports))
    for problem in problems:
        err.print(f"error: {problem}", markup=False)
    if problems:
        sys.exit(ExitCode.CANNOT_RUN)
    run = merge_runs([r.run for r in read.values()])
    tell_run(run, ReportFiles(junit_file, json_file, html_file))
    sys.exit(ExitCode.OK if run.passed else ExitCode.FINDINGS)
