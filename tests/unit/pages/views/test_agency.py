"""An agency's page: its services, contacts and the service it promises."""

from __future__ import annotations

from dataclasses import replace

from govportal.model.agency import CustomerRelations, Guidelines
from govportal.pages.views.agency import AgencyView, agency_view
from govportal.pages.views.items import ServiceItem
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import minimal, service, site, with_services


def view_of(**changes: object) -> AgencyView:
    parks = minimal().agencies["parks"].model_copy(update=changes)
    return agency_view(site(replace(minimal(), agencies={"parks": parks})), PageView("agency", agency_id="parks"))


def test_agency_page_shows_its_services_and_links_to_its_live_help_section() -> None:
    view = agency_view(site(with_services(service("reserve-a-campsite", "Reserve a campsite"))), PageView("agency", agency_id="parks"))
    assert view.heading == "Division of State Parks (DSP)"
    assert view.services == (ServiceItem("Reserve a campsite", "services/parks/reserve-a-campsite/", "About Reserve a campsite.", None),)
    assert (view.contact_heading, view.languages, view.help_href) == ("Contact the DSP", "English", "help/#parks")
    assert view.website == Link("https://parks.example.gov/", "Visit the Division of State Parks website", "(leaves this portal)")
    assert view.part_of is None


def test_an_agency_without_acronym_is_named_in_full() -> None:
    view = view_of(acronym=None, parent="Department of Natural Resources")
    assert (view.heading, view.contact_heading) == ("Division of State Parks", "Contact the Division of State Parks")
    assert view.part_of == "Part of: Department of Natural Resources."


def test_guidelines_may_be_a_link_a_text_or_both() -> None:
    linked = view_of()
    assert linked.has_guidelines and linked.guidelines_text is None
    assert linked.guidelines == Link("https://parks.example.gov/service", "Read our customer service guidelines", "(leaves this portal)")
    written = view_of(guidelines=Guidelines(text="We treat everyone fairly."))
    assert written.has_guidelines and (written.guidelines, written.guidelines_text) == (None, "We treat everyone fairly.")
    assert not view_of(guidelines=None).has_guidelines


def test_customer_relations_contact_by_the_ways_given() -> None:
    relations = view_of(customer_relations=CustomerRelations(name="Pat Lee", phone="801-555-0111")).customer_relations
    assert relations.intro == "If we did not meet these standards, contact Pat Lee:"
    assert relations.phone == Link("tel:+1-801-555-0111", "(801) 555-0111") and relations.email is None
    assert view_of().customer_relations.email == Link("mailto:parks.manager@example.gov", "parks.manager@example.gov")
