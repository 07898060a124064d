"""The pages govportal adds to every portal, beside the editors' own Markdown pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from govportal.i18n import translator
from govportal.model.portal import PortalContent
from govportal.model.translation import SOURCE_LANGUAGE, Language
from govportal.pages import urls

PageKind = Literal["home", "help", "agencies", "agency", "topics", "topic", "services", "service", "survey", "performance", "forms", "search", "status", "accessibility", "page"]

# Pages only the English portal has: the Spanish one links to them (see S2a2's switcher).
ENGLISH_ONLY: frozenset[PageKind] = frozenset({"forms", "status", "performance", "accessibility"})


@dataclass(frozen=True)
class PlannedPage:
    """A page to generate: where it lives, its title, the template that draws it, what it is
    about, and the language it is written in."""

    src_uri: str
    title: str
    kind: PageKind
    key: str = ""  # the agency, topic or service id the page is about
    language: Language = SOURCE_LANGUAGE

    @property
    def template(self) -> str:
        return f"govportal/{self.kind}.html"

    def source(self) -> str:
        """Markdown with only front matter: the template draws the page from the model."""
        return f"---\ntitle: {json.dumps(self.title, ensure_ascii=False)}\n---\n"  # a JSON string is YAML: any title, quotes kept


def plan_pages(content: PortalContent, has_home: bool, languages: tuple[Language, ...] = (SOURCE_LANGUAGE,)) -> list[PlannedPage]:
    """Every generated page: the English ones (the home page only when editors did not write
    ``index.md``), then each other language's, from ``content`` (the English portal) in that language."""
    pages = _pages_in(content, SOURCE_LANGUAGE, has_home)
    for language in languages:
        if language != SOURCE_LANGUAGE:
            pages += _pages_in(content.in_language(language), language, has_home=False)
    return pages


def _pages_in(content: PortalContent, language: Language, has_home: bool) -> list[PlannedPage]:
    """One language's pages. Editors write the English home page; other languages get ours, and
    their services, since a translation is a page of its own (``es/services/dmv/renew/index.md``)."""
    _ = translator(language).gettext

    def page(path: str, title: str, kind: PageKind, key: str = "") -> PlannedPage:
        return PlannedPage(urls.source_of(urls.localized(path, language)), title, kind, key, language)

    lists = [
        page(urls.HELP, _("Live Help: contact us"), "help"),
        page(urls.AGENCIES, _("Agencies A to Z"), "agencies"),
        page(urls.SERVICES, _("All services A to Z"), "services"),
        page(urls.TOPICS, _("Topics"), "topics"),
        page(urls.FORMS, _("Forms A to Z"), "forms"),
        page(urls.SEARCH, _("Search"), "search"),
        page(urls.STATUS, _("Service status"), "status"),
        page(urls.PERFORMANCE, _("How we are doing: customer service performance"), "performance"),
    ]
    pages = [p for p in lists if language == SOURCE_LANGUAGE or p.kind not in ENGLISH_ONLY]
    if not has_home:
        pages.insert(0, page(urls.HOME, _("Home"), "home"))
    pages += [page(urls.agency(agency_id), agency.name, "agency", agency_id) for agency_id, agency in content.agencies.items()]
    pages += [page(urls.topic(topic_id), topic.title, "topic", topic_id) for topic_id, topic in content.topics.items()]
    if language != SOURCE_LANGUAGE:
        pages += [page(urls.service(s.id), s.service.title, "service", s.id) for s in content.services]
    pages += [page(urls.survey(s.id), _("Tell us about: %(title)s") % {"title": s.service.title}, "survey", s.id) for s in content.services]
    return pages
