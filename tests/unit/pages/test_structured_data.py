"""schema.org JSON-LD: real types and properties, hours a machine reads, and a script body nothing can end."""

from __future__ import annotations

import json

from govportal.model.agency import ChatChannel, TtyChannel
from govportal.model.hours import Hours
from govportal.model.service import HowToApply, InPersonOption, MailOption
from govportal.pages.structured_data import agency_data, dated_hours, government_service, opening_hours, organization, script_json, service_channels
from tests.unit.pages.views.portal import minimal, service

PARKS = minimal().agencies["parks"]
URL = "https://portal.example.gov/agencies/parks/"


def test_weekly_hours_one_specification_per_day_and_span() -> None:
    hours = Hours(monday="8:00-12:00, 13:00-17:00", friday="22:00-2:00")  # type: ignore[arg-type]  # parsed by the model
    assert [(spec["dayOfWeek"].rsplit("/", 1)[1], spec["opens"], spec["closes"]) for spec in opening_hours(hours)] == [
        ("Monday", "08:00", "12:00"), ("Monday", "13:00", "17:00"), ("Friday", "22:00", "02:00"),
    ]
    [always] = opening_hours(Hours(open_24_7=True))
    assert (len(always["dayOfWeek"]), always["opens"], always["closes"]) == (7, "00:00", "23:59")
    assert opening_hours(None) == []


def test_closures_open_and_close_at_midnight_and_come_by_date() -> None:
    found = dated_hours(["2026-12-25"], {"2026-12-24": [(480, 720)], "2026-12-31": [(600, 1440)]})
    assert [(s["validFrom"], s["opens"], s["closes"]) for s in found] == [("2026-12-24", "08:00", "12:00"), ("2026-12-25", "00:00", "00:00"), ("2026-12-31", "10:00", "23:59")]
    assert all(s["validFrom"] == s["validThrough"] for s in found)


def test_an_organization_has_a_contact_point_per_channel() -> None:
    tty = TtyChannel(type="tty", number="711", hours=Hours(open_24_7=True))
    chat = ChatChannel(type="chat", url="https://chat.example.gov/", languages=["Spanish"], hours=Hours(open_24_7=True))
    data = organization(PARKS.model_copy(update={"channels": [*PARKS.channels, tty, chat]}), URL)
    assert (data["@type"], data["alternateName"], data["sameAs"], data["url"]) == ("GovernmentOrganization", "DSP", "https://parks.example.gov/", URL)
    phone, email, relay, live = data["contactPoint"]
    assert (phone["telephone"], phone["availableLanguage"], len(phone["hoursAvailable"])) == ("(801) 555-0180", ["English"], 5)
    assert email == {"@type": "ContactPoint", "contactType": "customer service", "availableLanguage": ["English"], "email": "parks@example.gov"}
    assert (relay["telephone"], relay["contactOption"]) == ("711", "https://schema.org/HearingImpairedSupported")
    assert (live["url"], live["availableLanguage"]) == ("https://chat.example.gov/", ["Spanish"])
    assert "alternateName" not in organization(PARKS.model_copy(update={"acronym": None}), URL)


def test_a_service_names_its_channels_provider_audience_and_area() -> None:
    page = service("reserve-a-campsite", "Reserve a campsite", "parks", ("outdoors",), how_to_apply=HowToApply(
        mail=MailOption(address="PO Box 1"), in_person=InPersonOption(address="1 Park Way"),
    ))
    data = government_service(page, PARKS, "https://portal.example.gov/services/parks/reserve-a-campsite/", URL, "Utah", ["Outdoors"], "en")
    assert (data["@type"], data["serviceType"], data["audience"]["audienceType"], data["areaServed"]["name"]) == ("GovernmentService", "Outdoors", "Anyone 18 or older.", "Utah")
    assert data["provider"]["name"] == "Division of State Parks"
    assert data["availableChannel"] == [
        {"@type": "ServiceChannel", "name": "Mail", "servicePostalAddress": {"@type": "PostalAddress", "streetAddress": "PO Box 1", "addressRegion": "Utah"}},
        {"@type": "ServiceChannel", "name": "In person", "availableLanguage": ["English"], "serviceLocation": {"@type": "Place", "address": "1 Park Way"}},
    ]
    assert government_service(page, PARKS, "", URL, "Utah", [], "en")["serviceType"] == "Reserve a campsite"


def test_the_fixture_service_is_online_then_by_phone() -> None:
    assert [(c["name"], c.get("serviceUrl")) for c in service_channels(minimal().services[0], PARKS, "Utah")] == [("Online", "https://parks.example.gov/reserve"), ("Phone", None)]


def test_agency_data_is_a_document_of_its_own() -> None:
    data = agency_data(PARKS, URL, "Utah", "en")
    assert (data["@context"], data["@type"], data["areaServed"]) == ("https://schema.org", "GovernmentOrganization", {"@type": "AdministrativeArea", "name": "Utah"})


def test_the_page_says_its_language_where_schema_org_allows_it() -> None:
    spanish = "https://portal.example.gov/es/services/parks/reserve-a-campsite/"
    service_page = government_service(minimal().services[0], PARKS, spanish, URL, "Utah", [], "es")["mainEntityOfPage"]
    assert service_page == {"@type": "WebPage", "url": spanish, "inLanguage": "es"}
    assert agency_data(PARKS, URL, "Utah", "en")["mainEntityOfPage"] == {"@type": "WebPage", "url": URL, "inLanguage": "en"}


def test_no_editor_text_can_end_the_script_element_and_the_json_reads_the_same() -> None:
    data = {"name": "Parks </script><!-- & more"}
    text = str(script_json(data))
    assert "<" not in text and ">" not in text and "&" not in text
    assert text == '{"name":"Parks \\u003c/script\\u003e\\u003c!-- \\u0026 more"}'
    assert json.loads(text) == data
