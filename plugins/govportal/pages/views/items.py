"""Small display records shared by several page views."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.portal import ServicePage, Topic
from govportal.pages import urls


@dataclass(frozen=True)
class ServiceItem:
    """One service in a list (an agency's, a topic's, the home page's top tasks, A to Z)."""

    title: str
    href: str  # site path, e.g. services/dmv/renew-drivers-license/
    summary: str
    agency_name: str | None = None  # shown in lists that mix agencies


def service_item(page: ServicePage, agency_name: str | None = None) -> ServiceItem:
    return ServiceItem(page.service.title, urls.service(page.id), page.service.summary, agency_name)


@dataclass(frozen=True)
class TopicItem:
    """One topic in a list, with the sentence that says what it covers."""

    title: str
    href: str
    description: str


def topic_item(topic: Topic) -> TopicItem:
    return TopicItem(topic.title, urls.topic(topic.id), topic.description)


@dataclass(frozen=True)
class SearchBox:
    """Where a search box sends its words: the A to Z list when JavaScript is off (so no one is
    stuck), the search page when the script is there to take them."""

    action: str = urls.SERVICES
    search_page: str = urls.SEARCH
