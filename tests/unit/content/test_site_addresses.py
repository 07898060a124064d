"""Links in editors' Markdown, by web address or by source file, lead to the same page."""

from __future__ import annotations

import pytest

from govportal.content.site_addresses import SiteMap, Target, is_internal, page_address, relative_link, resolve

SITE = SiteMap.of(["index.md", "privacy.md", "services/dmv/renew.md", "services/dmv/index.md", "forms/dl-12.pdf"])


@pytest.mark.parametrize(
    ("src", "address"),
    [("index.md", "/"), ("privacy.md", "/privacy/"), ("services/dmv/index.md", "/services/dmv/"), ("services/dmv/renew.md", "/services/dmv/renew/"), ("forms/dl-12.pdf", "/forms/dl-12.pdf"), ("reindex.md", "/reindex/")],
)
def test_the_web_address_of_a_source_file(src: str, address: str) -> None:
    assert page_address(src) == address


@pytest.mark.parametrize(
    ("url", "internal"),
    [("/privacy/", True), ("renew.md", True), ("https://a.gov/", False), ("mailto:a@b.gov", False), ("//cdn.gov/x", False), ("#top", False), ("  ", False)],
)
def test_internal_links(url: str, internal: bool) -> None:
    assert is_internal(url) is internal


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("renew.md", Target("/services/dmv/renew/", "services/dmv/renew.md", "")),
        ("../../privacy.md#cookies", Target("/privacy/", "privacy.md", "#cookies")),
        ("/forms/dl-12.pdf", Target("/forms/dl-12.pdf", "forms/dl-12.pdf", "")),
        ("/services/dmv/renew/?from=home", Target("/services/dmv/renew/", "services/dmv/renew.md", "?from=home")),
        ("/services/dmv/renew", Target("/services/dmv/renew/", "services/dmv/renew.md", "")),
        ("renew/", Target("/services/dmv/renew/", "services/dmv/renew.md", "")),
        ("missing.md", Target("/services/dmv/missing/", None, "")),
        ("/services/dmv/renw/", Target("/services/dmv/renw/", None, "")),
        ("/", Target("/", "index.md", "")),
    ],
)
def test_a_link_in_a_service_page_leads_to(url: str, target: Target) -> None:
    assert resolve(url, "services/dmv/index.md" if url == "renew/" else "services/dmv/renew.md", SITE) == target


def test_did_you_mean_offers_a_page_for_a_page_and_a_file_for_a_file() -> None:
    assert SITE.nearest("/services/dmv/renw/") == "/services/dmv/renew/"
    assert SITE.nearest("/forms/dl-21.pdf") == "/forms/dl-12.pdf"
    assert SITE.nearest("/nothing/like/it/at/all/") is None


@pytest.mark.parametrize(("source", "page", "link"), [("privacy.md", "services/dmv/renew.md", "../../privacy.md"), ("services/dmv/renew.md", "index.md", "services/dmv/renew.md")])
def test_links_are_rewritten_relative_to_the_source_file(source: str, page: str, link: str) -> None:
    assert relative_link(source, page, "#x") == link + "#x"
