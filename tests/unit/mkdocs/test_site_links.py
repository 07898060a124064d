"""Links written as web addresses become the source files MkDocs checks, in Python-Markdown itself."""

from __future__ import annotations

from markdown import Markdown

from govportal.content.site_addresses import SiteMap
from govportal.mkdocs.site_links import SiteLinks

SOURCES = ["index.md", "privacy.md", "services/parks/reserve-a-campsite.md", "agencies/parks/index.md", "forms/cr-1.pdf"]


def render(text: str, page_src: str = "agencies/parks/index.md") -> str:
    links = SiteLinks()
    links.site, links.page_src = SiteMap.of(SOURCES), page_src
    return Markdown(extensions=[links]).convert(text)


def test_a_web_address_becomes_the_relative_source_file_keeping_query_and_fragment() -> None:
    assert render("[Cost](/services/parks/reserve-a-campsite/#cost)") == '<p><a href="../../services/parks/reserve-a-campsite.md#cost">Cost</a></p>'
    assert render("[Privacy](/privacy/?print=1)", "index.md") == '<p><a href="privacy.md?print=1">Privacy</a></p>'


def test_images_and_files_are_rewritten_too() -> None:
    assert render("![Form](/forms/cr-1.pdf)") == '<p><img alt="Form" src="../../forms/cr-1.pdf" /></p>'


def test_other_sites_fragments_file_links_and_addresses_that_lead_nowhere_are_left_for_mkdocs() -> None:
    text = "[a](https://parks.example.gov/) [b](#top) [c](mailto:parks@example.gov) [d](/nowhere/) [e](../../privacy.md)"
    assert render(text) == (
        '<p><a href="https://parks.example.gov/">a</a> <a href="#top">b</a> '
        '<a href="mailto:parks@example.gov">c</a> '
        '<a href="/nowhere/">d</a> <a href="../../privacy.md">e</a></p>'
    )


def test_the_rewrite_runs_after_links_are_made_and_before_mkdocs_checks_them() -> None:
    processors = Markdown(extensions=[SiteLinks()]).treeprocessors  # run in index order
    assert processors.get_index_for_name("inline") < processors.get_index_for_name("govportal_site_links")
