"""Which pages a preview rebuild renders again (govportal.mkdocs.incremental)."""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import os

import pytest
from mkdocs.config import load_config

from govportal import clock
from govportal.content import load_content
from govportal.content.drafts import publication
from govportal.content.reader import ServiceCache
from govportal.mkdocs.incremental import IDLE_COLLECT_S, Digests, Garbage, Rebuilds, Snapshot, snapshot

CAMPSITE, SURVEY, FISHING = "services/parks/reserve-a-campsite.md", "services/parks/reserve-a-campsite/survey/index.md", "services/parks/fishing.md"
TODAY = date(2026, 11, 23)
BEFORE = Snapshot("theme and agencies", {CAMPSITE: "Reserve a campsite", SURVEY: "Reserve a campsite", FISHING: "Get a fishing license"})


def test_a_saved_service_renders_its_own_pages_and_every_page_that_lists_services() -> None:
    after = Snapshot(BEFORE.shared, {**BEFORE.own, CAMPSITE: "Book a campsite", SURVEY: "Book a campsite"})
    assert after.same_pages(BEFORE)
    assert [uri for uri in (CAMPSITE, SURVEY, FISHING, "agencies/parks/index.md", "index.md") if after.stale(BEFORE, uri)] == [
        CAMPSITE, SURVEY, "agencies/parks/index.md", "index.md"]


def test_an_agency_or_topic_page_renders_again_only_for_a_service_it_lists_before_or_after() -> None:
    """Fishing moved from the outdoors topic to the licenses topic: both topic pages change, and
    its agency's page; the camping topic's and another agency's pages stay as they are."""
    listed = {CAMPSITE: frozenset({"agencies/parks/index.md", "topics/camping/index.md"}), FISHING: frozenset({"agencies/parks/index.md", "topics/outdoors/index.md"})}
    before = Snapshot(BEFORE.shared, BEFORE.own, listed | {"services/dmv/renew.md": frozenset({"agencies/dmv/index.md"})})
    moved = {**listed, FISHING: frozenset({"agencies/parks/index.md", "topics/licenses/index.md"}), "services/dmv/renew.md": frozenset({"agencies/dmv/index.md"})}
    after = Snapshot(BEFORE.shared, {**BEFORE.own, FISHING: "Get a fishing or hunting license"}, moved)
    lists = after.lists_to_render(before)
    pages = ["agencies/parks/index.md", "agencies/dmv/index.md", "topics/camping/index.md", "topics/outdoors/index.md", "topics/licenses/index.md", "services/index.md"]
    assert [uri for uri in pages if after.stale(before, uri, lists)] == ["agencies/parks/index.md", "topics/outdoors/index.md", "topics/licenses/index.md", "services/index.md"]
    assert [uri for uri in pages if after.stale(before, uri)] == [uri for uri in pages if after.stale(before, uri, lists)]


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


def test_the_preview_reads_again_a_service_written_at_the_same_size_or_replaced_by_a_link(
    project: Path, tmp_path: Path, edit: Callable[[Path, str, str], None],
) -> None:
    """Unchanged files are not even read again, so a file's version is more than its size; and a
    link put in place of a file is a new version of it, refused."""
    parsed, service = ServiceCache(), project / "content/services/parks/reserve-a-campsite.md"
    assert load_content(project / "content", TODAY, parsed=parsed).content is not None
    edit(service, "title: Reserve a campsite\n", "title: Reserve A campsite\n")
    same_size = load_content(project / "content", TODAY, parsed=parsed).content
    assert same_size and same_size.services[0].service.title == "Reserve A campsite"
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_bytes(service.read_bytes())
    service.unlink()
    service.symlink_to(elsewhere)
    linked = load_content(project / "content", TODAY, parsed=parsed)
    assert linked.content is None and [f.path for f in linked.findings if "symbolic link" in f.message] == ["content/services/parks/reserve-a-campsite.md"]


def _snapshot(project: Path, digests: Digests) -> Snapshot:
    loaded = load_content(project / "content", TODAY)
    assert loaded.content is not None
    config = load_config(config_file=str(project / "site.yml"))
    return snapshot(loaded.content, publication(loaded.content, clock.now(), "America/Denver"), config, ["en"], digests)


def test_builds_are_compared_by_each_service_file_s_text_and_the_other_files_stat(project: Path, edit: Callable[[Path, str, str], None]) -> None:
    """Cheap to compare at 1,000 services: file text and change times, not loaded models."""
    digests = Digests()
    first = _snapshot(project, digests)
    service = project / CAMPSITE.replace("services/", "content/services/")
    os.utime(service, ns=(1, 1))  # saved again without a change: nothing to render
    assert not _snapshot(project, digests).stale(first, CAMPSITE)
    edit(service, "title: Reserve a campsite\n", "title: Book a campsite\n")
    saved = _snapshot(project, digests)
    assert saved.same_pages(first) and saved.stale(first, CAMPSITE) and saved.stale(first, SURVEY)
    assert saved.listed_on[CAMPSITE] == {"agencies/parks/index.md", "topics/outdoors/index.md"}
    agency = next((project / "content/agencies").glob("*.yml"))
    agency.write_text(agency.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not _snapshot(project, digests).same_pages(saved)  # any other file: every page again


def test_work_drawn_from_shared_files_is_kept_while_only_service_pages_change(project: Path) -> None:
    rebuilds, made = Rebuilds(), []

    def build(shared: str) -> set[str]:
        """One preview build (a fresh config each, as MkDocs' serve makes); the theme pages it renders."""
        config = load_config(config_file=str(project / "site.yml"), site_dir=str(project / "site"))
        rebuilds.plan(Snapshot(shared, {}), config)
        rebuilds.shared_work("exports", lambda: made.append(1))
        rebuilds.done()
        return {"404.html", "sitemap.xml"} & config.theme.static_templates

    Rebuilds().shared_work("exports", lambda: made.append(1))
    assert len(made) == 1  # not the preview: always made
    assert [build(s) for s in ("agencies", "agencies", "agencies changed")] == [{"404.html", "sitemap.xml"}, set(), {"404.html", "sitemap.xml"}]
    assert len(made) == 3  # the first preview build, none for a service-only save, one after the agencies changed


class _Cycle:
    """Garbage only the collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def garbage() -> Iterator[Garbage]:
    yield Garbage()
    gc.enable()
    gc.unfreeze()  # the test process's objects, set aside by the first collection


def _cycle() -> weakref.ref[_Cycle]:
    return weakref.ref(_Cycle())


def test_a_builds_garbage_is_collected_once_the_preview_is_idle(garbage: Garbage) -> None:
    garbage.build_starts(hold=True)
    assert not gc.isenabled()
    made = _cycle()
    for _ in range(100_000):  # enough new objects to start a collection, were the collector on
        _Cycle()
    assert made() is not None
    garbage.collect_soon()
    time.sleep(IDLE_COLLECT_S + 0.5)
    assert made() is None and gc.isenabled()


def test_a_save_before_the_collection_or_after_a_failed_build_collects_first(garbage: Garbage) -> None:
    garbage.build_starts(hold=True)
    made = _cycle()
    garbage.collect_soon()
    garbage.build_starts(hold=True)  # the next save, before the idle collection
    assert made() is None and not gc.isenabled()
    failed = _cycle()  # this build fails: no collect_soon
    garbage.build_starts(hold=True)
    assert failed() is None and not gc.isenabled()
    failed_again = _cycle()
    garbage.build_starts(hold=False)  # a save of site.yml: every page again, collected as it goes
    assert failed_again() is None and gc.isenabled()
