"""Checks over the built folder: broken links and anchors, phone and mail links, page weight."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.gate.checks.site_files import SiteFiles, target_file


def write(file: Path, text: str | bytes) -> Path:
    file.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8")
    return file


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "index.html", '<html><head><link rel="stylesheet" href="site.css"><script src="https://cdn.example.com/x.js"></script></head>'
          '<body><h1 id="top">Home</h1><img src="big.png"></body></html>')
    write(root / "site.css", "body{}" * 10)
    write(root / "big.png", bytes(range(256)) * 400)  # 100 KB that does not compress
    write(root / "services" / "a b" / "index.html", '<a name="old-anchor"></a><p id="fees">Fees</p>')
    return root


LINKS = {
    "/services/a%20b/": None,
    "/services/a%20b/#fees": None,
    "../#top": None,
    "https://other.example.gov/missing/": None,  # another site: not ours to check
    "../services/a%20b/#old-anchor": None,
    "tel:+1-801-555-0123": None,
    "tel:911": None,
    "mailto:help@example.gov?subject=Hi": None,
    "/missing/": "broken-link",
    "/services/a%20b/#nowhere": "broken-anchor",
    "tel:555-CALL": "bad-tel",
    "mailto:not-an-address": "bad-mailto",
}


def test_each_link_problem_is_named_with_its_link(site: Path) -> None:
    page = write(site / "links" / "index.html", "".join(f'<a href="{href}">x</a>' for href in LINKS))
    issues = SiteFiles(site).check_links(page)
    assert {i.selector: i.rule for i in issues} == {f'a[href="{href}"]': rule for href, rule in LINKS.items() if rule}
    assert all(i.page == "links/" and i.viewport == "" for i in issues)


def test_page_weight_counts_the_page_and_its_own_files_compressed(site: Path) -> None:
    files = SiteFiles(site)
    home = site / "index.html"
    assert files.assets_of(home) == [site / "site.css", site / "big.png"]  # another site's script is not ours
    assert files.check_weight(home, 200) == []
    [heavy] = files.check_weight(home, 50)
    assert (heavy.rule, heavy.page) == ("page-weight", "")
    assert "transfers 100 KB" in heavy.message and "the budget is 50 KB" in heavy.message


def test_a_path_is_served_as_a_static_server_would(site: Path) -> None:
    assert target_file(site, "/services/a%20b/") == site / "services" / "a b" / "index.html"
    assert target_file(site, "/site.css") == site / "site.css"
    assert target_file(site, "/services/") is None  # a folder without index.html
