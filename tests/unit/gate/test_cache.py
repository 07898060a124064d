"""Incremental gating: a page's fingerprint changes with its HTML, any file it loads, or the settings."""

from __future__ import annotations

from pathlib import Path

from govportal.gate.cache import PassCache, fingerprint


def files(tmp_path: Path) -> tuple[Path, Path]:
    page, css = tmp_path / "index.html", tmp_path / "site.css"
    page.write_text("<html></html>", encoding="utf-8")
    css.write_text("body{}", encoding="utf-8")
    return page, css


def test_fingerprint_follows_the_page_its_assets_and_the_settings(tmp_path: Path) -> None:
    page, css = files(tmp_path)
    first = fingerprint(page, [css, css], "{}", {})
    assert fingerprint(page, [css], "{}", {}) == first  # an asset loaded twice counts once
    assert fingerprint(page, [css], '{"viewports": []}', {}) != first
    css.write_text("body{color:red}", encoding="utf-8")
    assert fingerprint(page, [css], "{}", {}) != first


def test_file_hashes_are_shared_within_a_run(tmp_path: Path) -> None:
    page, css = files(tmp_path)
    hashes: dict[Path, str] = {}
    first = fingerprint(page, [css], "{}", hashes)
    css.write_text("changed", encoding="utf-8")
    assert fingerprint(page, [css], "{}", hashes) == first  # read once per run: files do not change mid-run
    assert set(hashes) == {page, css}


def test_pass_cache_remembers_passes_and_forgets_failures(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "gate.json"
    cache = PassCache(path)
    cache.save({"a/": "print-a", "b/": "print-b"})
    again = PassCache(path)
    assert again.unchanged("a/", "print-a") and not again.unchanged("a/", "other") and not again.unchanged("c/", "print-a")
    again.save({"a/": None})
    assert PassCache(path).passed == {"b/": "print-b"}


def test_a_damaged_cache_only_costs_a_full_run(tmp_path: Path) -> None:
    path = tmp_path / "gate.json"
    path.write_text("{not json", encoding="utf-8")
    assert PassCache(path).passed == {}
    PassCache(None).save({"a/": "x"})  # without a path, nothing is written
