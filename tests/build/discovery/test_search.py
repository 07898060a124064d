"""The search index: Pagefind run over a small built folder, and a failure reported as a finding."""

from __future__ import annotations

from pathlib import Path

from govportal.discovery.search import INDEX_FOLDER, Indexing, index_site


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
