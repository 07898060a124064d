""""How to apply": online first while it works, the ways without internet, and where to go in person."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from govportal.model.agency import InPersonChannel
from govportal.model.portal import PortalContent, ServicePage
from govportal.model.service import HowToApply as Ways
from govportal.model.service import InPersonOption, MailOption
from govportal.model.status import ServiceStatus
from govportal.pages.views.how_to_apply import ByMail, HowToApply, how_to_apply
from govportal.pages.views.parts import Link
from tests.unit.pages.views.portal import minimal, site, with_services

CAMPING = minimal().services[0]
WAYS = CAMPING.service.how_to_apply


def ways_of(page: ServicePage, content: PortalContent | None = None) -> HowToApply:
    return how_to_apply(site(content or with_services(page)), page)


def camping(**changes: object) -> ServicePage:
    """The fixture's service with its description changed."""
    return replace(CAMPING, service=CAMPING.service.model_copy(update=changes))


def test_online_comes_first_while_it_works() -> None:
    ways = ways_of(CAMPING)
    assert ways.status is None and ways.online_last is None and ways.mail is None and ways.in_person is None
    assert ways.online_first is not None and ways.online_first.link == Link("https://parks.example.gov/reserve", "Apply online", "(leaves this portal)")
    assert ways.online_first.working and ways.online_first.back is None


def test_phone_hours_fall_back_to_the_agency_main_line() -> None:
    phone = ways_of(CAMPING).phone
    assert phone is not None and phone.call == Link("tel:+1-801-555-0180", "(801) 555-0180") and phone.notes is None
    assert phone.hours is not None and phone.hours.rows[0] == ("Monday to Friday", "8 a.m. to 5 p.m.")


def test_a_service_down_points_to_the_ways_that_work_and_moves_online_last() -> None:
    down = ServiceStatus(state="down", message="Reservations are down.", until=datetime(2026, 12, 1, 9, 0))
    ways = ways_of(camping(status=down, how_to_apply=WAYS.model_copy(update={"mail": MailOption(address="PO Box 1", notes="Send a check.")})))
    assert ways.status is not None and ways.status.heading == "Not working: Reserve a campsite"
    assert ways.status.ways_now == (Link("#apply-phone", "By phone"), Link("#apply-mail", "By mail"))
    assert ways.status.notice.ends == "2026-12-01T09:00:00-07:00"
    assert ways.online_first is None and ways.online_last is not None
    assert not ways.online_last.working and ways.online_last.back == "We expect it back December 1, 2026."
    assert ways.online_last.link.hidden == "(leaves this portal; not working right now)"
    assert ways.mail == ByMail("PO Box 1", "Send a check.")


def test_a_slow_service_keeps_online_first() -> None:
    slow = ServiceStatus(state="degraded", message="Reservations are slow.")
    ways = ways_of(camping(status=slow))
    assert ways.status is not None and ways.online_first is not None and ways.online_last is None


def test_in_person_without_an_address_lists_the_agency_offices() -> None:
    how = WAYS.model_copy(update={"in_person": InPersonOption(appointment_url="https://book.example.gov/"), "mail": MailOption(address="PO Box 1")})
    parks = minimal().agencies["parks"]
    office = InPersonChannel(type="in_person", address="1 Main St", hours=parks.channels[0].hours)  # type: ignore[arg-type]
    page = camping(how_to_apply=how)
    content = replace(with_services(page), agencies={"parks": parks.model_copy(update={"channels": [*parks.channels, office]})})
    in_person = ways_of(page, content).in_person
    assert in_person is not None and [(o.label, o.address) for o in in_person.offices] == [("Office", "1 Main St")]
    assert in_person.appointment == Link("https://book.example.gov/", "Make an appointment", "to reserve a campsite in person")
    own_address = ways_of(camping(how_to_apply=Ways(in_person=InPersonOption(address="2 Park Rd")))).in_person
    assert own_address is not None and own_address.offices == () and own_address.appointment is None
