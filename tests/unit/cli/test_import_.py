"""``govportal import agencies``: files from a spreadsheet; a mapping it cannot use stops it first.

How rows become agencies is tested in tests/unit/content/agency_import/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govportal.cli.exit_codes import ExitCode
from tests.commands import invoke

SHEET = "Name,Phone,Website,Description,Email\nArts Council,801-555-0150,https://arts.example.gov,We fund the arts.,arts@example.gov\n"


@pytest.fixture
def sheet(project: Path) -> Path:
    (project / "agencies.csv").write_text(SHEET, encoding="utf-8")
    return project


def test_a_row_becomes_an_agency_file_and_what_was_assumed_is_noted(sheet: Path) -> None:
    result = invoke(sheet, "import", "agencies", "agencies.csv")
    assert result.exit_code == ExitCode.OK, result.stderr
    created = sheet / "content/agencies/arts-council.yml"
    assert result.stdout.splitlines() == ["Read agencies.csv as UTF-8.", f"created {created}", "1 created, 0 drafts, 0 updated, 0 skipped."]
    assert "note: agencies.csv: row 2 (arts-council): phone hours not given; set to 'weekdays 8:00-17:00': check them" in result.stderr.splitlines()
    agency = yaml.safe_load(created.read_text(encoding="utf-8"))
    assert (agency["name"], agency["website"], agency["channels"][0]["number"]) == ("Arts Council", "https://arts.example.gov", "(801) 555-0150")
    assert invoke(sheet, "validate").exit_code == ExitCode.OK


@pytest.mark.parametrize(("mapping", "error"), [
    ("- columns\n", "error: mapping.yml: should hold 'columns:' and 'defaults:' settings"),
    ("columns: [\n", "error: mapping.yml: line 2, column 1: "),
])
def test_a_mapping_it_cannot_use_stops_the_import(sheet: Path, mapping: str, error: str) -> None:
    (sheet / "mapping.yml").write_text(mapping, encoding="utf-8")
    result = invoke(sheet, "import", "agencies", "agencies.csv", "--mapping", "mapping.yml")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert result.stderr.startswith(error)
    assert sorted(p.name for p in (sheet / "content/agencies").iterdir()) == ["parks.yml"]
