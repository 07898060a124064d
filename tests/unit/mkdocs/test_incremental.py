"""Which pages a preview rebuild renders again (govportal.mkdocs.incremental)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from govportal.content import load_content
from govportal.content.reader import ServiceCache
from govportal.mkdocs.incremental import Snapshot

CAMPSITE, SURVEY, FISHING = "services/parks/reserve-a-campsite.md", "services/parks/reserve-a-campsite/survey/index.md", "services/parks/fishing.md"
TODAY = date(2026, 11, 23)
BEFORE = Snapshot("theme and agencies", {CAMPSITE: "Reserve a campsite", SURVEY: "Reserve a campsite", FISHING: "Get a fishing license"})


def test_a_saved_service_renders_its_own_pages_and_every_page_that_lists_services() -> None:
    after = Snapshot(BEFORE.shared, {**BEFORE.own, CAMPSITE: "Book a campsite", SURVEY: "Book a campsite"})
    assert after.same_pages(BEFORE)
    assert [uri for uri in (CAMPSITE, SURVEY, FISHING, "agencies/parks/index.md", "index.md") if after.stale(BEFORE, uri)] == [
        CAMPSITE, SURVEY, "agencies/parks/index.md", "index.md"]


def test_anything_else_renders_every_page_again_in_a_clean_folder() -> None:
    changed = Snapshot("the theme changed", BEFORE.own)
    assert all(changed.stale(BEFORE, uri) for uri in BEFORE.own) and not changed.same_pages(BEFORE)
    assert all(BEFORE.stale(None, uri) for uri in BEFORE.own) and not BEFORE.same_pages(None)
    removed = Snapshot(BEFORE.shared, {CAMPSITE: "Reserve a campsite", SURVEY: "Reserve a campsite"})
    assert not removed.same_pages(BEFORE)  # the page of a service that is gone must not stay in the preview


def test_the_preview_parses_again_only_the_services_saved(project: Path, edit: Callable[[Path, str, str], None]) -> None:
    parsed, service = ServiceCache(), project / "content/services/parks/reserve-a-campsite.md"
    first = load_content(project / "content", TODAY, parsed=parsed)
    again = load_content(project / "content", TODAY, parsed=parsed)
    assert first.content and again.content and again.content.services[0] is first.content.services[0]
    assert again.findings == first.findings == load_content(project / "content", TODAY).findings
    edit(service, "title: Reserve a campsite\n", "title: Book a campsite\n")
    saved = load_content(project / "content", TODAY, parsed=parsed)
    assert saved.content and saved.content.services[0].service.title == "Book a campsite"
