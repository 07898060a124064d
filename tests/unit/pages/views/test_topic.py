"""The topic page's view: its services from every agency, each with its agency's name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from govportal.pages.views.site import PageView
from govportal.pages.views.topic import topic_view

from tests.unit.pages.views.portal import agency, minimal, service, site, with_services


def test_a_topic_lists_its_services_by_title_with_each_agency_named() -> None:
    content = with_services(service("reserve", "Reserve a campsite"), service("fish", "Buy a fishing license", "wildlife"), service("tax", "Pay a tax", "parks", ("money",)))
    content = replace(content, agencies={**content.agencies, "wildlife": agency("Division of Wildlife")})
    view = topic_view(site(content), PageView("topic", topic=content.topics["outdoors"]))
    assert (view.title, view.description, view.topics_href) == ("Outdoors", "Parks and camping.", "topics/")
    assert [(s.title, s.href, s.agency_name) for s in view.services] == [
        ("Buy a fishing license", "services/wildlife/fish/", "Division of Wildlife"),
        ("Reserve a campsite", "services/parks/reserve/", "Division of State Parks"),
    ]


def test_a_topic_page_needs_its_topic() -> None:
    with pytest.raises(ValueError, match="without its topic"):
        topic_view(site(minimal()), PageView("topic"))
