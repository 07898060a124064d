"""Opening hours of a contact channel, as editors write them and as citizens read them.

Hours are written per weekday in the channel's time zone (``monday: 8:00-17:00``,
``weekdays:`` as shorthand for Monday to Friday, ``closed`` for a day off), or as
``open_24_7: true``. A range that ends before it starts runs past midnight
(``friday: 22:00-2:00`` is open until 2 a.m. on Saturday). Holiday closures come from
the portal's holidays (unless ``observes_state_holidays: false``), the agency and the
channel (``closed_on``); ``special_hours`` replace a day's hours on one date.

Whether a channel is open *now* is never decided here for a page: that is a
:class:`~govportal.model.schedule.Schedule`, which the browser script reads too.

Hours in words take the page's ``strings`` (``govportal.i18n.translator(language)``; English by
default): the model cannot reach the catalogues, so the page hands its own down.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BeforeValidator, field_validator, model_validator

from govportal.model.fields import ContentModel, Text, fail
from govportal.model.holidays import WEEKDAYS, Closure, Holiday, holidays_between
from govportal.model.schedule import ENGLISH, Schedule, Span, Status, clock_text

__all__ = ["WEEKDAYS", "Calendar", "Closure", "Hours", "SpecialHours", "Status", "TimeRange", "check_zone", "parse_ranges", "ranges_in_words"]

_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*(?:-|–|to)\s*(\d{1,2}):(\d{2})$")
DAY = 1440  # minutes


class TimeRange(NamedTuple):
    """Open from ``start`` until ``end``; ``end`` None is midnight, and an ``end`` at or before
    ``start`` is on the next day (overnight hours)."""

    start: time
    end: time | None

    def minutes(self) -> Span:
        """Minutes after the day's midnight; an overnight end is past 1440."""
        start = self.start.hour * 60 + self.start.minute
        end = DAY if self.end is None else self.end.hour * 60 + self.end.minute
        return (start, end + DAY if end <= start else end)

    def words(self, strings: gettext.NullTranslations = ENGLISH) -> str:
        """``8 a.m. to 5:30 p.m.``, as people here read hours (``de 8 a. m. a 5:30 p. m.``)."""
        start, end = self.minutes()
        return strings.gettext("%(start)s to %(end)s") % {"start": clock_text(start, strings), "end": clock_text(end, strings)}

    def __str__(self) -> str:
        """The range as an editor writes it: ``8:00–17:00``."""
        end = "24:00" if self.end is None else f"{self.end.hour}:{self.end.minute:02d}"
        return f"{self.start.hour}:{self.start.minute:02d}–{end}"


def _clock(hour: str, minute: str, text: str) -> time | None:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        return None
    if h > 23 or m > 59:
        raise fail(f"'{text}' has a time that does not exist; use 24-hour times from 0:00 to 24:00")
    return time(h, m)


def parse_ranges(value: Any) -> tuple[TimeRange, ...]:
    """``"8:00-12:00, 13:00-17:00"`` -> two ranges; ``"closed"`` -> none."""
    if value is None or (isinstance(value, str) and value.strip().lower() == "closed"):
        return ()
    if not isinstance(value, str):
        raise fail("write opening hours as text like 8:00-17:00 (24-hour clock), or 'closed'")
    ranges = []
    for part in value.split(","):
        match = _RANGE.match(part.strip())
        if not match:
            raise fail(f"'{part.strip()}' is not a time range; write it like 8:00-17:00 (24-hour clock)")
        start = _clock(match[1], match[2], value)
        end = _clock(match[3], match[4], value)
        if start is None or end == start:
            raise fail(f"'{part.strip()}' opens and closes at the same time; for all day write 0:00-24:00")
        ranges.append(TimeRange(start, end))
    return tuple(sorted(ranges))


def ranges_in_words(ranges: tuple[TimeRange, ...], strings: gettext.NullTranslations = ENGLISH) -> str:
    """``8 a.m. to noon and 1 p.m. to 5 p.m.``; empty for no ranges."""
    words = [r.words(strings) for r in ranges]
    joined = words[0] if words else ""
    for later in words[1:]:
        joined = strings.gettext("%(earlier)s and %(later)s") % {"earlier": joined, "later": later}
    return joined


