"""The ``govportal`` command: the edge where findings become messages and exit codes.

One module per command or command group; what they share is in options, project (the one way
to load site.yml and the content, or end), gating, progress and exit_codes (0 success, 1 the
content or site has problems, 2 govportal could not run: see :class:`ExitCode`).
"""

from __future__ import annotations

import click

from govportal.cli import build, check, edit, feedback, import_, init, links, new, report, review, serve, translations, validate
from govportal.cli.exit_codes import ExitCode
from govportal.cli.version import print_version

__all__ = ["ExitCode", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=print_version, help="Show the version and exit.")
def main() -> None:
    """Build accessible government service portals from Markdown and YAML."""


main.add_command(init.command)
main.add_command(build.command)
main.add_command(check.command)
main.add_command(validate.command)
main.add_command(serve.command)
main.add_command(links.command)
main.add_command(review.command)
main.add_command(edit.command)
main.add_command(new.group)
main.add_command(import_.group)
main.add_command(report.group)
main.add_command(feedback.group)
main.add_command(translations.group)
