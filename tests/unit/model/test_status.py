"""Something not working: when a status applies, and its state in words."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from govportal.model.status import ServiceStatus, aware

ZONE = "America/Denver"
DENVER = ZoneInfo(ZONE)
DOWN = ServiceStatus(state="down", message="Renew by phone.", since=datetime(2026, 11, 20, 8), until=datetime(2026, 11, 30, 17))


def test_a_time_without_an_offset_is_in_the_portals_zone() -> None:
    assert aware(datetime(2026, 11, 20, 8), ZONE) == datetime(2026, 11, 20, 8, tzinfo=DENVER)
    offset = datetime(2026, 11, 20, 8, tzinfo=timezone.utc)
    assert aware(offset, ZONE) is offset


@pytest.mark.parametrize(
    ("moment", "active"),
    [
        (datetime(2026, 11, 20, 7, 59, tzinfo=DENVER), False),
        (datetime(2026, 11, 20, 8, tzinfo=DENVER), True),
        (datetime(2026, 11, 20, 15, tzinfo=timezone.utc), True),  # 8:00 in Denver
        (datetime(2026, 11, 30, 16, 59, tzinfo=DENVER), True),
        (datetime(2026, 11, 30, 17, tzinfo=DENVER), False),
    ],
)
def test_a_status_applies_from_since_until_until(moment: datetime, active: bool) -> None:
    assert DOWN.active(moment, ZONE) is active


def test_without_times_a_status_applies_always() -> None:
    status = ServiceStatus(state="maintenance", message="Closed.")
    assert status.active(datetime(2000, 1, 1, tzinfo=DENVER), ZONE)
    assert status.ends_at(ZONE) is None
    assert DOWN.ends_at(ZONE) == datetime(2026, 11, 30, 17, tzinfo=DENVER)


@pytest.mark.parametrize(("state", "name"), [("degraded", "Not working well"), ("down", "Not working"), ("maintenance", "Closed for maintenance")])
def test_states_in_words(state: str, name: str) -> None:
    assert ServiceStatus.model_validate({"state": state, "message": "x"}).state_name == name


@pytest.mark.parametrize(
    ("since", "until"),
    [("2026-11-30T17:00", "2026-11-20T08:00"), ("2026-11-20T08:00-07:00", "2026-11-20T14:00Z")],
)
def test_a_status_that_ends_before_it_starts_is_refused(since: str, until: str) -> None:
    with pytest.raises(ValidationError, match="ends before it starts; check the two dates and times"):
        ServiceStatus.model_validate({"state": "down", "message": "x", "since": since, "until": until})


def test_offsets_are_compared_in_utc() -> None:
    status = ServiceStatus.model_validate({"state": "down", "message": "x", "since": "2026-11-20T08:00-07:00", "until": "2026-11-20T16:00Z"})
    assert status.until == datetime(2026, 11, 20, 16, tzinfo=timezone.utc) and status.since is not None
    assert status.since.utcoffset() == timedelta(hours=-7)
