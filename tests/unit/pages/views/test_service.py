"""A service page: how to apply in the right order, forms and signing, whom to ask."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from govportal.model.agency import InPersonChannel
from govportal.model.form import ControlNumber, Download, ESignature, Form, Offline
from govportal.model.portal import PortalContent, ServicePage
from govportal.model.service import HowToApply, InPersonOption, MailOption
from govportal.model.status import ServiceStatus
from govportal.pages.views.forms_and_signing import OfflineWay, form_view
from govportal.pages.views.parts import Link
from govportal.pages.views.service import ServiceView, service_view
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import minimal, site, with_services

CAMPING = minimal().services[0]
WAYS = CAMPING.service.how_to_apply


def view_of(page: ServicePage, content: PortalContent | None = None) -> ServiceView:
    return service_view(site(content or with_services(page)), PageView("service", agency_id=page.agency_id, service=page))


def camping(**changes: object) -> ServicePage:
    """The fixture's service with its description changed."""
    return replace(CAMPING, service=CAMPING.service.model_copy(update=changes))


def test_facts_link_the_agency_and_the_survey() -> None:
    view = view_of(CAMPING)
    assert (view.title, view.cost, view.who_can_use) == ("Reserve a campsite", "$25 a night", ("Anyone 18 or older.",))
    assert view.agency == Link("agencies/parks/", "Division of State Parks", on_site=True)
    assert view.survey == Link("services/parks/reserve-a-campsite/survey/", "Tell us how it went with Reserve a campsite (about 2 minutes)", on_site=True)
    assert view.forms is None


def test_online_comes_first_while_it_works() -> None:
    ways = view_of(CAMPING).how_to_apply
    assert ways.status is None and ways.online_last is None
    assert ways.online_first is not None and ways.online_first.link == Link("https://parks.example.gov/reserve", "Apply online", "(leaves this portal)")


def test_phone_hours_fall_back_to_the_agency_main_line() -> None:
    phone = view_of(CAMPING).how_to_apply.phone
    assert phone is not None and phone.call == Link("tel:+1-801-555-0180", "(801) 555-0180")
    assert phone.hours is not None and phone.hours.rows[0] == ("Monday to Friday", "8 a.m. to 5 p.m.")


def test_a_service_down_points_to_the_ways_that_work_and_moves_online_last() -> None:
    down = ServiceStatus(state="down", message="Reservations are down.", until=datetime(2026, 12, 1, 9, 0))
    ways = view_of(camping(status=down)).how_to_apply
    assert ways.status is not None and ways.status.heading == "Not working: Reserve a campsite"
    assert ways.status.ways_now == (Link("#apply-phone", "By phone"),)
    assert ways.online_first is None and ways.online_last is not None
    assert not ways.online_last.working and ways.online_last.back == "We expect it back December 1, 2026."
    assert ways.online_last.link.hidden == "(leaves this portal; not working right now)"


def test_a_slow_service_keeps_online_first() -> None:
    slow = ServiceStatus(state="degraded", message="Reservations are slow.")
    ways = view_of(camping(status=slow)).how_to_apply
    assert ways.status is not None and ways.online_first is not None and ways.online_last is None


def test_in_person_without_an_address_lists_the_agency_offices() -> None:
    how = WAYS.model_copy(update={"in_person": InPersonOption(appointment_url="https://book.example.gov/"), "mail": MailOption(address="PO Box 1")})
    parks = minimal().agencies["parks"]
    office = InPersonChannel(type="in_person", address="1 Main St", hours=parks.channels[0].hours)  # type: ignore[arg-type]
    page = camping(how_to_apply=how)
    content = replace(with_services(page), agencies={"parks": parks.model_copy(update={"channels": [*parks.channels, office]})})
    in_person = view_of(page, content).how_to_apply.in_person
    assert in_person is not None and [(o.label, o.address) for o in in_person.offices] == [("Office", "1 Main St")]
    assert in_person.appointment == Link("https://book.example.gov/", "Make an appointment", "to reserve a campsite in person")
    own_address = view_of(camping(how_to_apply=HowToApply(in_person=InPersonOption(address="2 Park Rd")))).how_to_apply.in_person
    assert own_address is not None and own_address.offices == ()


def test_service_contact_offers_the_agency_phone_with_hours_in_words_and_its_email() -> None:
    contact = view_of(CAMPING).contact
    assert contact.agency_short == "DSP"
    assert contact.phone_hours == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays"
    assert contact.email == Link("mailto:parks@example.gov", "parks@example.gov")
    assert contact.help == Link("help/#parks", "All ways to get help from the Division of State Parks", on_site=True)


FORM = Form(
    id="cr-1",
    title="Camping request",
    number="CR-1",
    purpose="Ask for a group campsite.",
    online_url="https://forms.example.gov/cr-1",
    download=Download(url="https://parks.example.gov/cr-1.pdf"),
    submit_offline=Offline(mail="PO Box 1", fax="801-555-0122"),
    last_reviewed=date(2026, 10, 1),
)


def test_a_form_says_sign_only_when_it_can_be_signed_online() -> None:
    plain = form_view(site(), FORM)
    assert plain.heading == "Camping request (CR-1)" and plain.online_host == "forms.example.gov"
    assert plain.online == Link("https://forms.example.gov/cr-1", "Fill out Camping request online") and plain.signing is None
    assert plain.facts == "Fee: Free. Online, without e-signature."
    signed = form_view(site(), FORM.model_copy(update={"e_signature": ESignature(url="https://sign.example.gov/", method="sign with a digital ID")}))
    assert signed.online is not None and signed.online.text == "Fill out and sign Camping request online"
    assert signed.signing == Link("https://sign.example.gov/", "Sign with a digital id: Camping request", "(leaves this portal)")


def test_a_download_elsewhere_leaves_the_portal_and_an_untagged_pdf_offers_another_format() -> None:
    download = form_view(site(), FORM).download
    assert download is not None and (download.on_site, download.hidden, download.format) == (False, "(leaves this portal)", "PDF")
    assert download.pdf_works_with_screen_readers is False
    on_site = form_view(site(), FORM.model_copy(update={"download": Download(file="forms/cr-1.docx", size_kb=20)})).download
    assert on_site is not None and (on_site.on_site, on_site.hidden, on_site.pdf_works_with_screen_readers) == (True, None, None)


def test_ways_without_internet_and_the_control_number() -> None:
    form = form_view(site(), FORM.model_copy(update={"control_number": ControlNumber(number="OMB-1", expires=date(2027, 1, 31), issued_by="Budget Office")}))
    assert form.offline == (OfflineWay("Mail it to PO Box 1"), OfflineWay("Fax it to ", Link("tel:+1-801-555-0122", "(801) 555-0122")))
    assert form.control_number == "Control number OMB-1 from the Budget Office, valid until January 31, 2027."
