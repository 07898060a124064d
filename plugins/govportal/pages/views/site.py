"""The typed context templates read: the model plus answers computed in Python, never in Jinja.

``SiteView`` is built once per build; ``PageView`` once per page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from markupsafe import Markup

from govportal import __version__
from govportal.model.agency import Agency, Channel, InPersonChannel, PhoneChannel
from govportal.model.fields import tel_uri
from govportal.model.form import Form
from govportal.model.hours import Hours
from govportal.model.portal import PortalContent, ServicePage, Topic
from govportal.model.review import DEFAULT_REVIEW
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


@dataclass(frozen=True)
class Review:
    """When a page's content was last checked and when it is due again."""

    last_reviewed: date
    due: date


class SiteView:
    """Questions templates ask about the portal, answered from the model at one moment."""

    def __init__(self, content: PortalContent, settings: PortalSettings, moment: datetime, site_url: str = "") -> None:
        self.content = content
        self.settings = settings
        self.moment = moment
        self.site_url = site_url.rstrip("/") + "/" if site_url else "/"
        self._live_help: dict[str, LiveHelp] = {}
        self.availability = Availability(content, settings.timezone, moment)

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
            return self._help(urls.help_for(page.agency_id), agency.acronym or agency.name, agency.channels, page.agency_id)
        return self._help(urls.HELP, None, self.content.portal.help_channels, None)

    def _help(self, href: str, context: str | None, channels: list[Channel], agency_id: str | None) -> LiveHelp:
        """The first phone line that is working (one marked down is not offered first)."""
        phone = next((c for c in self.availability.working_first(channels) if isinstance(c, PhoneChannel)), None)
        if phone is None:
            return LiveHelp(href, context, None, None)
        hours = self.availability
        return LiveHelp(href, context, phone.number, tel_uri(phone.number), phone.hours.in_words(hours.zone_name(phone.hours)), hours.hours_data(phone.hours, agency_id))

    def agencies(self) -> list[tuple[str, Agency]]:
        return sorted(self.content.agencies.items(), key=lambda item: item[1].name.lower())

    def services(self) -> list[ServicePage]:
        return sorted(self.content.services, key=lambda s: s.service.title.lower())

    def topics(self) -> list[Topic]:
        return list(self.content.topics.values())

    def top_tasks(self) -> list[ServicePage]:
        found = (self.content.service(slug) for slug in self.content.portal.top_tasks)
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
    search_box = SearchBox()  # the search form's addresses, the same on every page

    def review_of(self, page: PageView) -> Review | None:
        """Review dates of a service or agency page; other pages have none."""
        source = page.service.service if page.service else self.content.agencies.get(page.agency_id or "")
        if source is None:
            return None
        return Review(source.last_reviewed, (source.review_in or DEFAULT_REVIEW).after(source.last_reviewed))

    def view_of(self, planned: PlannedPage) -> PageView:
        """What a generated page is about, from its plan."""
        if planned.kind == "agency":
            return PageView("agency", agency_id=planned.key)
        if planned.kind == "topic":
            return PageView("topic", topic=self.content.topics.get(planned.key))
        service = self.content.service_by_id(planned.key) if planned.kind == "survey" else None
        if service is not None:
            return PageView("survey", agency_id=service.agency_id, service=service)
        return PageView(planned.kind)

    def forms_of(self, page: ServicePage) -> list[Form]:
        return self.content.forms_of(page)

    @staticmethod
    def host(url: str) -> str:
        return urlsplit(url).hostname or url

    def absolute(self, path: str) -> str:
        """A site path (``services/dmv/renew/``) as a full address, for data others reuse."""
        return self.site_url + path

    def json_ld(self, page: PageView) -> Markup | None:
        """schema.org data for service and agency pages, ready for <script type="application/ld+json">."""
        agency = self.content.agencies.get(page.agency_id or "")
        if agency is None or page.kind not in ("service", "agency"):
            return None
        agency_url = self.absolute(urls.agency(page.agency_id or ""))
        state = self.settings.state_name
        if page.service is not None:
            topics = [t.title for t in self.topics_of(page.service)]
            return structured_data.script_json(structured_data.government_service(page.service, agency, self.absolute(urls.service(page.service.id)), agency_url, state, topics))
        return structured_data.script_json(structured_data.agency_data(agency, agency_url, state))

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

    long_date = staticmethod(wording.long_date)
