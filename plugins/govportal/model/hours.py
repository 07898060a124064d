"""Opening hours of a contact channel, and whether it is open at a given moment.

Hours are written per weekday in the channel's time zone (``monday: 8:00-17:00``,
``weekdays:`` as shorthand for Monday to Friday, ``closed`` for a day off), or as
``open_24_7: true``. Holiday closures come from the channel (``closed_on``) and,
unless ``observes_state_holidays: false``, from the portal's holiday list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BeforeValidator, field_validator, model_validator
from typing import Annotated

from govportal.model.fields import ContentModel, Text, _fail

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*(?:-|–|to)\s*(\d{1,2}):(\d{2})$")


class TimeRange(NamedTuple):
    """Open from ``start`` until ``end`` on one day (``end`` may be 24:00)."""

    start: time
    end: time | None  # None means midnight at the end of the day

    def contains(self, moment: time) -> bool:
        return self.start <= moment and (self.end is None or moment < self.end)

    def __str__(self) -> str:
        end = "24:00" if self.end is None else f"{self.end.hour}:{self.end.minute:02d}"
        return f"{self.start.hour}:{self.start.minute:02d}–{end}"


def _clock(hour: str, minute: str, text: str) -> time | None:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        return None
    if h > 23 or m > 59:
        raise _fail(f"'{text}' has a time that does not exist; use 24-hour times from 0:00 to 24:00")
    return time(h, m)


def parse_ranges(value: Any) -> tuple[TimeRange, ...]:
    """``"8:00-12:00, 13:00-17:00"`` -> two ranges; ``"closed"`` -> none."""
    if value is None or (isinstance(value, str) and value.strip().lower() == "closed"):
        return ()
    if not isinstance(value, str):
        raise _fail("write opening hours as text like 8:00-17:00 (24-hour clock), or 'closed'")
    ranges = []
    for part in value.split(","):
        match = _RANGE.match(part.strip())
        if not match:
            raise _fail(f"'{part.strip()}' is not a time range; write it like 8:00-17:00 (24-hour clock)")
        start = _clock(match[1], match[2], value)
        end = _clock(match[3], match[4], value)
        if start is None or (end is not None and end <= start):
            raise _fail(f"'{part.strip()}' closes before it opens; write the opening time first")
        ranges.append(TimeRange(start, end))
    return tuple(sorted(ranges))


def check_zone(value: str) -> str:
    """``value`` if it names an IANA time zone such as America/Denver."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _fail(f"'{value}' is not a time zone we know; use a name like America/Denver or America/New_York") from None
    return value


DayHours = Annotated[tuple[TimeRange, ...], BeforeValidator(parse_ranges)]


class Closure(ContentModel):
    """A day the channel is closed, such as a holiday."""

    date: date
    name: Text


@dataclass(frozen=True)
class Status:
    """Open or closed at one moment, and when that changes, in words for citizens."""

    is_open: bool
    text: str


class Hours(ContentModel):
    """When a channel is staffed."""

    timezone: str | None = None
    open_24_7: bool = False
    weekdays: DayHours | None = None
    monday: DayHours | None = None
    tuesday: DayHours | None = None
    wednesday: DayHours | None = None
    thursday: DayHours | None = None
    friday: DayHours | None = None
    saturday: DayHours | None = None
    sunday: DayHours | None = None
    closed_on: list[Closure] = []
    observes_state_holidays: bool = True

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        return None if value is None else check_zone(value)

    @model_validator(mode="after")
    def _some_hours(self) -> Hours:
        days = [self.weekdays, *(getattr(self, d) for d in WEEKDAYS)]
        written = [d for d in days if d is not None]
        if self.open_24_7 and any(written):
            raise _fail("open_24_7 is true, so remove the hours for single days (or set open_24_7: false)")
        if not self.open_24_7 and not any(written):
            raise _fail("add opening hours, for example 'weekdays: 8:00-17:00', or set open_24_7: true")
        return self

    def week(self) -> dict[int, tuple[TimeRange, ...]]:
        """Opening ranges by weekday number (0 = Monday); ``weekdays`` fills Monday to Friday."""
        table: dict[int, tuple[TimeRange, ...]] = {}
        for number, name in enumerate(WEEKDAYS):
            own = getattr(self, name)
            shorthand = self.weekdays if number < 5 else None
            table[number] = own if own is not None else (shorthand or ())
        return table

    def zone(self, default: str) -> ZoneInfo:
        return ZoneInfo(self.timezone or default)

    def closed_dates(self, holidays: list[Closure]) -> dict[date, str]:
        shared = holidays if self.observes_state_holidays else []
        return {c.date: c.name for c in [*shared, *self.closed_on]}

    def status_at(self, moment: datetime, default_zone: str, holidays: list[Closure]) -> Status:
        """Open or closed at ``moment``; when closed, when it opens next (looking a fortnight ahead)."""
        if self.open_24_7:
            return Status(True, "Open 24 hours, 7 days a week.")
        local = moment.astimezone(self.zone(default_zone))
        closed = self.closed_dates(holidays)
        week = self.week()
        today_ranges = () if local.date() in closed else week[local.weekday()]
        for span in today_ranges:
            if span.contains(local.time().replace(tzinfo=None)):
                return Status(True, f"Open now, until {_end_text(span)}")
        for offset in range(0, 15):
            day = local.date() + timedelta(days=offset)
            if day in closed:
                continue
            for span in week[day.weekday()]:
                if offset == 0 and span.start <= local.time().replace(tzinfo=None):
                    continue
                return Status(False, f"Closed now. Opens {_day_text(offset, day)} at {_clock_text(span.start)}")
        return Status(False, "Closed now.")

    def minutes_table(self) -> list[list[tuple[int, int]]]:
        """Opening ranges per weekday in minutes after midnight, for the browser script."""
        def minutes(moment: time | None) -> int:
            return 1440 if moment is None else moment.hour * 60 + moment.minute

        return [[(minutes(r.start), minutes(r.end)) for r in self.week()[day]] for day in range(7)]

    def summary(self) -> list[tuple[str, str]]:
        """Rows of (days, hours) for display, with runs of equal days merged."""
        if self.open_24_7:
            return [("Every day", "24 hours")]
        rows: list[tuple[str, str]] = []
        week = self.week()
        start = 0
        for number in range(1, 8):
            if number == 7 or week[number] != week[start]:
                first, last = WEEKDAYS[start].title(), WEEKDAYS[number - 1].title()
                days = first if start == number - 1 else f"{first} to {last}"
                hours = ", ".join(str(r) for r in week[start]) or "Closed"
                rows.append((days, hours))
                start = number
        return rows


def _clock_text(moment: time) -> str:
    suffix = "a.m." if moment.hour < 12 else "p.m."
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {suffix}"


def _end_text(span: TimeRange) -> str:
    return "midnight" if span.end is None else _clock_text(span.end)


def _day_text(offset: int, day: date) -> str:
    if offset == 0:
        return "today"
    if offset == 1:
        return "tomorrow"
    return day.strftime("%A")
