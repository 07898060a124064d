"""``govportal --version`` names govportal's version and the engine and theme it renders with."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from govportal import __version__
from tests.commands import invoke


def test_version_names_govportal_mkdocs_and_material(tmp_path: Path) -> None:
    result = invoke(tmp_path, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"govportal {__version__} (MkDocs {metadata.version('mkdocs')}, Material {metadata.version('mkdocs-material')})\n"


def test_version_comes_before_any_command_and_without_it_the_group_runs(tmp_path: Path) -> None:
    assert invoke(tmp_path, "--version", "review").stdout.startswith(f"govportal {__version__} ")
    listed = invoke(tmp_path, "--help")
    assert listed.exit_code == 0 and not re.search(r"^govportal \d", listed.stdout, re.M)