def check_zone(value: str) -> str:
    """``value`` if it names an IANA time zone such as America/Denver."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise fail(f"'{value}' is not a time zone we know; use a name like America/Denver or America/New_York") from None
    return value


DayHours = Annotated[tuple[TimeRange, ...], BeforeValidator(parse_ranges)]


class SpecialHours(ContentModel):
    """Different hours on one date, such as ``8:00-12:00`` on Christmas Eve, or a Saturday opening."""

    date: date
    hours: DayHours
    name: Text | None = None

    @field_validator("hours")
    @classmethod
    def _some(cls, value: tuple[TimeRange, ...]) -> tuple[TimeRange, ...]:
        if not value:
            raise fail("is 'closed'; list a closed day under closed_on instead")
        return value


@dataclass(frozen=True)
class Calendar:
    """Days off and special days a channel follows beyond its own: the portal's holidays
    and its agency's closures and special hours."""

    holidays: tuple[Holiday, ...] = ()
    closures: tuple[Closure, ...] = ()
    special_hours: tuple[SpecialHours, ...] = ()

    def closed_dates(self, first: date, last: date) -> dict[date, str]:
        """Holidays and closures from ``first`` to ``last``, by date, with their names."""
        own = {c.date: c.name for c in self.closures if first <= c.date <= last}
        return dict(sorted((holidays_between(list(self.holidays), first, last) | own).items()))

    def special_dates(self, first: date, last: date) -> dict[date, SpecialHours]:
        """Special hours from ``first`` to ``last``; later entries (a channel's own) win."""
        found = {s.date: s for s in self.special_hours if first <= s.date <= last}
        return dict(sorted(found.items()))


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
    special_hours: list[SpecialHours] = []
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
            raise fail("open_24_7 is true, so remove the hours for single days (or set open_24_7: false)")
        if not self.open_24_7 and not any(written):
            raise fail("add opening hours, for example 'weekdays: 8:00-17:00', or set open_24_7: true")
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

    def calendar(self, shared: Calendar) -> Calendar:
        """``shared`` (portal holidays unless opted out, the agency's days) plus the channel's own."""
        holidays = shared.holidays if self.observes_state_holidays else ()
        return Calendar(holidays, (*shared.closures, *self.closed_on), (*shared.special_hours, *self.special_hours))

    def schedule(self, default_zone: str, shared: Calendar, first: date, last: date) -> Schedule:
        """The hours from ``first`` to ``last`` as rules the build and the browser both apply."""
        calendar = self.calendar(shared)
        special = calendar.special_dates(first, last)
        closed = [d for d in calendar.closed_dates(first, last) if d not in special]
        return Schedule(
            zone=self.timezone or default_zone,
            always=self.open_24_7,
            week=tuple(tuple(r.minutes() for r in self.week()[n]) for n in range(7)),
            closed=tuple(d.isoformat() for d in closed),
            special={d.isoformat(): tuple(r.minutes() for r in s.hours) for d, s in sorted(special.items())},
            first=first,
            last=last,
        )

    def status_at(self, moment: datetime, default_zone: str, calendar: Calendar = Calendar()) -> Status | None:
        """Open or closed at ``moment``, and when that changes (tests and exports; pages leave this to the browser)."""
        day = moment.astimezone(self.zone(default_zone)).date()
        return self.schedule(default_zone, calendar, day - timedelta(days=1), day + timedelta(days=15)).status_at(moment)

    def minutes_table(self) -> list[list[Span]]:
        """Opening ranges per weekday in minutes after midnight (an overnight end is past 1440)."""
        return [[r.minutes() for r in self.week()[day]] for day in range(7)]

    def runs(self) -> list[tuple[int, int, tuple[TimeRange, ...]]]:
        """The week as runs of days with equal hours: (first weekday, last weekday, ranges), Monday = 0."""
        found: list[tuple[int, int, tuple[TimeRange, ...]]] = []
        week = self.week()
        start = 0
        for number in range(1, 8):
            if number == 7 or week[number] != week[start]:
                found.append((start, number - 1, week[start]))
                start = number
        return found

    def summary(self, strings: gettext.NullTranslations = ENGLISH) -> list[tuple[str, str]]:
        """Rows of (days, hours) for display, with runs of equal days merged: ``("Monday to Friday", "8 a.m. to 5 p.m.")``,
        worded as inside a sentence (Spanish day names are lower case)."""
        _ = strings.gettext
        if self.open_24_7:
            return [(_("Every day"), _("24 hours"))]
        return [(_days(first, last, strings), ranges_in_words(ranges, strings) or _("Closed")) for first, last, ranges in self.runs()]

    def in_words(self, zone_label: str, strings: gettext.NullTranslations = ENGLISH) -> str:
        """The week in one line: ``Monday to Friday, 8 a.m. to 5 p.m. Mountain Time``."""
        _ = strings.gettext
        if self.open_24_7:
            return _("24 hours a day, 7 days a week")
        open_rows = [_("%(days)s, %(hours)s") % {"days": _days(first, last, strings), "hours": ranges_in_words(ranges, strings)} for first, last, ranges in self.runs() if ranges]
        return _("%(hours)s %(zone)s") % {"hours": "; ".join(open_rows), "zone": zone_label}


def _days(first: int, last: int, strings: gettext.NullTranslations) -> str:
    """``Monday to Friday``, or one day's name; the names are in the catalogue (govportal.pages.script_text)."""
    name = strings.gettext(WEEKDAYS[first].title())
    if first == last:
        return name
    return strings.gettext("%(first)s to %(last)s") % {"first": name, "last": strings.gettext(WEEKDAYS[last].title())}
