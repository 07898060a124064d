"""``govportal validate``: every content file checked, every problem reported at once; builds nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import load_content
from govportal.console import out, print_findings
from govportal.findings import errors


@click.command("validate")
@config_option
def command(config_file: Path) -> None:
    """Check every content file, fields and Markdown bodies, and report all problems at once (fast; builds nothing)."""
    loaded = load_content(config_file)
    print_findings(loaded.findings)
    if errors(loaded.findings):
        sys.exit(ExitCode.FINDINGS)
    content = loaded.content
    out.print(f"Content is valid: {len(content.agencies)} agencies, {len(content.services)} services, {len(content.topics)} topics.", markup=False)
