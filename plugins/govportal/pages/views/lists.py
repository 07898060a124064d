"""Views of the pages that list what the portal has: home, services A to Z, topics, agencies, forms A to Z."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from govportal.model.form import STATUS_NAMES
from govportal.model.translation import Language
from govportal.pages import inventory, urls
from govportal.pages.inventory import ListedForm
from govportal.pages.views.items import ServiceItem, TopicItem, service_item, topic_item
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView, SiteView
from govportal.pages.wording import long_date


@dataclass(frozen=True)
class HomeView:
    top_tasks: tuple[ServiceItem, ...]
    topics: tuple[TopicItem, ...]
    services_href: str
    agencies_href: str


def home_view(site: SiteView, page: PageView) -> HomeView:
    return HomeView(tuple(service_item(site, s) for s in site.top_tasks()), topics(site), site.localized(urls.SERVICES), site.localized(urls.AGENCIES))


def topics(site: SiteView) -> tuple[TopicItem, ...]:
    return tuple(topic_item(site, t) for t in site.topics())


@dataclass(frozen=True)
class TopicsView:
    topics: tuple[TopicItem, ...]


def topics_view(site: SiteView, page: PageView) -> TopicsView:
    return TopicsView(topics(site))


@dataclass(frozen=True)
class Letter:
    """One letter of the A to Z list, with the services whose title starts with it."""

    letter: str
    anchor: str  # letter-a: where the letter links jump to
    services: tuple[ServiceItem, ...]


@dataclass(frozen=True)
class ServicesView:
    letters: tuple[Letter, ...]
    topics_href: str


def services_view(site: SiteView, page: PageView) -> ServicesView:
    """Every service by title; each shows its agency's name, as the list mixes agencies."""
    items = [service_item(site, s, site.agency_name(s.agency_id)) for s in site.services()]
    by_letter = groupby(items, key=lambda item: item.title[0].upper())
    return ServicesView(tuple(Letter(letter, f"letter-{letter.lower()}", tuple(group)) for letter, group in by_letter), site.localized(urls.TOPICS))


@dataclass(frozen=True)
class AgencyItem:
    name: str  # with its acronym: Department of Motor Vehicles (DMV)
    href: str
    description: str
    language: Language | None = None  # "en": the description is not translated


@dataclass(frozen=True)
class AgenciesView:
    agencies: tuple[AgencyItem, ...]
    services_href: str
    topics_href: str


def agencies_view(site: SiteView, page: PageView) -> AgenciesView:
    agencies = tuple(
        AgencyItem(f"{agency.name} ({agency.acronym})" if agency.acronym else agency.name, site.localized(urls.agency(agency_id)), agency.description, site.agency_text_language(agency_id))
        for agency_id, agency in site.agencies()
    )
    return AgenciesView(agencies, site.localized(urls.SERVICES), site.localized(urls.TOPICS))


@dataclass(frozen=True)
class FormCount:
    status: str  # Fully digital, with e-signature
    count: int


@dataclass(frozen=True)
class FormEntry:
    """A form as the list shows it: its name and number, how digital it is, and where it is used."""

    name: str  # Application for a Title (MV-1)
    status: str
    used_for: tuple[Link, ...]


@dataclass(frozen=True)
class AgencyForms:
    id: str  # the heading's anchor, so a link can jump to an agency's forms
    name: str
    counts: tuple[FormCount, ...]
    forms: tuple[FormEntry, ...]


@dataclass(frozen=True)
class FormsView:
    heading: str  # All agencies: 12 forms
    counts: tuple[FormCount, ...]
    expiring: tuple[str, ...]  # Application for a Title: 2127-0001, expires January 31, 2027
    agencies: tuple[AgencyForms, ...]
    csv_href: str = urls.FORMS_CSV
    json_href: str = urls.FORMS_JSON


def forms_view(site: SiteView, page: PageView) -> FormsView:
    every = inventory.entries(site.content)
    soon = inventory.expiring(every, site.today, site.settings.forms.expiry_warning_days)
    return FormsView(
        f"All agencies: {len(every)} forms",
        form_counts(every),
        tuple(expiry_line(entry, site.today) for entry in soon),
        tuple(AgencyForms(agency_id, site.agency_name(agency_id), form_counts(forms), tuple(form_entry(e) for e in forms)) for agency_id, forms in inventory.by_agency(site.content)),
    )


def form_counts(forms: list[ListedForm]) -> tuple[FormCount, ...]:
    """How many forms are at each status, every status named even at 0."""
    return tuple(FormCount(STATUS_NAMES[status], count) for status, count in inventory.status_counts(forms).items())


def form_entry(entry: ListedForm) -> FormEntry:
    form = entry.form
    name = f"{form.title} ({form.number})" if form.number else form.title
    used_for = tuple(Link(urls.form_on_service(s.id, form.id), s.service.title, on_site=True) for s in entry.services)
    return FormEntry(name, form.status_name, used_for)


def expiry_line(entry: ListedForm, today: date) -> str:
    """A control number that expires soon, or has expired: agencies must renew it with OMB."""
    control = entry.form.control_number
    if control is None:
        raise ValueError(f"{entry.form.id} has no control number to expire")
    when = "expired" if control.expires < today else "expires"
    return f"{entry.form.title}: {control.number}, {when} {long_date(control.expires)}"
