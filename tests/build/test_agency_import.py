"""Imported draft agencies in a real build: left off every published page, and services may not use them."""

from __future__ import annotations

import json
from pathlib import Path

from govportal.build import build
from govportal.content import load_content
from tests.conftest import TODAY
from tests.unit.content.agency_import.test_importer import PUBLISHED, run_import


def test_drafts_are_not_published_and_services_may_not_use_them(project: Path) -> None:
    content = project / "content"
    run_import(content)
    report = build(project / "site.yml")
    assert report.ok, report.findings
    site = project / "site"
    assert (site / "agencies/dpr/index.html").is_file()
    assert not (site / "agencies/oot").exists()
    directory = json.loads((site / "directory.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in directory["agencies"]} == PUBLISHED | {"parks"}
    assert "Office of Tourism" not in (site / "directory.csv").read_text(encoding="utf-8")
    assert "Office of Tourism" not in (site / "help/index.html").read_text(encoding="utf-8")

    service = content / "services/oot/visit.md"
    service.parent.mkdir()
    service.write_text((content / "services/parks/reserve-a-campsite.md").read_text(encoding="utf-8").replace("agency: parks", "agency: oot"), encoding="utf-8")
    loaded = load_content(content, TODAY)
    assert [str(f) for f in loaded.findings if f.severity == "error"] == [
        "content/services/oot/visit.md: agency: 'oot' is a draft agency (status: draft in content/agencies/oot.yml); complete and publish it before its services"
    ]
