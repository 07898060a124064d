"""The "Page not found" page offers three ways on, each a link within the site, in every language."""

from __future__ import annotations

from govportal.pages.views.not_found import not_found_view
from govportal.pages.views.parts import Link


def test_page_not_found_offers_the_a_to_z_the_topics_and_a_person() -> None:
    view = not_found_view()
    [english] = view.parts
    assert (view.title, english.title) == ("Page not found", "Page not found")
    assert english.links == (
        Link("services/", "See all services A to Z", on_site=True),
        Link("topics/", "Find services by topic", on_site=True),
        Link("help/", "Get help from a person", on_site=True),
    )


def test_one_page_for_every_address_says_it_in_spanish_too_with_spanish_links() -> None:
    english, spanish = not_found_view(("en", "es")).parts
    assert (english.language, spanish.language, spanish.title) == ("en", "es", "Página no encontrada")
    assert [link.href for link in spanish.links] == ["es/services/", "es/topics/", "es/help/"]
    assert spanish.links[1].text == "Buscar servicios por tema"
