"""``govportal --version``: govportal's own version, and the engine and theme it renders with."""

from __future__ import annotations

import click

from govportal import __version__
from govportal.console import out


def print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """Print the versions and end the command (exit code 0), before any other option is read."""
    if not value or ctx.resilient_parsing:
        return
    from govportal.mkdocs.engine import engine_versions  # imports MkDocs: only when asked

    out.print(f"govportal {__version__} ({engine_versions()})", markup=False)
    ctx.exit()
