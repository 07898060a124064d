"""Services and topics as list items, and where the search box sends its words."""

from __future__ import annotations

from govportal.pages.views.items import SearchBox, ServiceItem, TopicItem, service_item, topic_item
from tests.unit.pages.views.portal import in_spanish, minimal, service, site

CAMPING = minimal().services[0]


def test_a_service_item_links_the_service_page_and_names_the_agency_only_when_asked() -> None:
    summary = "Reserve a campsite in a state park up to 4 months ahead."
    assert service_item(site(), CAMPING) == ServiceItem("Reserve a campsite", "services/parks/reserve-a-campsite/", summary, None)
    assert service_item(site(), CAMPING, "Division of State Parks").agency_name == "Division of State Parks"


def test_a_topic_item_links_the_topic_page_with_what_it_covers() -> None:
    assert topic_item(site(), minimal().topics["outdoors"]) == TopicItem("Outdoors", "topics/outdoors/", "Parks and camping.")


def test_without_javascript_the_search_box_sends_people_to_the_a_to_z_list() -> None:
    assert SearchBox() == SearchBox("services/", "search/")


def test_in_spanish_a_translated_service_links_its_spanish_page_and_one_only_in_english_says_so() -> None:
    other = service("fish", "Buy a fishing license")
    spanish = site(in_spanish(english_only=other))
    english, translated = spanish.services()  # by title: Buy..., Reserve...
    assert service_item(spanish, translated) == ServiceItem("Reserve un campamento", "es/services/parks/reserve-a-campsite/", "Reserve un campamento en un parque del estado.")
    assert service_item(spanish, english) == ServiceItem("Buy a fishing license", "services/parks/fish/", "About Buy a fishing license.", None, "en", "(solo en inglés)")
    assert topic_item(spanish, minimal().topics["outdoors"]).href == "es/topics/outdoors/"
