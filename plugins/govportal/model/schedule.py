"""Open or closed at one moment: the rules, written once here and once in the browser script.

A :class:`Schedule` is a channel's hours resolved for a stretch of dates: its week, the dates
it is closed (holidays, closures) and the dates with special hours. Pages carry it as JSON
(:meth:`Schedule.data`) and ``theme/assets/javascripts/govportal.js`` applies the same rules
to the visitor's clock, because a static page cannot know when it is read. Both sides are
held equal by one table of cases (``tests/fixtures/hours/cases.json``); change them together.

The rules, for the local date D and minute t in the schedule's zone:

1. ``always``: open.
2. D outside ``first``..``last``: unknown (``None``); the data is too old to say.
3. A span of D-1 that runs past midnight and has not ended: open until its end.
4. A span of D that contains t: open until its end.
5. Otherwise closed; it opens at the first span start after t, looking up to 14 days ahead
   (and not past ``last``).

The hours of a day are its special hours if it has some, none if it is closed, else its weekday's.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import get_timezone, get_timezone_name

from govportal.model.translation import Language

Span = tuple[int, int]  # minutes after the day's midnight; an overnight end is past 1440
DAY = 1440
LOOK_AHEAD = 14
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# Where the CLDR's generic name is not what people here say, by language.
_ZONE_LABELS: dict[Language, dict[str, str]] = {
    "en": {"UTC": "UTC", "Etc/UTC": "UTC", "Pacific/Honolulu": "Hawaii Time"},
    "es": {"UTC": "UTC", "Etc/UTC": "UTC", "Pacific/Honolulu": "hora de Hawái"},
}
# English words are the message ids themselves: what a translator for English gives back.
ENGLISH = gettext.NullTranslations()


@dataclass(frozen=True)
class Status:
    """Open or closed at one moment, and when that changes, in words for citizens."""

    is_open: bool
    text: str


@dataclass(frozen=True)
class Schedule:
    """A channel's hours from ``first`` to ``last`` (local dates), ready for the status rules."""

    zone: str
    always: bool
    week: tuple[tuple[Span, ...], ...]  # Monday first
    closed: tuple[str, ...]  # ISO dates; no names, so editors' text never goes into a script's data
    special: dict[str, tuple[Span, ...]]  # ISO date -> that day's hours
    first: date
    last: date

    def data(self) -> dict[str, Any]:
        """The JSON the browser script reads (the same fields, in ``data-gp-hours``)."""
        return {
            "zone": self.zone,
            "always": self.always,
            "week": [[list(s) for s in day] for day in self.week],
            "closed": list(self.closed),
            "special": {d: [list(s) for s in spans] for d, spans in self.special.items()},
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
        }

    def spans(self, day: date) -> tuple[Span, ...]:
        key = day.isoformat()
        if key in self.special:
            return self.special[key]
        return () if key in self.closed else self.week[day.weekday()]

    def status_at(self, moment: datetime) -> Status | None:
        """The rules in the module docstring; ``None`` when the schedule does not cover ``moment``."""
        if self.always:
            return Status(True, "Open 24 hours, 7 days a week")
        local = moment.astimezone(ZoneInfo(self.zone))
        today, minute = local.date(), local.hour * 60 + local.minute
        if not self.first <= today <= self.last:
            return None
        for start, end in self.spans(today - timedelta(days=1)):
            if end > DAY and minute < end - DAY:
                return Status(True, f"Open now, until {clock_text(end)}")
        for start, end in self.spans(today):
            if start <= minute < end:
                return Status(True, f"Open now, until {clock_text(end)}")
        closed = "Closed today" if today.isoformat() in self.closed and today.isoformat() not in self.special else "Closed now"
        opening = self._next_opening(today, minute)
        return Status(False, f"{closed}. {opening}" if opening else closed)

    def _next_opening(self, today: date, minute: int) -> str | None:
        for offset in range(LOOK_AHEAD + 1):
            day = today + timedelta(days=offset)
            if day > self.last:
                return None
            for start, _ in self.spans(day):
                if offset > 0 or start > minute:
                    return f"Opens {day_text(offset, day)} at {clock_text(start)}"
        return None


def clock_text(minutes: int, strings: gettext.NullTranslations = ENGLISH) -> str:
    """``8 a.m.``, ``5:30 p.m.``, ``noon``, ``midnight``: a 12-hour clock, as people here read it,
    in the language of ``strings`` (``govportal.i18n.translator``)."""
    _ = strings.gettext
    minutes %= DAY
    if minutes == 0:
        return _("midnight")
    if minutes == 720:
        return _("noon")
    hour, minute = divmod(minutes, 60)
    suffix = _("a.m.") if hour < 12 else _("p.m.")
    return f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''} {suffix}"


def day_text(offset: int, day: date) -> str:
    """``today``, ``tomorrow``, ``Friday`` within the week, ``Monday, January 4`` beyond."""
    if offset == 0:
        return "today"
    if offset == 1:
        return "tomorrow"
    name = DAY_NAMES[day.weekday()]
    return name if offset < 7 else f"{name}, {MONTH_NAMES[day.month - 1]} {day.day}"


def babel_locale(language: Language) -> str:
    """The CLDR locale of a portal language: the portal is for people in the US (``es_US``)."""
    return f"{language}_US"


def zone_label(zone: str, language: Language = "en") -> str:
    """``Mountain Time`` for America/Denver (``hora de las Montañas Rocosas`` in Spanish): the name
    people use, from the CLDR (Babel)."""
    label = _ZONE_LABELS[language].get(zone)
    return label or get_timezone_name(get_timezone(zone), width="long", locale=babel_locale(language), zone_variant="generic")
