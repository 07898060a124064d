"""The list pages' views: home, services A to Z, topics, agencies, forms A to Z."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from govportal.model.form import ControlNumber, Form, Offline
from govportal.pages.views.items import ServiceItem, TopicItem
from govportal.pages.views.lists import (
    FormCount,
    agencies_view,
    forms_view,
    home_view,
    services_view,
    topics_view,
)
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView

from tests.unit.pages.views.portal import agency, minimal, service, site, with_services

CAMPING = service("reserve-a-campsite", "Reserve a campsite")


def test_home_lists_top_tasks_in_the_portal_order_and_skips_ones_since_removed() -> None:
    pass_ = service("buy-a-pass", "Buy a park pass")
    portal = minimal().portal.model_copy(update={"top_tasks": ["buy-a-pass", "gone", "reserve-a-campsite"]})
    view = home_view(site(with_services(CAMPING, pass_, portal=portal)), PageView("home"))
    assert [item.title for item in view.top_tasks] == ["Buy a park pass", "Reserve a campsite"]
    assert view.top_tasks[0] == ServiceItem("Buy a park pass", "services/parks/buy-a-pass/", "About Buy a park pass.", None)
    assert view.topics == (TopicItem("Outdoors", "topics/outdoors/", "Parks and camping."),)


def test_topics_page_links_each_topic_by_its_id() -> None:
    assert topics_view(site(), PageView("topics")).topics == (TopicItem("Outdoors", "topics/outdoors/", "Parks and camping."),)


def test_services_a_to_z_groups_by_first_letter_whatever_its_case_and_names_each_agency() -> None:
    fish = agency("Division of Wildlife")
    content = with_services(service("buy-a-pass", "Buy a park pass"), service("apply", "apply for a permit"), service("fish", "Buy a fishing license", "wildlife"))
    view = services_view(site(replace(content, agencies={**content.agencies, "wildlife": fish})), PageView("services"))
    assert [(group.letter, group.anchor) for group in view.letters] == [("A", "letter-a"), ("B", "letter-b")]
    assert [(item.title, item.agency_name) for item in view.letters[1].services] == [
        ("Buy a fishing license", "Division of Wildlife"),
        ("Buy a park pass", "Division of State Parks"),
    ]


def test_agencies_show_their_acronym_only_when_they_have_one() -> None:
    content = replace(minimal(), agencies={"parks": agency("Division of State Parks", "DSP"), "arts": agency("Arts Council")})
    view = agencies_view(site(content), PageView("agencies"))
    assert [(a.name, a.href) for a in view.agencies] == [("Arts Council", "agencies/arts/"), ("Division of State Parks (DSP)", "agencies/parks/")]


def form(form_id: str, title: str, expires: date | None = None, number: str | None = None) -> Form:
    control = ControlNumber(number="1234-0001", expires=expires) if expires else None
    return Form(id=form_id, title=title, number=number, purpose="Ask for it.", online_url="https://parks.example.gov/f", submit_offline=Offline(mail="PO Box 1"), control_number=control, last_reviewed=date(2026, 10, 1))


def test_forms_page_counts_every_status_and_words_expired_and_expiring_control_numbers() -> None:
    late = form("late", "Late form", expires=date(2026, 11, 1), number="P-1")
    soon = form("soon", "Soon form", expires=date(2026, 12, 5))
    later = form("later", "Later form", expires=date(2028, 1, 1))
    content = replace(with_services(CAMPING), forms={CAMPING.id: [late, soon, later]})
    view = forms_view(site(content), PageView("forms"))
    assert view.heading == "All agencies: 3 forms"
    assert view.counts == (FormCount("Fully digital, with e-signature", 0), FormCount("Online, without e-signature", 3), FormCount("Download only", 0))
    assert view.expiring == ("Late form: 1234-0001, expired November 1, 2026", "Soon form: 1234-0001, expires December 5, 2026")
    [parks] = view.agencies
    assert (parks.id, parks.name) == ("parks", "Division of State Parks")
    assert parks.forms[0].name == "Late form (P-1)"
    assert parks.forms[0].used_for == (Link("services/parks/reserve-a-campsite/#form-late", "Reserve a campsite", on_site=True),)


def test_forms_page_with_no_forms_lists_no_agencies() -> None:
    view = forms_view(site(), PageView("forms"))
    assert (view.heading, view.expiring, view.agencies) == ("All agencies: 0 forms", (), ())
