"""The search index: Pagefind run over a small built folder, and a failure reported as a finding."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from govportal.discovery.search import INDEX_FOLDER, PRELOAD_MARK, Indexing, index_site, preload_engine


def test_a_site_is_indexed_in_place(tmp_path: Path) -> None:
    page = tmp_path / "services" / "renew" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<html lang="en"><head><title>Renew</title></head><body><main data-pagefind-body><h1>Renew a license</h1></main></body></html>', encoding="utf-8")
    assert index_site(tmp_path) == []
    assert (tmp_path / INDEX_FOLDER / "pagefind.js").is_file()


def test_a_failure_is_a_finding_naming_the_site(tmp_path: Path) -> None:
    missing = tmp_path / "not-built"
    [finding] = index_site(missing)
    assert (finding.path, finding.field) == (str(missing), "search")
    assert finding.message.startswith("the search index could not be built: ")


def test_indexing_runs_beside_other_work_until_finished(tmp_path: Path) -> None:
    """The build starts Pagefind, writes the sitemap and prunes CSS meanwhile, then waits."""
    page = tmp_path / "index.html"
    page.write_text('<html lang="en"><head><title>Home</title></head><body><main data-pagefind-body><h1>Home</h1></main></body></html>', encoding="utf-8")
    indexing = Indexing(tmp_path)
    (tmp_path / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")  # the build's own work, meanwhile
    assert indexing.finish() == []
    assert (tmp_path / INDEX_FOLDER / "pagefind.js").is_file()


def _page(site: Path, path: str, language: str, body: str) -> Path:
    page = site / path / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(f'<html lang="{language}"><head><title>t</title>{body}</head><body></body></html>', encoding="utf-8")
    return page


def test_search_pages_preload_the_engine_of_their_language(tmp_path: Path) -> None:
    """Each address preloaded is a file the index has; the list of indexes carries the tag the
    page's script hands Pagefind; a language without pages preloads only the list."""
    _page(tmp_path, "services/renew", "en", "").write_text('<html lang="en"><body><main data-pagefind-body><h1>Renew a license</h1></main></body></html>', encoding="utf-8")
    english = _page(tmp_path, "search", "en", PRELOAD_MARK)
    spanish = _page(tmp_path, "es/search", "es", PRELOAD_MARK)
    untouched = _page(tmp_path, "help", "en", PRELOAD_MARK)
    assert index_site(tmp_path) == []
    assert preload_engine(tmp_path, ["en", "es"]) == [english, spanish]
    for page, files in ((english, 3), (spanish, 1)):
        html = page.read_text(encoding="utf-8")
        hrefs = re.findall(r'<link rel="preload" as="fetch" crossorigin href="([^"]+)"', html)
        assert len(hrefs) == files and PRELOAD_MARK not in html
        for href in hrefs:
            assert (page.parent / urlsplit(href).path).resolve().is_file(), href
        [tag] = re.findall(r'data-gp-pagefind-tag="([0-9a-f]+)"', html)
        assert hrefs[0].endswith(f"pagefind-entry.json?ts={tag}")
    assert "wasm.en.pagefind" in english.read_text(encoding="utf-8")
    assert PRELOAD_MARK in untouched.read_text(encoding="utf-8")
