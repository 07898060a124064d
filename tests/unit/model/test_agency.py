"""An agency file: the ways to reach it, a named contact, and drafts as the import writes them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from govportal.model.agency import Agency, CustomerRelations, Guidelines, PhoneChannel
from govportal.model.holidays import Closure, Holiday

TODAY = date(2026, 11, 23)
HOURS = {"weekdays": "8:00-17:00", "timezone": "America/Denver"}


def agency(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Division of State Parks",
        "acronym": "DSP",
        "description": "We run the state parks.",
        "website": "https://parks.example.gov/",
        "customer_relations": {"name": "Visitor Services Manager", "email": "parks.manager@example.gov"},
        "channels": [
            {"type": "email", "address": "parks@example.gov"},
            {"type": "phone", "number": "801-555-0180", "hours": HOURS},
            {"type": "phone", "number": "801-555-0181", "hours": HOURS},
        ],
        "languages": ["English"],
        "last_reviewed": "2026-10-01",
    }
    return data | changes


def read(data: dict[str, Any]) -> Agency:
    return Agency.model_validate(data, context={"today": TODAY})


def error_places(data: dict[str, Any]) -> list[tuple[object, ...]]:
    with pytest.raises(ValidationError) as raised:
        read(data)
    return [e["loc"] for e in raised.value.errors()]


def test_the_main_phone_is_the_first_phone_channel() -> None:
    parks = read(agency())
    assert isinstance(parks.main_phone, PhoneChannel)
    assert parks.main_phone.number == "(801) 555-0180"
    assert [c.type for c in parks.channels_of("phone")] == ["phone", "phone"]
    assert read(agency(channels=[{"type": "email", "address": "a@example.gov"}])).main_phone is None


@pytest.mark.parametrize(("status", "draft"), [("draft", True), ("published", False)])
def test_status_as_the_import_writes_it_is_the_draft_flag(status: str, draft: bool) -> None:
    assert read(agency(status=status)).draft is draft


def test_a_published_status_keeps_an_explicit_draft() -> None:
    assert read(agency(status="published", draft=True)).draft is True


@pytest.mark.parametrize("acronym", ["dsp", "D", "DEPARTMENTOFPARKS", "D1"])
def test_acronyms_are_short_capitalised_words(acronym: str) -> None:
    assert error_places(agency(acronym=acronym)) == [("acronym",)]


def test_an_unknown_kind_of_channel_and_missing_hours_are_both_named() -> None:
    places = error_places(agency(channels=[{"type": "fax", "number": "801-555-0100"}, {"type": "phone", "number": "801-555-0180"}]))
    assert places == [("channels", 0), ("channels", 1, "phone", "hours")]


def test_a_contact_needs_a_way_to_reach_them() -> None:
    with pytest.raises(ValidationError, match="add an email or phone so people can reach the customer relations contact"):
        CustomerRelations(name="Manager")


def test_guidelines_need_a_link_or_a_text() -> None:
    with pytest.raises(ValidationError, match="add a url to the published guidelines, or their text"):
        Guidelines()


def test_the_calendar_holds_the_portals_holidays_and_the_agencys_closures() -> None:
    closure = {"date": "2026-12-24", "name": "Staff training"}
    parks = read(agency(closed_on=[closure]))
    christmas = Holiday(name="Christmas Day", month=12, day=25)
    calendar = parks.calendar((christmas,))
    assert calendar.closures == (Closure(date=date(2026, 12, 24), name="Staff training"),)
    assert calendar.closed_dates(date(2026, 12, 20), date(2026, 12, 31)) == {date(2026, 12, 24): "Staff training", date(2026, 12, 25): "Christmas Day"}
