"""Running the gate from a command, and telling its result: shared by ``build``, ``check`` and ``report merge``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from govportal import clock
from govportal.cli.exit_codes import ExitCode
from govportal.config.gate import GateSettings
from govportal.console import err, out
from govportal.gate.issues import GateRun
from govportal.reports.files import ReportFiles, write_reports
from govportal.reports.terminal import print_run

if TYPE_CHECKING:
    from rich.progress import Progress

    from govportal.shards import Shard


@dataclass(frozen=True)
class GateRequest:
    """What a command asks of the gate: the settings of site.yml and the options of the command line."""

    settings: GateSettings
    base: Path  # the folder of site.yml: the baseline and the incremental cache live there
    workers: int | None = None
    incremental: bool = False
    use_baseline: bool = True
    shard: Shard | None = None


def gate_with_progress(progress: Progress, site: Path, request: GateRequest) -> GateRun:
    """Run the gate with a progress bar; a browser that will not start ends the command (``CANNOT_RUN``)."""
    from govportal.gate import BrowserUnavailable, GateOptions, run_gate  # Playwright: only when a gate runs

    task = progress.add_task("Checking pages in Chromium", total=None)
    options = GateOptions(
        site=site,
        settings=request.settings,
        today=clock.now().date(),
        workers=request.workers or 0,
        cache=request.base / ".govportal" / "gate-cache.json" if request.incremental else None,
        baseline=request.base / request.settings.baseline if request.use_baseline else None,
        on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        select=request.shard.owns if request.shard else None,
    )
    try:
        return run_gate(options)
    except BrowserUnavailable as exc:
        progress.stop()
        err.print(f"error: the accessibility gate could not run: {exc}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)


def tell_run(run: GateRun, files: ReportFiles, shard: Shard | None = None) -> None:
    """The verdict on the terminal, the report files asked for, and for a shard, that its pass is not the site's."""
    print_run(run, err)
    for path in write_reports(run, files, shard):
        out.print(f"Report written to {path}", markup=False)
    if shard is not None:
        err.print(
            f"Shard {shard}: {len(run.pages)} pages checked here. The site passes only when "
            "'govportal report merge' of every shard's --json report passes.", markup=False,
        )
