"""``govportal build``: publishes only what passed; a failed build leaves the published site alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.commands import invoke

Edit = Callable[[Path, str, str], None]


def test_build_publishes_and_failed_build_keeps_site(project: Path, edit: Edit) -> None:
    result = invoke(project, "build", "--no-gate")
    assert result.exit_code == 0, result.stderr
    assert "published them to" in result.stdout
    index = project / "site/index.html"
    before = index.read_bytes()
    edit(project / "content/agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2027-01-01")
    failed = invoke(project, "build", "--no-gate")
    assert failed.exit_code == 1
    assert "content/agencies/parks.yml: last_reviewed: 2027-01-01 is in the future" in failed.stderr
    assert "1 error found. Nothing was published." in failed.stderr
    assert index.read_bytes() == before
