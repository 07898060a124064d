"""Services and topics as list items, and where the search box sends its words."""

from __future__ import annotations

from govportal.pages.views.items import SearchBox, ServiceItem, TopicItem, service_item, topic_item
from tests.unit.pages.views.portal import minimal

CAMPING = minimal().services[0]


def test_a_service_item_links_the_service_page_and_names_the_agency_only_when_asked() -> None:
    summary = "Reserve a campsite in a state park up to 4 months ahead."
    assert service_item(CAMPING) == ServiceItem("Reserve a campsite", "services/parks/reserve-a-campsite/", summary, None)
    assert service_item(CAMPING, "Division of State Parks").agency_name == "Division of State Parks"


def test_a_topic_item_links_the_topic_page_with_what_it_covers() -> None:
    assert topic_item(minimal().topics["outdoors"]) == TopicItem("Outdoors", "topics/outdoors/", "Parks and camping.")


def test_without_javascript_the_search_box_sends_people_to_the_a_to_z_list() -> None:
    assert SearchBox() == SearchBox("services/", "search/")
