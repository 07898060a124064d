"""Small display records shared by several page views."""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from govportal.model.portal import ServicePage, Topic
from govportal.pages import urls

if TYPE_CHECKING:  # site.py imports SearchBox from here
    from govportal.pages.views.site import SiteView


@dataclass(frozen=True)
class ServiceItem:
    """One service in a list (an agency's, a topic's, the home page's top tasks, A to Z)."""

    title: str
    href: str  # site path, e.g. services/dmv/renew-drivers-license/
    summary: str
    agency_name: str | None = None  # shown in lists that mix agencies
    language: str | None = None  # "en" when the page is only in English: lang and hreflang on the link
    only_in: str | None = None  # then "(solo en inglés)", in the list's language


def service_item(site: SiteView, page: ServicePage, agency_name: str | None = None) -> ServiceItem:
    """A service in a list of the portal's language; a service not translated links to its English page and says so."""
    if site.only_in_english(page):
        return ServiceItem(page.service.title, urls.service(page.id), page.service.summary, agency_name, "en", site.gettext("(only in English)"))
    return ServiceItem(page.service.title, site.localized(urls.service(page.id)), page.service.summary, agency_name)


@dataclass(frozen=True)
class TopicItem:
    """One topic in a list, with the sentence that says what it covers."""

    title: str
    href: str
    description: str


def topic_item(site: SiteView, topic: Topic) -> TopicItem:
    return TopicItem(topic.title, site.localized(urls.topic(topic.id)), topic.description)


@dataclass(frozen=True)
class SearchBox:
    """Where a search box sends its words: the A to Z list when JavaScript is off (so no one is
    stuck), the search page when the script is there to take them; and the search engine's script,
    which the page's script fetches with its engine while the citizen types (theme/base/search.js)."""

    action: str = urls.SERVICES
    search_page: str = urls.SEARCH
    engine: str = urls.PAGEFIND_SCRIPT
