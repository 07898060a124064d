"""Drafts and schedules in real builds: never in a published site, drawn with a banner in the preview,
listed by ``govportal review`` (text, ``--json``, ``--fail-on overdue``)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from govportal.build import build
from govportal.cli.review import command as review

Edit = Callable[[Path, str, str], None]
BANNER = "Draft: this page is not published."
DRAFT, SCHEDULED, AGENCY = "Book a guided hike", "Buy a fishing license", "Office of Tourism"


@pytest.fixture
def drafts(project: Path, edit: Edit) -> Path:
    """The fixture portal plus a draft service, a scheduled one, and a draft agency with a service."""
    content = project / "content"
    campsite = content / "services/parks/reserve-a-campsite.md"
    for slug, title, extra in [("book-a-hike", DRAFT, "draft: true"), ("fishing-license", SCHEDULED, "publish_on: 2026-12-01")]:
        text = campsite.read_text(encoding="utf-8").replace("title: Reserve a campsite", f"title: {title}\n{extra}")
        (content / f"services/parks/{slug}.md").write_text(text, encoding="utf-8")
    agency = (content / "agencies/parks.yml").read_text(encoding="utf-8")
    (content / "agencies/oot.yml").write_text(agency.replace("name: Division of State Parks", f"draft: true\nname: {AGENCY}").replace("acronym: DSP", "acronym: OOT"), encoding="utf-8")
    (content / "services/oot").mkdir()
    (content / "services/oot/visit.md").write_text(campsite.read_text(encoding="utf-8").replace("agency: parks", "agency: oot").replace("Reserve a campsite", "Plan a visit"), encoding="utf-8")
    edit(campsite, "last_reviewed: 2026-10-01", "last_reviewed: 2026-10-01\nowner: Parks web team")
    return project


def texts(site: Path) -> dict[str, str]:
    """Every text file a published site holds (the search index is compressed: it is built from these pages)."""
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in site.rglob("*") if p.suffix in {".html", ".json", ".csv", ".xml", ".ics", ".txt"}}


def test_a_build_never_publishes_drafts_or_scheduled_pages(drafts: Path) -> None:
    report = build(drafts / "site.yml")
    assert report.ok, [str(f) for f in report.findings]
    site = drafts / "site"
    assert (site / "services/parks/reserve-a-campsite/index.html").is_file()
    leaks = {path: name for path, text in texts(site).items() for name in (DRAFT, SCHEDULED, AGENCY, "Plan a visit", "book-a-hike", "fishing-license", "/oot/") if name in text}
    assert leaks == {}
    assert BANNER not in (site / "services/parks/reserve-a-campsite/index.html").read_text(encoding="utf-8")


def test_the_preview_draws_them_with_a_banner_saying_why(drafts: Path, tmp_path: Path) -> None:
    """What `govportal serve` builds on each save: MkDocs' serve command, told to the plugin at startup."""
    config = load_config(config_file=str(drafts / "site.yml"), site_dir=str(tmp_path / "preview"))
    config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config)
    preview = tmp_path / "preview"

    def page(path: str) -> str:
        return (preview / path / "index.html").read_text(encoding="utf-8")

    assert f"{BANNER}</strong> It is a draft: remove 'draft: true' to publish it." in page("services/parks/book-a-hike").replace("&#39;", "'")
    assert f"{BANNER}</strong> It is scheduled to publish on December 1, 2026 at midnight Mountain Time." in page("services/parks/fishing-license")
    assert BANNER in page("agencies/oot") and BANNER in page("services/oot/visit") and BANNER in page("services/oot/visit/survey")
    assert BANNER not in page("services/parks/reserve-a-campsite") and BANNER not in page("agencies/parks")


def run_review(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(review, ["--config", str(project / "site.yml"), *args])
    return result.exit_code, result.stdout


def test_review_lists_what_is_not_published_and_who_owns_what_is_due(drafts: Path, edit: Edit) -> None:
    code, text = run_review(drafts, "--days", "400")
    assert code == 0
    assert f"  scheduled: {SCHEDULED} (service): publishes on December 1, 2026 at midnight Mountain Time — content/services/parks/fishing-license.md" in text
    assert f"  draft: {DRAFT} (service): draft: true — content/services/parks/book-a-hike.md" in text
    assert "  due 2027-10-01: Reserve a campsite (service, owner: Parks web team) — content/services/parks/reserve-a-campsite.md" in text
    assert "  due 2027-10-01: Division of State Parks (agency) — content/agencies/parks.yml" in text


def test_review_json_and_fail_on_overdue_exit_codes(drafts: Path, edit: Edit) -> None:
    code, text = run_review(drafts, "--json", "--fail-on", "overdue")
    document = json.loads(text)
    assert code == 0 and document["counts"]["overdue"] == 0
    assert {p["file"]: p["state"] for p in document["pages"]}["content/services/oot/visit.md"] == "draft"
    edit(drafts / "content/agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2025-01-10")
    code, text = run_review(drafts, "--json", "--fail-on", "overdue")
    assert code == 1 and json.loads(text)["counts"]["overdue"] == 1
    assert run_review(drafts, "--json")[0] == 0  # without --fail-on, overdue pages are listed, not failed
    shutil.rmtree(drafts / "content/agencies")
    assert run_review(drafts, "--json", "--fail-on", "overdue") == (1, "")  # content that cannot be read is a finding
