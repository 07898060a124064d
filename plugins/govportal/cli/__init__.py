"""The ``govportal`` command: the edge where findings become messages and exit codes.

Exit codes: 0 success, 1 the content or site has problems, 2 govportal itself could
not run (for example a missing site.yml).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govportal import __version__, clock
from govportal import build as pipeline
from govportal import validate as checking
from govportal.validate import Validated
from govportal.content.agency_import import import_agencies
from govportal.content.scaffold import ScaffoldError, new_agency, new_service
from govportal.content.yamlfile import YamlProblem, read_yaml
from govportal.console import CONFIG, err, out, print_findings
from govportal.editor.command import edit
from govportal.feedback.commands import feedback
from govportal.findings import errors
from govportal.gate import BrowserUnavailable, GateOptions, GateRun, run_gate
from govportal.gate.baseline import save_baseline
from govportal.config.gate import GateSettings
from govportal.init import InitError, PortalOptions, init_portal
from govportal.links_command import links
from govportal.config.project import Project, ProjectError, read_project
from govportal.reports.commands import note_shard, report, shard_option, write_reports
from govportal.reports.terminal import print_run
from govportal.review import review
from govportal.shards import Shard

def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )


def gate_options(func: Callable[..., None]) -> Callable[..., None]:
    """Options shared by every command that runs the gate."""
    for option in reversed([
        click.option("--workers", type=click.IntRange(1, 64), help="Pages checked at once (default: CPU cores + 1)."),
        click.option("--incremental", is_flag=True, help="Skip pages unchanged since they last passed (any theme, CSS or JS change re-checks all)."),
        click.option("--junit", "junit_file", type=click.Path(path_type=Path), help="Write a JUnit XML report (one test case per page and screen size)."),
        click.option("--json", "json_file", type=click.Path(path_type=Path), help="Write a JSON report."),
        click.option("--html", "html_file", type=click.Path(path_type=Path), help="Write a self-contained HTML report."),
    ]):
        func = option(func)
    return func


def _gate(progress: Progress, site: Path, settings: GateSettings, base: Path, workers: int | None, incremental: bool, use_baseline: bool = True, shard: Shard | None = None) -> GateRun:
    """Run the gate with a progress bar; a browser that will not start ends the command with exit code 2."""
    task = progress.add_task("Checking pages in Chromium", total=None)
    options = GateOptions(
        site=site,
        settings=settings,
        today=clock.now().date(),
        workers=workers or 0,
        cache=base / ".govportal" / "gate-cache.json" if incremental else None,
        baseline=base / settings.baseline if use_baseline else None,
        on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        select=shard.owns if shard else None,
    )
    try:
        return run_gate(options)
    except BrowserUnavailable as exc:
        progress.stop()
        err.print(f"error: the accessibility gate could not run: {exc}", markup=False)
        sys.exit(2)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: govportal's own version, and the engine and theme it renders with."""
    if not value or ctx.resilient_parsing:
        return
    from govportal.mkdocs.engine import engine_versions  # imports MkDocs: only when asked

    out.print(f"govportal {__version__} ({engine_versions()})", markup=False)
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version, help="Show the version and exit.")
def main() -> None:
    """Build accessible government service portals from Markdown and YAML."""


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--name", help="The portal's name, shown on every page (default: the domain, like Example.gov).")
@click.option("--organisation", "--state", "organisation", default=PortalOptions.organisation, show_default=True, help="The state or organisation the portal belongs to, for the official banner.")
@click.option("--timezone", default=PortalOptions.timezone, show_default=True, help="Time zone of opening hours (IANA name).")
@click.option("--domain", default=PortalOptions.domain, show_default=True, help="Host name the portal is published on.")
def init(directory: Path, name: str | None, organisation: str, timezone: str, domain: str) -> None:
    """Start a new portal in DIRECTORY: settings, sample content, a CI workflow. It builds and passes the gate at once."""
    options = PortalOptions(organisation=organisation, timezone=timezone, domain=domain, name=name)
    try:
        written = init_portal(directory, options, clock.now().date())
    except InitError as exc:
        for problem in exc.problems:
            err.print(f"error: {problem}", markup=False)
        sys.exit(2 if exc.bad_options else 1)
    out.print(f"Started a portal in {directory} ({len(written)} files). Next:", markup=False)
    out.print(f"  cd {directory}\n  govportal serve    # preview while you edit\n  govportal build    # check, build, gate and publish to site/", markup=False)


