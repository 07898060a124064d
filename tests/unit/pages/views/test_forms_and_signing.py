""""Forms and signing": link words that name the form, downloads, ways without internet, the control number."""

from __future__ import annotations

from datetime import date

from govportal.model.form import ControlNumber, Download, ESignature, Form, Offline
from govportal.pages.views.forms_and_signing import OfflineWay, form_view, host
from govportal.pages.views.parts import Link
from tests.unit.pages.views.portal import site

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


def test_a_form_without_number_or_online_way() -> None:
    paper = form_view(site(), FORM.model_copy(update={"number": None, "online_url": None, "time_to_complete": "about 15 minutes"}))
    assert (paper.heading, paper.online, paper.online_host) == ("Camping request", None, None)
    assert paper.facts.startswith("Fee: Free. Takes about 15 minutes. ")


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
    everywhere = Offline(in_person="1 Park Way", phone="801-555-0100")
    assert form_view(site(), FORM.model_copy(update={"submit_offline": everywhere})).offline == (
        OfflineWay("Bring it in person: 1 Park Way"),
        OfflineWay("Fill it out over the phone with our staff: call ", Link("tel:+1-801-555-0100", "(801) 555-0100")),
    )


def test_host_names_the_website_and_keeps_what_is_not_an_address() -> None:
    assert host("https://forms.example.gov:8443/a?b") == "forms.example.gov"
    assert host("forms") == "forms"
