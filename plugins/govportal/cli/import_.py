"""``govportal import agencies``: agency files from a spreadsheet of contacts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from govportal import clock
from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import read_site
from govportal.console import err, out
from govportal.content.yamlfile import YamlProblem, read_yaml


@click.group("import")
def group() -> None:
    """Create content files from spreadsheets."""


def _mapping(mapping: Path | None) -> dict[str, Any] | None:
    """The ``--mapping`` file read; a wrong one means the import cannot run."""
    if mapping is None:
        return None
    try:
        data = read_yaml(mapping)
    except YamlProblem as bad:
        err.print(f"error: {mapping}: {bad.where + ': ' if bad.where else ''}{bad.message}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    if not isinstance(data, dict):
        err.print(f"error: {mapping}: should hold 'columns:' and 'defaults:' settings", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    return data


@group.command("agencies")
@config_option
@click.argument("csv_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False, exists=True), help="YAML file: columns (our field: their column) and defaults.")
@click.option("--update", is_flag=True, help="Update agency files that exist, keeping the fields the spreadsheet lacks.")
def agencies(config_file: Path, csv_file: Path, mapping: Path | None, update: bool) -> None:
    """Create content/agencies/*.yml from a spreadsheet of agency contacts (CSV).

    Every row that names an agency becomes a file; rows lacking what a published agency
    needs become drafts, listed by 'govportal review'.
    """
    from govportal.content.agency_import import import_agencies  # spreadsheet readers: only for this command

    mapping_data = _mapping(mapping)
    project = read_site(config_file)
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
    sys.exit(ExitCode.OK if report.ok else ExitCode.FINDINGS)
