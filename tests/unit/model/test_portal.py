"""The validated whole: where each service lives and how pages find services and forms."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from govportal.model.form import Form
from govportal.model.portal import Portal, PortalContent, ServicePage
from govportal.model.service import Service

TODAY = date(2026, 11, 23)
PHONE = {"type": "phone", "number": "1-800-555-0100", "hours": {"open_24_7": True}}
PORTAL = Portal.model_validate({"help_channels": [PHONE], "languages": ["English"]})


def page(agency: str, slug: str, title: str, topics: list[str]) -> ServicePage:
    service = Service.model_validate(
        {
            "title": title, "summary": "Do it.", "agency": agency, "topics": topics, "who_can_use": "Anyone.",
            "what_you_need": "Nothing.", "cost": "Free", "time_to_complete": "5 minutes.",
            "how_to_apply": {"phone": {"number": "801-555-0180"}}, "last_reviewed": "2026-10-01",
        },
        context={"today": TODAY},
    )
    return ServicePage(slug, agency, f"services/{agency}/{slug}.md", service, "")


def form(form_id: str, title: str) -> Form:
    data: dict[str, Any] = {"id": form_id, "title": title, "purpose": "Apply.", "download": {"file": f"forms/{form_id}.pdf"}, "submit_offline": {"mail": "PO Box 1"}, "last_reviewed": "2026-10-01"}
    return Form.model_validate(data, context={"today": TODAY})


RENEW = page("dmv", "renew-license", "Renew a license", ["driving"])
CAMP = page("parks", "reserve-a-campsite", "Reserve a campsite", ["outdoors"])
PERMIT = page("dmv", "learner-permit", "Get a learner permit", ["driving", "teens"])
CONTENT = PortalContent(
    PORTAL, {}, {}, [RENEW, CAMP, PERMIT],
    forms={RENEW.id: [form("dl-12", "Driver license application")], PERMIT.id: [form("dl-12", "Driver license application"), form("dl-1", "application for a permit")]},
)


def test_a_service_is_named_by_its_path() -> None:
    assert RENEW.id == "dmv/renew-license"  # its addresses come from govportal.pages.urls


def test_services_of_an_agency_and_a_topic_are_listed_by_title() -> None:
    assert CONTENT.services_of("dmv") == [PERMIT, RENEW]
    assert CONTENT.services_in("driving") == [PERMIT, RENEW]
    assert CONTENT.services_in("teens") == [PERMIT]
    assert CONTENT.services_of("tax") == []


def test_services_are_found_by_slug_and_by_id() -> None:
    assert CONTENT.service("reserve-a-campsite") is CAMP
    assert CONTENT.service_by_id("parks/reserve-a-campsite") is CAMP
    assert CONTENT.service_by_id("dmv/reserve-a-campsite") is None


def test_the_first_of_two_services_with_one_id_wins() -> None:
    twin = page("dmv", "renew-license", "Renew a license again", ["driving"])
    assert PortalContent(PORTAL, {}, {}, [RENEW, twin]).service_by_id(RENEW.id) is RENEW


def test_every_form_once_with_its_services_by_title_ignoring_case() -> None:
    assert [(f.id, [s.slug for s in users]) for f, users in CONTENT.all_forms()] == [
        ("dl-1", ["learner-permit"]),
        ("dl-12", ["renew-license", "learner-permit"]),
    ]
    assert CONTENT.forms_of(CAMP) == []


@pytest.mark.parametrize(("data", "place"), [({"help_channels": [], "languages": ["English"]}, ("help_channels",)), ({"help_channels": [PHONE], "languages": ["English"], "top_tasks": ["Renew"]}, ("top_tasks", 0))])
def test_the_portal_needs_a_help_channel_and_slugs_for_top_tasks(data: dict[str, Any], place: tuple[object, ...]) -> None:
    with pytest.raises(ValidationError) as raised:
        Portal.model_validate(data)
    assert [e["loc"] for e in raised.value.errors()] == [place]
