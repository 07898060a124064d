"""Every command that reads site.yml ends the same way when it cannot: the findings, exit code 2.

Table-driven over the commands themselves: a new command with ``--config`` must join the table.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from govportal.cli import main
from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import CONFIG_PARAM
from tests.commands import invoke

# The arguments each command needs besides --config; a server would start if site.yml were right.
ARGUMENTS: dict[str, list[str]] = {
    "build": ["--no-gate"],
    "check": [],
    "validate": [],
    "serve": [],
    "links": ["--external"],
    "review": [],
    "edit": [],
    "new agency": ["libraries"],
    "new service": ["parks", "visit"],
    "import agencies": ["agencies.csv"],
    "feedback serve": [],
    "feedback migrate": [],
    "feedback export": [],
    "feedback report": [],
    "feedback followed-up": ["1"],
    "feedback review": [],
    "feedback approve": ["1"],
    "feedback purge": [],
    "translations mark": ["agencies.csv"],
    "translations status": [],
    "translations export": ["--out", "strings.xlf"],
    "translations import": ["agencies.csv"],
}
BAD_SETTING = "site_name: Example\nplugins:\n  - govportal:\n      timezone: Mars/Olympus\n"


def _with_config(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            names += _with_config(command, f"{prefix}{name} ")
        elif any(param.name == CONFIG_PARAM for param in command.params):
            names.append(f"{prefix}{name}")
    return names


def test_the_table_has_every_command_that_reads_site_yml() -> None:
    assert sorted(_with_config(main)) == sorted(ARGUMENTS)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "agencies.csv").write_text("Name\nParks\n", encoding="utf-8")
    (tmp_path / "bad.yml").write_text(BAD_SETTING, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ARGUMENTS)
def test_a_wrong_site_yml_cannot_run(folder: Path, command: str) -> None:
    result = invoke(folder, *command.split(), *ARGUMENTS[command], "--config", "bad.yml")
    assert result.exit_code == ExitCode.CANNOT_RUN, result.output
    assert "error: bad.yml: plugins.govportal.timezone: " in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["agencies.csv", "bad.yml"], "nothing was written"


@pytest.mark.parametrize("command", ARGUMENTS)
def test_a_site_yml_named_but_missing_cannot_run(folder: Path, command: str) -> None:
    result = invoke(folder, *command.split(), *ARGUMENTS[command], "--config", "missing.yml")
    assert result.exit_code == ExitCode.CANNOT_RUN, result.output
    assert "error: missing.yml: not found; run govportal from the folder that has site.yml, or pass --config" in result.stderr
