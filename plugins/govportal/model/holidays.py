"""Holidays, one-off closures and special opening hours, as data editors write once.

``content/portal.yml`` lists the state holidays every channel observes, each either on a
fixed date every year (``month: 7, day: 4``), on the nth or last weekday of a month
(``month: 11, weekday: thursday, nth: 4``), or on one date only (``date: 2026-11-27``).
A fixed-date holiday that falls on a Saturday is observed on the Friday before, one on a
Sunday on the Monday after (``observed: false`` keeps the day itself), which is how state
offices close. Agencies and channels add their own closures and special hours
("open until noon on Christmas Eve").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from datetime import date as Date  # the type, where a field is called "date"
from typing import Literal

from pydantic import model_validator

from govportal.findings import Finding
from govportal.model.fields import ContentModel, Text, fail

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Closure(ContentModel):
    """One day closed, such as an agency's training day."""

    date: date
    name: Text


class Holiday(ContentModel):
    """A holiday: on one date, on a fixed date every year, or on the nth/last weekday of a month."""

    name: Text
    date: Date | None = None
    month: int | None = None
    day: int | None = None
    weekday: Weekday | None = None
    nth: Literal[1, 2, 3, 4, "last"] | None = None
    observed: bool = True

    @model_validator(mode="after")
    def _one_rule(self) -> Holiday:
        if self.date is not None:
            if any(v is not None for v in (self.month, self.day, self.weekday, self.nth)):
                raise fail("has a date and a yearly rule; keep 'date' for one day only, or 'month' with 'day' (or 'weekday' and 'nth') for every year")
            return self
        if self.month is None or not 1 <= self.month <= 12:
            raise fail("needs a 'date' (one day, like 2026-11-27), or a 'month' from 1 to 12 for a holiday every year")
        if self.day is not None:
            if self.weekday is not None or self.nth is not None:
                raise fail("has both 'day' and 'weekday'; use 'day' for a fixed date, or 'weekday' with 'nth' (1 to 4, or last)")
            if not 1 <= self.day <= calendar.monthrange(2024, self.month)[1]:
                raise fail(f"day {self.day} is not in month {self.month}")
            return self
        if self.weekday is None or self.nth is None:
            raise fail("needs 'day' (a fixed date every year), or 'weekday' with 'nth' (1 to 4, or last), like 'weekday: monday, nth: 3'")
        return self

    def on(self, year: int) -> tuple[Date, str] | None:
        """The day offices close for this holiday in ``year``'s calendar, and its name."""
        if self.date is not None:
            return (self.date, self.name) if self.date.year == year else None
        assert self.month is not None  # checked by _one_rule
        if self.day is not None:
            if self.month == 2 and self.day == 29 and not calendar.isleap(year):
                return None
            return observed(date(year, self.month, self.day), self.name, self.observed)
        return nth_weekday(year, self.month, WEEKDAYS.index(self.weekday or "monday"), self.nth or 1), self.name


def observed(day: date, name: str, moves: bool) -> tuple[date, str]:
    """Saturday holidays are observed on Friday, Sunday holidays on Monday."""
    shift = {5: -1, 6: 1}.get(day.weekday(), 0) if moves else 0
    return (day + timedelta(days=shift), f"{name} (observed)") if shift else (day, name)


def nth_weekday(year: int, month: int, weekday: int, nth: int | Literal["last"]) -> date:
    """The 3rd Monday of January, the last Monday of May..."""
    if nth == "last":
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holidays_between(holidays: list[Holiday], first: date, last: date) -> dict[date, str]:
    """Every holiday closure from ``first`` to ``last``; a year's neighbours are looked at
    because New Year's Day on a Saturday is observed on December 31 of the year before."""
    found: dict[date, str] = {}
    for year in range(first.year - 1, last.year + 2):
        for holiday in holidays:
            day = holiday.on(year)
            if day is not None and first <= day[0] <= last:
                found.setdefault(*day)
    return dict(sorted(found.items()))


def years_without_holidays(holidays: list[Holiday], years: list[int]) -> list[int]:
    """The ``years`` no holiday falls in: the list was written for earlier years only."""
    return [y for y in years if not holidays_between(holidays, date(y, 1, 1), date(y, 12, 31))]


def next_year_findings(holidays: list[Holiday], today: date) -> list[Finding]:
    """A warning for ``govportal review`` when no holiday falls next year: dated holidays
    were written for this year only, and offices would show as open on next year's."""
    year = today.year + 1
    if not years_without_holidays(holidays, [year]):
        return []
    return [Finding("content/portal.yml", "holidays", f"no holidays for {year} yet; add them, or write yearly rules such as 'month: 12, day: 25' or 'month: 11, weekday: thursday, nth: 4'", "warning")]
