"""Opening hours as people write them in a spreadsheet, turned into the hours editors write."""

from __future__ import annotations

from typing import Any

import pytest

from govportal.content.agency_import.hours import parse_hours


@pytest.mark.parametrize(("text", "hours"), [
    ("Mon-Fri 8am-5pm", {"weekdays": "8:00-17:00"}),
    ("8:00-17:00 weekdays", {"weekdays": "8:00-17:00"}),
    ("24/7", {"open_24_7": True}),
    ("24 hours a day, 7 days a week", {"open_24_7": True}),
    ("Monday through Friday, 7:30 a.m. to 4:30 p.m.", {"weekdays": "7:30-16:30"}),
    ("M-F 9-5; Sat 9am-noon", {"weekdays": "9:00-17:00", "saturday": "9:00-12:00"}),
    ("weekdays 8-12, 1-5 ET", {"timezone": "America/New_York", "weekdays": "8:00-12:00, 13:00-17:00"}),
    ("Tues & Thurs 10am-2pm except holidays", {"tuesday": "10:00-14:00", "thursday": "10:00-14:00"}),
    ("monday 8:00-17:00; tuesday 8:00-17:00; wednesday 8:00-17:00; thursday 8:00-17:00; friday 8:00-16:00; saturday closed; sunday closed",
     {"monday": "8:00-17:00", "tuesday": "8:00-17:00", "wednesday": "8:00-17:00", "thursday": "8:00-17:00", "friday": "8:00-16:00", "saturday": "closed", "sunday": "closed"}),
    ("by appointment only", None),
    ("8-5", None),  # which days?
    ("Monday 8:00-17:00 maybe", None),
])
def test_hours_as_people_write_them(text: str, hours: dict[str, Any] | None) -> None:
    assert parse_hours(text, None) == hours