@main.command()
@CONFIG
@click.option("--site-dir", type=click.Path(path_type=Path), help="Where to publish the site (default: site_dir in site.yml).")
@click.option("--no-gate", is_flag=True, help="Skip the accessibility gate (for drafts only; never publish such a build).")
@gate_options
@shard_option
def build(
    config_file: Path, site_dir: Path | None, no_gate: bool, workers: int | None, incremental: bool,
    junit_file: Path | None, json_file: Path | None, html_file: Path | None, shard: Shard | None,
) -> None:
    """Check the content, build the portal, gate it in a browser, and publish it only if everything passed."""
    if no_gate:
        err.print("WARNING: --no-gate: the accessibility gate is skipped. This build is NOT checked; use it as a draft only.", style="bold yellow on black", markup=False)
    with _progress() as progress:
        task = progress.add_task("Building pages", total=None)

        def gate(staging: Path, checked: Validated) -> GateRun:
            return _gate(progress, staging, checked.project.settings.gate, config_file.resolve().parent, workers, incremental, shard=shard)

        report = pipeline.build(
            config_file,
            site_dir,
            on_start=lambda total: progress.update(task, total=total),
            on_page_written=lambda: progress.advance(task),
            gate=None if no_gate else gate,
        )
    print_findings(report.findings, " Nothing was published.")
    if report.gate is not None:
        print_run(report.gate, err)
        write_reports(report.gate, junit_file, json_file, html_file, shard)
        note_shard(shard, report.gate)
    if not report.ok:
        if report.gate is not None and not report.gate.passed:
            err.print("The gate failed. Nothing was published.", style="bold red", markup=False)
        if report.staging is not None and report.staging.exists():
            err.print(f"The unpublished build is kept in {report.staging} for you to look at.", markup=False)
        sys.exit(1)
    out.print(f"Built {report.pages} pages and published them to {report.published}", markup=False)


@main.command()
@click.option("--site", "site", type=click.Path(path_type=Path, file_okay=False), help="The built site to check (default: site_dir in site.yml, else ./site).")
@CONFIG
@click.option("--update-baseline", is_flag=True, help="Record today's errors as known issues in the baseline file, and pass.")
@gate_options
@shard_option
def check(
    site: Path | None, config_file: Path, update_baseline: bool, workers: int | None, incremental: bool,
    junit_file: Path | None, json_file: Path | None, html_file: Path | None, shard: Shard | None,
) -> None:
    """Gate an already built static site (any generator): accessibility and usability in Chromium."""
    if update_baseline and shard is not None:
        err.print("error: --update-baseline records the issues of every page; run it without --shard", markup=False)
        sys.exit(2)
    settings, base, default_site = GateSettings(), Path.cwd(), Path("site")
    if config_file.is_file():
        try:
            project = read_project(config_file)
        except ProjectError as exc:
            print_findings(exc.findings)
            sys.exit(2)
        settings, base, default_site = project.settings.gate, config_file.resolve().parent, project.site_dir
    target = site or default_site
    if not target.is_dir() or not any(target.rglob("*.html")):
        err.print(f"error: {target} has no HTML pages to check; build the site first or pass --site", markup=False)
        sys.exit(2)
    with _progress() as progress:
        run = _gate(progress, target, settings, base, workers, incremental, use_baseline=not update_baseline, shard=shard)
    print_run(run, err)
    write_reports(run, junit_file, json_file, html_file, shard)
    note_shard(shard, run)
    if update_baseline:
        save_baseline(base / settings.baseline, run.issues)
        out.print(f"Baseline written to {base / settings.baseline}: {len(run.errors)} known errors.", markup=False)
        return
    sys.exit(0 if run.passed else 1)


@main.command()
@CONFIG
def validate(config_file: Path) -> None:
    """Check every content file, fields and Markdown bodies, and report all problems at once (fast; builds nothing)."""
    checked = checking.validate(config_file)
    findings = checked if isinstance(checked, list) else checked.findings
    print_findings(findings)
    if isinstance(checked, list) or checked.content is None or errors(findings):
        sys.exit(1)
    content = checked.content
    out.print(f"Content is valid: {len(content.agencies)} agencies, {len(content.services)} services, {len(content.topics)} topics.", markup=False)


