"""The ``govportal`` command: the edge where findings become messages and exit codes.

Exit codes: 0 success, 1 the content or site has problems, 2 govportal itself could
not run (for example a missing site.yml).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govportal import build as pipeline
from govportal import clock
from govportal.content.scaffold import ScaffoldError, new_agency, new_service
from govportal.findings import Finding, errors

# soft_wrap: a finding stays on one line, whatever the width, so CI tools can parse it.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CONFIG = click.option(
    "--config", "config_file", type=click.Path(path_type=Path), default=Path("site.yml"), show_default=True,
    help="The portal's configuration file.",
)


def _print_findings(findings: list[Finding], consequence: str = "") -> None:
    """One line per problem, ``path: field: message``, errors first; never read as markup."""
    for finding in sorted(findings, key=lambda f: (f.severity != "error", f)):
        style = "bold red" if finding.severity == "error" else "yellow"
        err.print(f"{finding.severity}: ", style=style, end="", markup=False)
        err.print(str(finding), markup=False)
    count = len(errors(findings))
    if count:
        err.print(f"{count} error{'s' if count != 1 else ''} found.{consequence}", style="bold red", markup=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govportal")
def main() -> None:
    """Build accessible government service portals from Markdown and YAML."""


@main.command()
@CONFIG
@click.option("--site-dir", type=click.Path(path_type=Path), help="Where to publish the site (default: site_dir in site.yml).")
@click.option("--no-gate", is_flag=True, help="Skip the accessibility gate (for drafts only; never publish such a build).")
def build(config_file: Path, site_dir: Path | None, no_gate: bool) -> None:
    """Check the content, build the portal, and publish it only if everything passed."""
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("Building pages", total=None)
        report = pipeline.build(
            config_file,
            site_dir,
            on_start=lambda total: progress.update(task, total=total),
            on_page_written=lambda: progress.advance(task),
        )
    _print_findings(report.findings, " Nothing was published.")
    if not report.ok:
        if report.staging is not None and report.staging.exists():
            err.print(f"The unfinished build is kept in {report.staging} for you to look at.", markup=False)
        sys.exit(1)
    out.print(f"Built {report.pages} pages and published them to {report.published}", markup=False)


@main.command()
@CONFIG
def validate(config_file: Path) -> None:
    """Check every content file and report all problems at once (fast; builds nothing)."""
    checked = pipeline.validate(config_file)
    findings = checked if isinstance(checked, list) else checked.findings
    _print_findings(findings)
    if isinstance(checked, list) or checked.content is None:
        sys.exit(1)
    content = checked.content
    out.print(f"Content is valid: {len(content.agencies)} agencies, {len(content.services)} services, {len(content.topics)} topics.", markup=False)


@main.command()
@CONFIG
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address and port to serve on.")
def serve(config_file: Path, dev_addr: str) -> None:
    """Preview the portal while you edit: the page reloads each time you save a file."""
    checked = pipeline.validate(config_file)
    findings = checked if isinstance(checked, list) else checked.findings
    _print_findings(findings)
    if isinstance(checked, list) or checked.content is None:
        sys.exit(1)
    from govportal.mkdocs.engine import serve as live_serve

    out.print(f"Serving the portal at http://{dev_addr}/ — press Ctrl+C to stop.", markup=False)
    live_serve(config_file, dev_addr)


@main.group()
def new() -> None:
    """Start a new content file with comments that explain each field."""


def _docs_dir(config_file: Path) -> Path:
    checked = pipeline.validate(config_file)
    if isinstance(checked, list):
        _print_findings(checked)
        sys.exit(2)
    return checked.project.docs_dir


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
