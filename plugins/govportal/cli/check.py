"""``govportal check``: gate a site that is already built, by govportal or any other tool."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option, gate_options, shard_option
from govportal.cli.progress import progress_bar
from govportal.cli.project import read_site_if_any
from govportal.console import err, out

if TYPE_CHECKING:
    from govportal.shards import Shard


@click.command("check")
@click.option("--site", "site", type=click.Path(path_type=Path, file_okay=False), help="The built site to check (default: site_dir in site.yml, else ./site).")
@config_option
@click.option("--update-baseline", is_flag=True, help="Record today's errors as known issues in the baseline file, and pass.")
@gate_options
@shard_option
def command(
    site: Path | None, config_file: Path, update_baseline: bool, workers: int | None, incremental: bool,
    junit_file: Path | None, json_file: Path | None, html_file: Path | None, shard: Shard | None,
) -> None:
    """Gate an already built static site (any generator): accessibility and usability in Chromium."""
    # Imported here, not above: every command loads this module.
    from govportal.cli.gating import GateRequest, gate_with_progress, tell_run
    from govportal.config.gate import GateSettings
    from govportal.gate.baseline import save_baseline
    from govportal.reports.files import ReportFiles

    if update_baseline and shard is not None:
        err.print("error: --update-baseline records the issues of every page; run it without --shard", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    project = read_site_if_any(config_file)
    settings = project.settings.gate if project else GateSettings()
    base = config_file.resolve().parent if project else Path.cwd()
    target = site or (project.site_dir if project else Path("site"))
    if not target.is_dir() or not any(target.rglob("*.html")):
        err.print(f"error: {target} has no HTML pages to check; build the site first or pass --site", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    with progress_bar() as progress:
        run = gate_with_progress(progress, target, GateRequest(settings, base, workers, incremental, not update_baseline, shard))
    tell_run(run, ReportFiles(junit_file, json_file, html_file), shard)
    if update_baseline:
        save_baseline(base / settings.baseline, run.issues)
        out.print(f"Baseline written to {base / settings.baseline}: {len(run.errors)} known errors.", markup=False)
        return
    sys.exit(ExitCode.OK if run.passed else ExitCode.FINDINGS)