@main.command()
@CONFIG
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address and port to serve on.")
def serve(config_file: Path, dev_addr: str) -> None:
    """Preview the portal while you edit: the page reloads each time you save a file."""
    checked = checking.validate(config_file)
    findings = checked if isinstance(checked, list) else checked.findings
    print_findings(findings)
    if isinstance(checked, list) or checked.content is None:
        sys.exit(1)
    from govportal.mkdocs.engine import serve as live_serve

    out.print(f"Serving the portal at http://{dev_addr}/ — press Ctrl+C to stop.", markup=False)
    live_serve(config_file, dev_addr)


main.add_command(feedback)
main.add_command(edit)
main.add_command(links)
main.add_command(report)


main.add_command(review)


@main.group("import")
def import_group() -> None:
    """Create content files from spreadsheets."""


@import_group.command("agencies")
@CONFIG
@click.argument("csv_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False, exists=True), help="YAML file: columns (our field: their column) and defaults.")
@click.option("--update", is_flag=True, help="Update agency files that exist, keeping the fields the spreadsheet lacks.")
def import_agencies_command(config_file: Path, csv_file: Path, mapping: Path | None, update: bool) -> None:
    """Create content/agencies/*.yml from a spreadsheet of agency contacts (CSV).

    Every row that names an agency becomes a file; rows lacking what a published agency
    needs become drafts, listed by 'govportal review'.
    """
    try:
        mapping_data = read_yaml(mapping) if mapping else None
    except YamlProblem as bad:
        err.print(f"error: {mapping}: {bad.where + ': ' if bad.where else ''}{bad.message}", markup=False)
        sys.exit(2)
    if mapping_data is not None and not isinstance(mapping_data, dict):
        err.print(f"error: {mapping}: should hold 'columns:' and 'defaults:' settings", markup=False)
        sys.exit(2)
    project = _project(config_file)
    report = import_agencies(
        csv_file.read_bytes(), project.docs_dir / "agencies", clock.now().date(), mapping_data, update,
        own_host=urlsplit(project.site_url).hostname or "",
    )
    if report.encoding:
        out.print(f"Read {csv_file} as {report.encoding}.", markup=False)
    for path in report.created:
        out.print(f"created {path}", markup=False)
    for path, missing in report.drafts.items():
        out.print(f"draft   {path} (missing: {', '.join(missing) or 'nothing; remove status: draft to publish'})", markup=False)
    for path in report.updated:
        out.print(f"updated {path}", markup=False)
    for note in report.notes:
        err.print(f"note: {csv_file}: {note}", markup=False)
    for problem in report.problems:
        err.print(f"error: {csv_file}: {problem}", style="bold red", markup=False)
    out.print(report.summary(), markup=False)
    sys.exit(0 if report.ok else 1)


@main.group()
def new() -> None:
    """Start a new content file with comments that explain each field."""


def _project(config_file: Path) -> Project:
    checked = checking.validate(config_file)
    if isinstance(checked, list):
        print_findings(checked)
        sys.exit(2)
    return checked.project


def _docs_dir(config_file: Path) -> Path:
    return _project(config_file).docs_dir


def _created(path: Path) -> None:
    out.print(f"Created {path}. Replace the example values, then run: govportal validate", markup=False)


@new.command("agency")
@CONFIG
@click.argument("agency_id")
def new_agency_command(config_file: Path, agency_id: str) -> None:
    """Create content/agencies/AGENCY_ID.yml."""
    try:
        _created(new_agency(_docs_dir(config_file), agency_id, clock.now().date()))
    except ScaffoldError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(1)


@new.command("service")
@CONFIG
@click.argument("agency_id")
@click.argument("slug")
def new_service_command(config_file: Path, agency_id: str, slug: str) -> None:
    """Create content/services/AGENCY_ID/SLUG.md."""
    try:
        _created(new_service(_docs_dir(config_file), agency_id, slug, clock.now().date()))
    except ScaffoldError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(1)
