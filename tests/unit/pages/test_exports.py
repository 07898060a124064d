"""Hours, closures and status as files: JSON-LD hours, an iCalendar of closures, status.json."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from icalendar import Calendar

from govportal.model.hours import SpecialHours
from govportal.pages.exports import closures_ics, export_files, hours_json
from tests.unit.pages.views.portal import minimal, site

SITE = "https://portal.example.gov/"
PARKS = minimal().agencies["parks"]


def test_hours_json_has_a_contact_point_per_channel_with_hours_and_the_closures_dated() -> None:
    data = json.loads(hours_json("parks", PARKS, site().availability, SITE))
    assert (data["@type"], data["name"], data["url"]) == ("GovernmentOrganization", "Division of State Parks", "https://portal.example.gov/agencies/parks/")
    [phone] = data["contactPoint"]  # the email channel has no hours
    assert (phone["name"], phone["contactType"]) == ("Phone", "Phone")
    assert phone["description"] == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays"
    assert phone["hoursAvailable"][0] == {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday", "opens": "08:00", "closes": "17:00"}
    assert phone["hoursAvailable"][-1] == {"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00", "validFrom": "2026-12-25", "validThrough": "2026-12-25"}
    assert len(phone["hoursAvailable"]) == 6


def test_closures_are_all_day_events_with_stable_ids() -> None:
    christmas_eve = SpecialHours(date=date(2026, 12, 24), hours="8:00-12:00", name="Christmas Eve")  # type: ignore[arg-type]  # parsed by the model
    parks = PARKS.model_copy(update={"special_hours": [christmas_eve]})
    availability = site(replace(minimal(), agencies={"parks": parks})).availability
    events = Calendar.from_ical(closures_ics("parks", parks, availability, SITE)).walk("VEVENT")
    assert [(str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend"), str(e["uid"])) for e in events] == [
        ("DSP: Open 8 a.m. to noon (Christmas Eve)", date(2026, 12, 24), date(2026, 12, 25), "2026-12-24-parks-open-8-a-m-to-noon-christmas-eve@portal.example.gov"),
        ("DSP: Closed: Christmas Day", date(2026, 12, 25), date(2026, 12, 26), "2026-12-25-parks-closed-christmas-day@portal.example.gov"),
    ]


def test_every_agency_gets_its_hours_and_closures_beside_the_status() -> None:
    assert [path for path, _ in export_files(site().availability, SITE)] == ["status.json", "agencies/parks/hours.json", "agencies/parks/closures.ics"]
