"""An agency's page: what it does, its services, how to reach it, the service it promises."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.i18n import N_
from govportal.model.translation import Language
from govportal.pages import urls
from govportal.pages.views.contact import ContactCard, contact_cards
from govportal.pages.views.help import heading
from govportal.pages.views.items import ServiceItem, service_item
from govportal.pages.views.parts import Link, email_link, phone_link, words_list
from govportal.pages.views.site import PageView, SiteView

# Said after a link that takes people to another website.
LEAVES = N_("(leaves this portal)")


@dataclass(frozen=True)
class CustomerRelations:
    """Whom to contact when the agency did not meet its standards."""

    intro: str  # "If we did not meet these standards, contact Jane Doe, Customer Relations:"
    phone: Link | None
    email: Link | None


@dataclass(frozen=True)
class AgencyView:
    heading: str  # "Division of Motor Vehicles (DMV)"
    description: str
    part_of: str | None  # "Part of: Department of Revenue."
    website: Link
    services: tuple[ServiceItem, ...]
    contact_heading: str  # "Contact the DMV"
    languages: str
    help_href: str  # site path of the agency's section of Live Help
    cards: tuple[ContactCard, ...]
    standards: tuple[str, ...]
    guidelines_text: str | None
    guidelines: Link | None  # the published guidelines, elsewhere
    has_guidelines: bool
    customer_relations: CustomerRelations
    language: Language | None = None  # "en": the agency's own words (description, standards) are not translated


def agency_view(site: SiteView, page: PageView) -> AgencyView:
    agency_id = page.agency_id or ""
    agency = site.content.agencies[agency_id]
    guidelines, relations = agency.guidelines, agency.customer_relations
    _ = site.gettext
    return AgencyView(
        heading=heading(agency.name, agency.acronym),
        description=agency.description,
        part_of=_("Part of: %(parent)s.", parent=agency.parent) if agency.parent else None,
        website=Link(agency.website, _("Visit the %(agency)s website", agency=agency.name), _(LEAVES)),
        services=tuple(service_item(site, s) for s in site.services_of(agency_id)),
        contact_heading=_("Contact the %(agency)s", agency=agency.acronym or agency.name),
        languages=words_list(agency.languages),
        help_href=site.localized(urls.help_for(agency_id)),
        cards=contact_cards(site, agency.channels, agency.languages, agency_id),
        standards=tuple(agency.standards),
        guidelines_text=guidelines.text if guidelines else None,
        guidelines=Link(guidelines.url, _("Read our customer service guidelines"), _(LEAVES)) if guidelines and guidelines.url else None,
        has_guidelines=guidelines is not None,
        customer_relations=CustomerRelations(
            _("If we did not meet these standards, contact %(name)s:", name=relations.name),
            phone_link(relations.phone) if relations.phone else None,
            email_link(relations.email) if relations.email else None,
        ),
        language=site.agency_text_language(agency_id),
    )
