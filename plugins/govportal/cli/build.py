"""``govportal build``: check, build into staging, gate, and publish only if everything passed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option, gate_options, shard_option
from govportal.cli.progress import progress_bar
from govportal.cli.project import read_site
from govportal.console import err, out, print_findings

if TYPE_CHECKING:
    from govportal.gate import GateRun
    from govportal.shards import Shard
    from govportal.validate import Validated


@click.command("build")
@config_option
@click.option("--site-dir", type=click.Path(path_type=Path), help="Where to publish the site (default: site_dir in site.yml).")
@click.option("--no-gate", is_flag=True, help="Skip the accessibility gate (for drafts only; never publish such a build).")
@gate_options
@shard_option
def command(
    config_file: Path, site_dir: Path | None, no_gate: bool, workers: int | None, incremental: bool,
    junit_file: Path | None, json_file: Path | None, html_file: Path | None, shard: Shard | None,
) -> None:
    """Check the content, build the portal, gate it in a browser, and publish it only if everything passed."""
    # Imported here, not above: every command loads this module, and `build --no-gate` never starts a browser.
    from govportal import build as pipeline
    from govportal.cli.gating import GateRequest, gate_with_progress, tell_run
    from govportal.reports.files import ReportFiles

    read_site(config_file)  # a wrong site.yml means the build cannot run, not that the content has problems
    if no_gate:
        err.print("WARNING: --no-gate: the accessibility gate is skipped. This build is NOT checked; use it as a draft only.", style="bold yellow on black", markup=False)
    with progress_bar() as progress:
        task = progress.add_task("Building pages", total=None)

        def gate(staging: Path, checked: Validated) -> GateRun:
            request = GateRequest(checked.project.settings.gate, config_file.resolve().parent, workers, incremental, shard=shard)
            return gate_with_progress(progress, staging, request)

        report = pipeline.build(
            config_file,
            site_dir,
            on_start=lambda total: progress.update(task, total=total),
            on_page_written=lambda: progress.advance(task),
            gate=None if no_gate else gate,
        )
    print_findings(report.findings, " Nothing was published.")
    if report.gate is not None:
        tell_run(report.gate, ReportFiles(junit_file, json_file, html_file), shard)
    if not report.ok:
        if report.gate is not None and not report.gate.passed:
            err.print("The gate failed. Nothing was published.", style="bold red", markup=False)
        if report.staging is not None and report.staging.exists():
            err.print(f"The unpublished build is kept in {report.staging} for you to look at.", markup=False)
        sys.exit(ExitCode.FINDINGS)
    out.print(f"Built {report.pages} pages and published them to {report.published}", markup=False)
