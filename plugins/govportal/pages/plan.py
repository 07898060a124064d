"""The pages govportal adds to every portal, beside the editors' own Markdown pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from govportal.model.portal import PortalContent
from govportal.pages import urls

PageKind = Literal["home", "help", "agencies", "agency", "topics", "topic", "services", "service", "survey", "performance", "forms", "search", "status", "accessibility", "page"]


@dataclass(frozen=True)
class PlannedPage:
    """A page to generate: where it lives, its title, the template that draws it, and what it is about."""

    src_uri: str
    title: str
    kind: PageKind
    key: str = ""  # the agency, topic or service id the page is about

    @property
    def template(self) -> str:
        return f"govportal/{self.kind}.html"

    def source(self) -> str:
        """Markdown with only front matter: the template draws the page from the model."""
        return f"---\ntitle: {json.dumps(self.title, ensure_ascii=False)}\n---\n"  # a JSON string is YAML: any title, quotes kept


def plan_pages(content: PortalContent, has_home: bool) -> list[PlannedPage]:
    """Every generated page; the home page only when editors did not write ``index.md``."""
    pages = [
        PlannedPage(urls.source_of(urls.HELP), "Live Help: contact us", "help"),
        PlannedPage(urls.source_of(urls.AGENCIES), "Agencies A to Z", "agencies"),
        PlannedPage(urls.source_of(urls.SERVICES), "All services A to Z", "services"),
        PlannedPage(urls.source_of(urls.TOPICS), "Topics", "topics"),
        PlannedPage(urls.source_of(urls.FORMS), "Forms A to Z", "forms"),
        PlannedPage(urls.source_of(urls.SEARCH), "Search", "search"),
        PlannedPage(urls.source_of(urls.STATUS), "Service status", "status"),
        PlannedPage(urls.source_of(urls.PERFORMANCE), "How we are doing: customer service performance", "performance"),
    ]
    if not has_home:
        pages.insert(0, PlannedPage(urls.source_of(urls.HOME), "Home", "home"))
    pages += [PlannedPage(urls.source_of(urls.agency(agency_id)), agency.name, "agency", agency_id) for agency_id, agency in content.agencies.items()]
    pages += [PlannedPage(urls.source_of(urls.topic(topic_id)), topic.title, "topic", topic_id) for topic_id, topic in content.topics.items()]
    pages += [PlannedPage(urls.source_of(urls.survey(s.id)), f"Tell us about: {s.service.title}", "survey", s.id) for s in content.services]
    return pages
