"""``govportal init``: start a new portal that builds and passes the gate at once."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from govportal import clock
from govportal.cli.exit_codes import ExitCode
from govportal.console import err, out
from govportal.init import InitError, PortalOptions, init_portal


@click.command("init")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--name", help="The portal's name, shown on every page (default: the domain, like Example.gov).")
@click.option("--organisation", "--state", "organisation", default=PortalOptions.organisation, show_default=True, help="The state or organisation the portal belongs to, for the official banner.")
@click.option("--timezone", default=PortalOptions.timezone, show_default=True, help="Time zone of opening hours (IANA name).")
@click.option("--domain", default=PortalOptions.domain, show_default=True, help="Host name the portal is published on.")
def command(directory: Path, name: str | None, organisation: str, timezone: str, domain: str) -> None:
    """Start a new portal in DIRECTORY: settings, sample content, a CI workflow. It builds and passes the gate at once."""
    options = PortalOptions(organisation=organisation, timezone=timezone, domain=domain, name=name)
    try:
        written = init_portal(directory, options, clock.now().date())
    except InitError as exc:
        for problem in exc.problems:
            err.print(f"error: {problem}", markup=False)
        # A folder that already holds a portal is a finding about it, and nothing is overwritten.
        sys.exit(ExitCode.CANNOT_RUN if exc.bad_options else ExitCode.FINDINGS)
    out.print(f"Started a portal in {directory} ({len(written)} files). Next:", markup=False)
    out.print(f"  cd {directory}\n  govportal serve    # preview while you edit\n  govportal build    # check, build, gate and publish to site/", markup=False)
