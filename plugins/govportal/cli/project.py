"""The one way a command loads the portal: site.yml (and the content), or it ends.

A wrong or missing site.yml ends every command the same way: its findings printed, exit code
``CANNOT_RUN``. Content that cannot be read ends it with ``FINDINGS``: that is the content's problem.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from click.core import ParameterSource

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import CONFIG_PARAM
from govportal.console import print_findings

if TYPE_CHECKING:  # the settings and content models load when a command reads the portal, not at start-up
    from govportal.config.project import Project
    from govportal.findings import Finding
    from govportal.model.portal import PortalContent


@dataclass(frozen=True)
class Loaded:
    """A project whose content was read; ``findings`` are not printed yet (each command decides)."""

    project: Project
    content: PortalContent
    findings: list[Finding]


def read_site(config_file: Path) -> Project:
    """site.yml read, for commands that need the settings and folders but not the content."""
    from govportal.config.project import ProjectError, read_project

    try:
        return read_project(config_file)
    except ProjectError as exc:
        _cannot_run(exc.findings)


def read_site_if_any(config_file: Path) -> Project | None:
    """site.yml read when there is one; ``None`` lets a command that works without a portal
    (``check`` on another tool's site, the feedback commands) use its defaults. A file named
    with ``--config`` must be there: a typo in it should not quietly mean "no settings"."""
    if not config_file.is_file() and _not_given(CONFIG_PARAM):
        return None
    return read_site(config_file)


def _not_given(param: str) -> bool:
    context = click.get_current_context(silent=True)
    return context is None or context.get_parameter_source(param) in (ParameterSource.DEFAULT, None)


def load_content(config_file: Path) -> Loaded:
    """site.yml and every content file read and checked; ends the command when the content could not be read at all."""
    from govportal.validate import validate

    checked = validate(config_file)
    if isinstance(checked, list):
        _cannot_run(checked)
    if checked.content is None:
        print_findings(checked.findings)
        sys.exit(ExitCode.FINDINGS)
    return Loaded(checked.project, checked.content, checked.findings)


def _cannot_run(findings: list[Finding]) -> NoReturn:
    print_findings(findings)
    sys.exit(ExitCode.CANNOT_RUN)
