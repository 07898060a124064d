"""``govportal validate``: every problem at once, exit code 1; a clean portal is counted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.commands import invoke

Edit = Callable[[Path, str, str], None]


def test_validate_passes_on_good_content(project: Path) -> None:
    result = invoke(project, "validate")
    assert result.exit_code == 0, result.stderr
    assert "Content is valid: 1 agencies, 1 services, 1 topics." in result.stdout


def test_validate_reports_every_error_and_fails(project: Path, edit: Edit) -> None:
    edit(project / "content/agencies/parks.yml", "address: parks@example.gov", "address: parks")
    edit(project / "content/services/parks/reserve-a-campsite.md", "topics: [outdoors]", "topic: [outdoors]")
    result = invoke(project, "validate")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "error: content/agencies/parks.yml: channels[2].address: 'parks' is not an e-mail address: An email address must have an @-sign." in lines
    assert any(line.startswith("error: content/services/parks/reserve-a-campsite.md: topic: is not a field we know; did you mean 'topics'?") for line in lines)
    assert "3 errors found." in lines
