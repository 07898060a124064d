"""The ``govportal`` group: every command has help, the version is written in one place, and
the adopters' CI workflow uses real options."""

from __future__ import annotations

import shlex
import subprocess
from importlib import metadata
from pathlib import Path

import click
import pytest
import yaml

from govportal import __version__
from govportal.cli import main
from tests.commands import GOVPORTAL, invoke

REPO = Path(__file__).parents[3]


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and group under ``group``, by the words that call it."""
    found = [path]
    for name, command in group.commands.items():
        found += _commands(command, (*path, name)) if isinstance(command, click.Group) else [(*path, name)]
    return found


@pytest.mark.parametrize("command", _commands(main), ids=" ".join)
def test_every_command_has_help(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = invoke(tmp_path, *command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: govportal")


def test_installed_command_prints_the_version_written_in_one_place() -> None:
    """The one test that starts the console script pyproject.toml installs: the entry point itself works."""
    result = subprocess.run([GOVPORTAL, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith(f"govportal {__version__} (MkDocs 1.6.1, Material ")
    assert metadata.version("govportal") == __version__
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {__version__} " in changelog, "CHANGELOG.md has an entry for this version"


def test_example_ci_workflow_uses_real_options() -> None:
    """The adopters' workflow must keep working as the CLI changes: every govportal line in it parses."""
    workflow = yaml.safe_load((REPO / ".github/workflows/portal.yml").read_text(encoding="utf-8"))
    lines = [
        line.strip()
        for step in workflow["jobs"]["build"]["steps"]
        for line in str(step.get("run", "")).splitlines()
        if line.strip().startswith("govportal ")
    ]
    assert len(lines) == 2
    for line in lines:
        args = shlex.split(line)[1:]
        group = main.make_context("govportal", args, resilient_parsing=False)
        assert isinstance(group.command, click.Group)
        name, command, rest = group.command.resolve_command(group, args)
        assert command is not None and name in {"validate", "build"}
        command.make_context(name, rest)  # raises on an unknown or malformed option
