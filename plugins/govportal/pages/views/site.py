"""The typed context templates read: the model plus answers computed in Python, never in Jinja.

``SiteView`` is built once per build; ``PageView`` once per page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from markupsafe import Markup

from govportal import __version__
from govportal.i18n import translator
from govportal.model.agency import Agency, Channel, InPersonChannel, PhoneChannel
from govportal.model.fields import tel_uri
from govportal.model.form import Form
from govportal.model.hours import Hours
from govportal.model.portal import PortalContent, ServicePage, Topic
from govportal.model.review import DEFAULT_REVIEW
from govportal.model.translation import SOURCE_LANGUAGE, Language
from govportal.config.portal import PortalSettings
from govportal.pages import security_policy, structured_data, urls, wording
from govportal.pages.availability import Availability
from govportal.pages.plan import PageKind, PlannedPage
from govportal.pages.views.items import SearchBox


@dataclass(frozen=True)
class LiveHelp:
    """Where the header's Live Help link leads from one page, and the phone to call."""

    href: str  # site path, e.g. help/#dmv
    context: str | None  # the agency the help is for, e.g. DMV; None for portal-wide help
    phone: str | None
    tel: str | None
    hours_words: str | None = None  # the phone's hours, stated; the browser adds open or closed now
    hours_data: str = ""


@dataclass(frozen=True)
class PageView:
    """What one page is about."""

    kind: PageKind
    agency_id: str | None = None
    service: ServicePage | None = None
    topic: Topic | None = None
    language: Language = SOURCE_LANGUAGE  # the SiteView of this language draws it


@dataclass(frozen=True)
class Review:
    """When a page's content was last checked and when it is due again."""

    last_reviewed: date
    due: date


