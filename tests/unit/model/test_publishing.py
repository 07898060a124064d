"""Drafts and set times to publish: one notion of "not published yet" for agencies and services."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from govportal.model.publishing import Publishing, parse_moment

DENVER = ZoneInfo("America/Denver")


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("2026-03-01", datetime(2026, 3, 1)),
        ("2026-03-01T09:00", datetime(2026, 3, 1, 9)),
        (" 2026-03-01T09:00-07:00 ", datetime(2026, 3, 1, 9, tzinfo=timezone(timedelta(hours=-7)))),
        (datetime(2026, 3, 1).date(), datetime(2026, 3, 1)),
    ],
)
def test_moments_are_read_as_written(written: object, moment: datetime) -> None:
    assert parse_moment(written) == moment


def test_a_date_alone_is_the_start_of_that_day_in_the_portals_zone() -> None:
    page = Publishing.model_validate({"publish_on": "2026-03-01", "unpublish_on": "2026-06-30T17:00-06:00"})
    assert page.publishes_at("America/Denver") == datetime(2026, 3, 1, tzinfo=DENVER)
    assert page.unpublishes_at("America/Denver") == datetime(2026, 6, 30, 17, tzinfo=timezone(timedelta(hours=-6)))
    assert Publishing().publishes_at("America/Denver") is None


@pytest.mark.parametrize("written", ["soon", "2026-13-01", 20260301])
def test_what_is_not_a_moment_says_how_to_write_one(written: object) -> None:
    with pytest.raises(ValidationError) as raised:
        Publishing.model_validate({"publish_on": written})
    assert raised.value.errors()[0]["msg"] == (
        f"'{written}' is not a date or a date and time; write a date, 2026-03-01 (the start of that day in the portal "
        "time zone), or a date and time with its offset, 2026-03-01T09:00-07:00"
    )


@pytest.mark.parametrize(
    "times",
    [
        {"publish_on": "2026-06-30", "unpublish_on": "2026-03-01"},
        {"publish_on": "2026-03-01", "unpublish_on": "2026-03-01"},
        {"publish_on": "2026-03-01T09:00-07:00", "unpublish_on": "2026-03-01T08:00"},
    ],
)
def test_unpublishing_before_publishing_is_refused(times: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as raised:
        Publishing.model_validate(times)
    error = raised.value.errors()[0]
    assert error["loc"] == ("unpublish_on",)
    assert "is not after publish_on" in error["msg"]
