"""``govportal new agency|service``: start a content file whose comments explain each field."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from govportal import clock
from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import read_site
from govportal.console import err, out
from govportal.content.scaffold import ScaffoldError, new_agency, new_service


@click.group("new")
def group() -> None:
    """Start a new content file with comments that explain each field."""


def _created(path: Path) -> None:
    out.print(f"Created {path}. Replace the example values, then run: govportal validate", markup=False)


def _refused(exc: ScaffoldError) -> NoReturn:
    """The file is in the way, or the agency or name is wrong: nothing was written (``FINDINGS``, as before)."""
    err.print(f"error: {exc}", markup=False)
    sys.exit(ExitCode.FINDINGS)


@group.command("agency")
@config_option
@click.argument("agency_id")
def agency(config_file: Path, agency_id: str) -> None:
    """Create content/agencies/AGENCY_ID.yml."""
    docs_dir = read_site(config_file).docs_dir
    try:
        _created(new_agency(docs_dir, agency_id, clock.now().date()))
    except ScaffoldError as exc:
        _refused(exc)


@group.command("service")
@config_option
@click.argument("agency_id")
@click.argument("slug")
def service(config_file: Path, agency_id: str, slug: str) -> None:
    """Create content/services/AGENCY_ID/SLUG.md."""
    docs_dir = read_site(config_file).docs_dir
    try:
        _created(new_service(docs_dir, agency_id, slug, clock.now().date()))
    except ScaffoldError as exc:
        _refused(exc)