class SiteView:
    """Questions templates ask about the portal, answered from the model at one moment, in the
    portal's language (``content.in_language("es")`` gives the Spanish one)."""

    def __init__(self, content: PortalContent, settings: PortalSettings, moment: datetime, site_url: str = "") -> None:
        self.content = content
        self.language: Language = content.language
        self._strings = translator(self.language)
        self.search_box = SearchBox(self.localized(urls.SERVICES), self.localized(urls.SEARCH))  # the same on every page
        self.settings = settings
        self.moment = moment
        self.site_url = site_url.rstrip("/") + "/" if site_url else "/"
        self._live_help: dict[str, LiveHelp] = {}
        self.availability = Availability(content, settings.timezone, moment)

    def gettext(self, message: str, **values: object) -> str:
        """``message`` in the portal's language, its ``%(name)s`` placeholders filled from ``values``."""
        text = self._strings.gettext(message)
        return text % values if values else text

    def localized(self, path: str) -> str:
        """A site path (``services/dmv/renew/``) in the portal's language: ``es/services/dmv/renew/``."""
        return urls.localized(path, self.language)

    @property
    def today(self) -> date:
        return self.moment.date()

    def zone_name(self, hours: Hours | None) -> str:
        return (hours.timezone if hours and hours.timezone else None) or self.settings.timezone

    def live_help(self, page: PageView) -> LiveHelp:
        """Answered once per agency per build: every page of an agency shares it."""
        key = page.agency_id or ""
        if key not in self._live_help:
            self._live_help[key] = self._live_help_for(page)
        return self._live_help[key]

    def _live_help_for(self, page: PageView) -> LiveHelp:
        agency = self.content.agencies.get(page.agency_id or "")
        if agency is not None and page.agency_id:
            return self._help(self.localized(urls.help_for(page.agency_id)), agency.acronym or agency.name, agency.channels, page.agency_id)
        return self._help(self.localized(urls.HELP), None, self.content.portal.help_channels, None)

    def _help(self, href: str, context: str | None, channels: list[Channel], agency_id: str | None) -> LiveHelp:
        """The first phone line that is working (one marked down is not offered first)."""
        phone = next((c for c in self.availability.working_first(channels) if isinstance(c, PhoneChannel)), None)
        if phone is None:
            return LiveHelp(href, context, None, None)
        hours = self.availability
        return LiveHelp(href, context, phone.number, tel_uri(phone.number), hours.week_words(phone.hours), hours.hours_data(phone.hours, agency_id))

    def agencies(self) -> list[tuple[str, Agency]]:
        return sorted(self.content.agencies.items(), key=lambda item: item[1].name.lower())

    @property
    def listed_services(self) -> list[ServicePage]:
        """Services lists show: in a translated portal, the translated ones and those only in English."""
        return self.content.services + self.content.only_in_english

    def services(self) -> list[ServicePage]:
        return sorted(self.listed_services, key=lambda s: s.service.title.lower())

    def services_of(self, agency_id: str) -> list[ServicePage]:
        return sorted((s for s in self.listed_services if s.agency_id == agency_id), key=lambda s: s.service.title)

    def services_in(self, topic_id: str) -> list[ServicePage]:
        return sorted((s for s in self.listed_services if topic_id in s.service.topics), key=lambda s: s.service.title)

    def only_in_english(self, page: ServicePage) -> bool:
        """A service a translated portal lists but has no translation of: its link leads to the English page."""
        return self.language != (page.translation.language if page.translation else SOURCE_LANGUAGE)


    def topics(self) -> list[Topic]:
        return list(self.content.topics.values())

    def top_tasks(self) -> list[ServicePage]:
        found = (next((s for s in self.listed_services if s.slug == slug), None) for slug in self.content.portal.top_tasks)
        return [s for s in found if s is not None]

    def topics_of(self, page: ServicePage) -> list[Topic]:
        return [self.content.topics[t] for t in page.service.topics if t in self.content.topics]

    def phone_hours(self, page: ServicePage) -> Hours | None:
        """Hours of a service's phone line: its own, else the agency's main phone line."""
        phone = page.service.how_to_apply.phone
        if phone is None:
            return None
        agency = self.content.agencies.get(page.agency_id)
        main = agency.main_phone if agency else None
        return phone.hours or (main.hours if main else None)

    def offices(self, agency_id: str) -> list[InPersonChannel]:
        agency = self.content.agencies.get(agency_id)
        return [c for c in agency.channels if isinstance(c, InPersonChannel)] if agency else []

    @staticmethod
    def tel(number: str) -> str:
        return tel_uri(number)

    version = __version__

    def review_of(self, page: PageView) -> Review | None:
        """Review dates of a service or agency page; other pages have none."""
        source = page.service.service if page.service else self.content.agencies.get(page.agency_id or "")
        if source is None:
            return None
        return Review(source.last_reviewed, (source.review_in or DEFAULT_REVIEW).after(source.last_reviewed))

    def view_of(self, planned: PlannedPage) -> PageView:
        """What a generated page is about, from its plan."""
        language = self.language
        if planned.kind == "agency":
            return PageView("agency", agency_id=planned.key, language=language)
        if planned.kind == "topic":
            return PageView("topic", topic=self.content.topics.get(planned.key), language=language)
        service = self.content.service_by_id(planned.key) if planned.kind in ("survey", "service") else None
        if service is not None:
            return PageView(planned.kind, agency_id=service.agency_id, service=service, language=language)
        return PageView(planned.kind, language=language)

    def forms_of(self, page: ServicePage) -> list[Form]:
        """A service's forms; on a translated page, in the translator's words where they wrote
        them (the file's size, measured on the English form, stays)."""
        forms = self.content.forms_of(page)
        if page.translation is None:
            return forms
        written = {f.id: f for f in page.service.forms if isinstance(f, Form)}
        return [written[f.id].model_copy(update={"download": f.download}) if f.id in written else f for f in forms]

    def text_language(self, translated: bool) -> Language | None:
        """``lang`` for text from the content: none where it is in the page's language, English
        where a page in another language shows the English because nobody translated it (screen
        readers then read it with English sounds, WCAG 3.1.2)."""
        return None if translated or self.language == SOURCE_LANGUAGE else SOURCE_LANGUAGE

    def agency_text_language(self, agency_id: str) -> Language | None:
        """``lang`` for an agency's own text (description, channels, standards): English on a
        page in another language when the agency has no translation."""
        return self.text_language(agency_id in self.content.translations.agencies)

    def absolute(self, path: str) -> str:
        """A site path (``services/dmv/renew/``) as a full address, for data others reuse."""
        return self.site_url + path

    def json_ld(self, page: PageView) -> Markup | None:
        """schema.org data for service and agency pages, ready for <script type="application/ld+json">."""
        agency = self.content.agencies.get(page.agency_id or "")
        if agency is None or page.kind not in ("service", "agency"):
            return None
        agency_url = self.absolute(self.localized(urls.agency(page.agency_id or "")))
        state = self.settings.state_name
        if page.service is not None:
            topics = [t.title for t in self.topics_of(page.service)]
            return structured_data.script_json(structured_data.government_service(page.service, agency, self.absolute(self.localized(urls.service(page.service.id))), agency_url, state, topics, self.language))
        return structured_data.script_json(structured_data.agency_data(agency, agency_url, state, self.language))

    def description(self, page: PageView) -> str | None:
        """One sentence about the page, for search results and link previews."""
        if page.service is not None:
            return page.service.service.summary
        agency = self.content.agencies.get(page.agency_id or "")
        if agency is not None:
            return agency.description
        return page.topic.description if page.topic is not None else None

    # Pages people search for; lists, forms and reports are reached from them.
    INDEXED: frozenset[PageKind] = frozenset({"home", "help", "agency", "topic", "service", "page"})

    def indexed(self, page: PageView) -> bool:
        return page.kind in self.INDEXED

    def search_filters(self, page: PageView) -> list[tuple[str, str]]:
        """Pagefind filters: the page's agency (by name) and topics (by title)."""
        found = [("agency", self.agency_name(page.agency_id))] if page.agency_id else []
        if page.service is not None:
            found += [("topic", topic.title) for topic in self.topics_of(page.service)]
        if page.topic is not None:
            found.append(("topic", page.topic.title))
        return found

    def content_security_policy(self, page: PageView) -> str:
        """The page's Content Security Policy; only the search page may run Pagefind's WebAssembly."""
        return security_policy.page_policy(self.settings.feedback, search=page.kind == "search")

    def feedback_action(self) -> str:
        return self.settings.feedback.url

    def accessibility_action(self) -> str:
        """Where "Report an accessibility problem" posts: beside the page feedback address."""
        return self.settings.feedback.url.rstrip("/") + "/accessibility"

    def agency_name(self, agency_id: str) -> str:
        agency = self.content.agencies.get(agency_id)
        return agency.name if agency else agency_id  # an agency since removed keeps its history

    def service_title(self, service_id: str) -> str:
        service = self.content.service_by_id(service_id)
        return service.service.title if service else service_id

    def long_date(self, day: date) -> str:
        """``November 3, 2026``, ``3 de noviembre de 2026``."""
        return wording.long_date(day, self.language)
