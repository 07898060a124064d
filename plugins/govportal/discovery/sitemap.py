"""``sitemap.xml`` and ``robots.txt``, written over the built site folder.

Every HTML page is listed once, at its public address; ``lastmod`` is the page's
``last_reviewed`` date (from ``<meta name="govportal:last-reviewed">``) when it has one.
The 404 page and pages marked ``noindex`` are left out. A page published in more than one
language lists every version, itself included, as ``xhtml:link`` alternates (and the English
one as ``x-default``), as search engines ask: https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from xml.sax.saxutils import escape

from govportal.model.translation import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES
from govportal.pages import urls
from govportal.pages.alternates import LanguageVersions
from govportal.site_folder import html_pages, page_head, page_url

_REVIEWED = re.compile(r'<meta name="govportal:last-reviewed" content="(\d{4}-\d{2}-\d{2})"')
_NOINDEX = re.compile(r'<meta name="robots" content="[^"]*noindex', re.IGNORECASE)


def page_paths(site: Path) -> list[tuple[str, str | None]]:
    """Each indexable page's path (``services/dmv/renew/``) and its last-reviewed date."""
    pages = []
    for file in html_pages(site):
        path = page_url(file, site)
        if path == urls.NOT_FOUND or path.startswith(urls.PAGEFIND):
            continue
        head = page_head(file)
        if _NOINDEX.search(head):
            continue
        reviewed = _REVIEWED.search(head)
        pages.append((path, reviewed.group(1) if reviewed else None))
    return pages


def sitemap_xml(site: Path, site_url: str) -> str:
    pages = page_paths(site)
    versions = LanguageVersions((path for path, _ in pages), (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES))
    entries = []
    for path, reviewed in pages:
        lastmod = f"<lastmod>{reviewed}</lastmod>" if reviewed else ""
        entries.append(f"<url><loc>{escape(urls.absolute(site_url, path))}</loc>{lastmod}{alternates_xml(versions, path, site_url)}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        + "\n".join(entries) + "\n</urlset>\n"
    )


def alternates_xml(versions: LanguageVersions, path: str, site_url: str) -> str:
    """The page's versions in every language, itself included, and the English one as x-default."""
    links = versions.hreflang(path)
    return "".join(f'<xhtml:link rel="alternate" hreflang="{language}" href="{escape(urls.absolute(site_url, href))}"/>' for language, href in links)


def write_sitemap(site: Path, site_url: str) -> None:
    """Replace the engine's sitemap with ours, and say where it is in robots.txt."""
    xml = sitemap_xml(site, site_url)
    (site / urls.SITEMAP).write_text(xml, encoding="utf-8")
    (site / f"{urls.SITEMAP}.gz").write_bytes(gzip.compress(xml.encode("utf-8"), mtime=0))
    robots = site / "robots.txt"
    if not robots.exists():  # an editor's own robots.txt wins
        robots.write_text(f"User-agent: *\nAllow: /\n\nSitemap: {urls.absolute(site_url, urls.SITEMAP)}\n", encoding="utf-8")
