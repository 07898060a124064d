"""The Live Help page: every way to reach a person, for the portal and for each agency."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.translation import Language
from govportal.pages import urls
from govportal.pages.views.contact import ContactCard, contact_cards
from govportal.pages.views.parts import words_list
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class AgencyHelp:
    """One agency's section, which the header's Live Help link opens at (``help/#dmv``)."""

    id: str  # the section's anchor
    name: str
    heading: str  # "Division of Motor Vehicles (DMV)"
    description: str
    page_href: str  # site path of the agency page
    cards: tuple[ContactCard, ...]
    more: str  # "More about the Division of Motor Vehicles", the words of the link to page_href
    language: Language | None = None  # "en": the description is not translated


@dataclass(frozen=True)
class HelpView:
    languages: str  # the portal's help languages, in a sentence
    cards: tuple[ContactCard, ...]  # help with any service
    agencies: tuple[AgencyHelp, ...]  # by name


def heading(name: str, acronym: str | None) -> str:
    """An agency's name with its acronym, as agency and help pages title it."""
    return f"{name} ({acronym})" if acronym else name


def help_view(site: SiteView, page: PageView) -> HelpView:
    portal = site.content.portal
    agencies = tuple(
        AgencyHelp(
            agency_id, agency.name, heading(agency.name, agency.acronym), agency.description, site.localized(urls.agency(agency_id)),
            contact_cards(site, agency.channels, agency.languages, agency_id), site.gettext("More about the %(agency)s", agency=agency.name),
            site.agency_text_language(agency_id),
        )
        for agency_id, agency in site.agencies()
    )
    return HelpView(words_list(portal.languages), contact_cards(site, portal.help_channels), agencies)
