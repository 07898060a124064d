"""sitemap.xml and robots.txt over a small built folder."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from govportal.discovery.sitemap import page_paths, write_sitemap

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def page(site: Path, path: str, head: str = "") -> None:
    file = site / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(f"<html><head>{head}</head><body></body></html>", encoding="utf-8")


def test_pages_are_listed_at_their_address_with_their_review_date_and_others_left_out(tmp_path: Path) -> None:
    page(tmp_path, "index.html")
    page(tmp_path, "services/parks/camp/index.html", '<meta name="govportal:last-reviewed" content="2026-10-01">')
    page(tmp_path, "404.html")
    page(tmp_path, "pagefind/x.html")
    page(tmp_path, "forms/index.html", '<meta name="robots" content="noindex">')
    assert page_paths(tmp_path) == [("", None), ("services/parks/camp/", "2026-10-01")]


def test_the_sitemap_gives_full_addresses_and_robots_txt_points_at_it(tmp_path: Path) -> None:
    page(tmp_path, "help/index.html")
    write_sitemap(tmp_path, "https://example.gov/")
    assert "<url><loc>https://example.gov/help/</loc></url>" in (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    assert (tmp_path / "sitemap.xml.gz").is_file()
    assert (tmp_path / "robots.txt").read_text(encoding="utf-8").endswith("Sitemap: https://example.gov/sitemap.xml\n")


def test_an_editors_own_robots_txt_is_kept(tmp_path: Path) -> None:
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /\n", encoding="utf-8")
    write_sitemap(tmp_path, "https://example.gov")
    assert (tmp_path / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /\n"


def test_pages_in_two_languages_list_both_versions_and_english_as_default(tmp_path: Path) -> None:
    for path in ("help/index.html", "es/help/index.html", "forms/index.html"):
        page(tmp_path, path)
    write_sitemap(tmp_path, "https://example.gov/")
    root = ET.parse(tmp_path / "sitemap.xml").getroot()
    alternates = {
        url.findtext(f"{SITEMAP}loc"): [(link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")]
        for url in root.findall(f"{SITEMAP}url")
    }
    both = [("en", "https://example.gov/help/"), ("es", "https://example.gov/es/help/"), ("x-default", "https://example.gov/help/")]
    assert alternates == {"https://example.gov/help/": both, "https://example.gov/es/help/": both, "https://example.gov/forms/": []}
