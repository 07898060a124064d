"""Something not working: an online service that is down, a phone line under maintenance.

A service's front matter, or one of an agency's channels, may say::

    status:
      state: down            # degraded | down | maintenance
      message: The online renewal is down; renew by phone or in person.
      since: 2026-11-20T08:00
      until: 2026-11-30T17:00  # optional; the portal's time zone when none is given

Times without an offset are in the portal's time zone (site.yml ``timezone``), so they are
kept as written and placed in that zone by :func:`aware`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import model_validator

from govportal.model.fields import ContentModel, Text, fail

State = Literal["degraded", "down", "maintenance"]
STATE_NAMES: dict[str, str] = {"degraded": "Not working well", "down": "Not working", "maintenance": "Closed for maintenance"}


def aware(moment: datetime, zone: str) -> datetime:
    """``moment`` with its own offset, or in ``zone`` when it was written without one."""
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(zone))


class Window(ContentModel):
    """A stretch of time with an optional start and end (``since``/``until``, ``starts``/``ends``)."""

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        raise NotImplementedError

    def active(self, moment: datetime, zone: str) -> bool:
        start, end = self.bounds()
        return (start is None or aware(start, zone) <= moment) and (end is None or moment < aware(end, zone))

    def ends_at(self, zone: str) -> datetime | None:
        end = self.bounds()[1]
        return None if end is None else aware(end, zone)

    @model_validator(mode="after")
    def _in_order(self) -> Window:
        start, end = self.bounds()
        if start is not None and end is not None and _naive_utc(end) <= _naive_utc(start):
            raise fail("ends before it starts; check the two dates and times")
        return self


def _naive_utc(moment: datetime) -> datetime:
    """Comparable whether or not an offset was written (close enough to catch swapped dates)."""
    return moment.replace(tzinfo=None) if moment.tzinfo is None else moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


class ServiceStatus(Window):
    """What is not working, since when, and until when if known."""

    state: State
    message: Text
    since: datetime | None = None
    until: datetime | None = None

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        return self.since, self.until

    @property
    def state_name(self) -> str:
        return STATE_NAMES[self.state]
