"""``govportal translations``: mark, status (text, JSON, exit codes), export and import through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands import invoke
from tests.unit.content.test_translations import CAMPSITE, SPANISH, SPANISH_PAGE


def test_mark_then_status_then_a_stale_translation(project: Path) -> None:
    content = project / "content"
    (content / SPANISH).write_text(SPANISH_PAGE)
    result = invoke(project, "translations", "mark", f"content/{SPANISH}")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"content/{SPANISH}: translated_from ")
    assert invoke(project, "translations", "status", "--fail-on", "stale").exit_code == 0
    (content / CAMPSITE).write_text((content / CAMPSITE).read_text().replace("$25 a night", "$30 a night"))
    result = invoke(project, "translations", "status", "--fail-on", "stale")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:3] == ["es: 0 up to date, 1 behind the English, 3 not translated", "Portal-wide", "  missing  content/portal.es.yml"]
    assert f"  stale    content/{SPANISH}" in result.stdout.splitlines()
    report = json.loads(invoke(project, "translations", "status", "--json").stdout)
    assert report["counts"] == {"current": 0, "stale": 1, "missing": 3}
    assert {"agency": "parks", "files": [{"source": "agencies/parks.yml", "file": "agencies/parks.es.yml", "state": "missing", "machine": False}, {"source": CAMPSITE, "file": SPANISH, "state": "stale", "machine": False}]} in report["agencies"]


def test_mark_refuses_a_file_that_is_no_translation(project: Path) -> None:
    result = invoke(project, "translations", "mark", f"content/{CAMPSITE}")
    assert result.exit_code == 2
    assert "is not a translation" in result.stderr


def test_export_only_missing_and_import_it_back(project: Path) -> None:
    out = project / "strings.csv"
    result = invoke(project, "translations", "export", "--format", "csv", "--only", "missing", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "Wrote the strings of 4 files" in result.stdout
    out.write_text(out.read_text().replace(",Reserve a campsite,\n", ",Reserve a campsite,Reserve un lugar para acampar\n"))
    result = invoke(project, "translations", "import", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"Wrote content/{SPANISH}" in result.stdout.splitlines()
    assert "title: Reserve un lugar para acampar" in (project / "content" / SPANISH).read_text()
    assert invoke(project, "validate").exit_code == 0


def test_import_of_a_file_that_is_not_an_export_cannot_run(project: Path) -> None:
    (project / "strings.xlf").write_text("<html/>")
    result = invoke(project, "translations", "import", "strings.xlf")
    assert result.exit_code == 2
    assert "is not an XLIFF 2.0 file" in result.stderr
