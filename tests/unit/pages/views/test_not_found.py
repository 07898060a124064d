"""The "Page not found" page offers three ways on, each a link within the site."""

from __future__ import annotations

from govportal.pages.views.not_found import not_found_view
from govportal.pages.views.parts import Link


def test_page_not_found_offers_the_a_to_z_the_topics_and_a_person() -> None:
    view = not_found_view()
    assert view.title == "Page not found"
    assert view.links == (
        Link("services/", "See all services A to Z", on_site=True),
        Link("topics/", "Find services by topic", on_site=True),
        Link("help/", "Get help from a person", on_site=True),
    )
