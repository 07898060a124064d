"""The view of a topic page: the services that help with one need, from every agency."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.views.items import ServiceItem, service_item
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class TopicView:
    title: str
    description: str
    services: tuple[ServiceItem, ...]  # each with its agency's name: a topic mixes agencies
    topics_href: str


def topic_view(site: SiteView, page: PageView) -> TopicView:
    topic = page.topic
    if topic is None:
        raise ValueError("a topic page was planned without its topic")
    services = tuple(service_item(site, s, site.agency_name(s.agency_id)) for s in site.services_in(topic.id))
    return TopicView(topic.title, topic.description, services, site.localized(urls.TOPICS))
