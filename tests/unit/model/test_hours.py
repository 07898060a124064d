"""Open/closed status from channel hours, with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from govportal.model.hours import Closure, Hours

WEEKDAY_OFFICE = Hours.model_validate({"timezone": "America/Denver", "weekdays": "8:00-17:00", "saturday": "9:00-13:00"})
HOLIDAYS = [Closure(date=date(2026, 11, 26), name="Thanksgiving Day")]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("moment", "is_open", "text"),
    [
        # Monday 10:00 in Denver (UTC-7 in November)
        ("2026-11-23T17:00:00+00:00", True, "Open now, until 5:00 p.m."),
        # Monday 7:59 in Denver
        ("2026-11-23T14:59:00+00:00", False, "Closed now. Opens today at 8:00 a.m."),
        # Monday 17:00 exactly: closes at 17:00
        ("2026-11-24T00:00:00+00:00", False, "Closed now. Opens tomorrow at 8:00 a.m."),
        # The same instant seen from New York is still Monday 17:00 in Denver
        ("2026-11-23T19:00:00-05:00", False, "Closed now. Opens tomorrow at 8:00 a.m."),
        # Wednesday 18:00 in Denver: Thursday is Thanksgiving, so next is Friday
        ("2026-11-26T01:00:00+00:00", False, "Closed now. Opens Friday at 8:00 a.m."),
        # Thanksgiving at noon: closed all day, opens again the next morning
        ("2026-11-26T19:00:00+00:00", False, "Closed now. Opens tomorrow at 8:00 a.m."),
        # Saturday 12:30
        ("2026-11-28T19:30:00+00:00", True, "Open now, until 1:00 p.m."),
        # Saturday 14:00: Sunday closed, so Monday
        ("2026-11-28T21:00:00+00:00", False, "Closed now. Opens Monday at 8:00 a.m."),
    ],
)
def test_status_at_fixed_times(moment: str, is_open: bool, text: str) -> None:
    status = WEEKDAY_OFFICE.status_at(at(moment), "America/New_York", HOLIDAYS)
    assert (status.is_open, status.text) == (is_open, text)


def test_channel_zone_defaults_to_portal_zone() -> None:
    hours = Hours.model_validate({"weekdays": "8:00-17:00"})
    moment = at("2026-11-23T13:30:00+00:00")  # 8:30 in New York, 6:30 in Denver
    assert hours.status_at(moment, "America/New_York", []).is_open
    assert not hours.status_at(moment, "America/Denver", []).is_open


def test_daylight_saving_change_is_followed() -> None:
    hours = Hours.model_validate({"timezone": "America/Denver", "weekdays": "8:00-17:00"})
    # 14:30 UTC is 8:30 in Denver in summer (UTC-6) but 7:30 in winter (UTC-7)
    assert hours.status_at(at("2026-07-14T14:30:00+00:00"), "UTC", []).is_open
    assert not hours.status_at(at("2026-12-15T14:30:00+00:00"), "UTC", []).is_open


def test_open_24_7_ignores_holidays() -> None:
    hours = Hours.model_validate({"open_24_7": True})
    status = hours.status_at(at("2026-11-26T03:00:00+00:00"), "America/Denver", HOLIDAYS)
    assert (status.is_open, status.text) == (True, "Open 24 hours, 7 days a week.")


def test_channel_can_opt_out_of_state_holidays() -> None:
    hours = Hours.model_validate({"timezone": "America/Denver", "weekdays": "8:00-17:00", "observes_state_holidays": False})
    assert hours.status_at(at("2026-11-26T19:00:00+00:00"), "UTC", HOLIDAYS).is_open


def test_split_day_and_midnight() -> None:
    hours = Hours.model_validate({"timezone": "UTC", "monday": "8:00-12:00, 13:00-24:00"})
    lunch = hours.status_at(datetime(2026, 11, 23, 12, 30, tzinfo=timezone.utc), "UTC", [])
    late = hours.status_at(datetime(2026, 11, 23, 23, 30, tzinfo=timezone.utc), "UTC", [])
    assert (lunch.is_open, lunch.text) == (False, "Closed now. Opens today at 1:00 p.m.")
    assert (late.is_open, late.text) == (True, "Open now, until midnight")


def test_summary_merges_equal_days() -> None:
    assert WEEKDAY_OFFICE.summary() == [
        ("Monday to Friday", "8:00–17:00"),
        ("Saturday", "9:00–13:00"),
        ("Sunday", "Closed"),
    ]
