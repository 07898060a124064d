"""Holidays written once: fixed dates moved to the weekday offices close, nth weekdays, one-off dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from govportal.findings import Finding
from govportal.model.holidays import Holiday, holidays_between, next_year_findings, nth_weekday, years_without_holidays

NEW_YEAR = Holiday(name="New Year's Day", month=1, day=1)
JULY_4 = Holiday(name="Independence Day", month=7, day=4)
THANKSGIVING = Holiday(name="Thanksgiving", month=11, weekday="thursday", nth=4)
MEMORIAL = Holiday(name="Memorial Day", month=5, weekday="monday", nth="last")


@pytest.mark.parametrize(
    ("holiday", "year", "day"),
    [
        (JULY_4, 2026, (date(2026, 7, 3), "Independence Day (observed)")),  # a Saturday: the Friday before
        (JULY_4, 2027, (date(2027, 7, 5), "Independence Day (observed)")),  # a Sunday: the Monday after
        (JULY_4, 2025, (date(2025, 7, 4), "Independence Day")),
        (Holiday(name="Independence Day", month=7, day=4, observed=False), 2026, (date(2026, 7, 4), "Independence Day")),
        (THANKSGIVING, 2026, (date(2026, 11, 26), "Thanksgiving")),
        (MEMORIAL, 2026, (date(2026, 5, 25), "Memorial Day")),
        (Holiday(name="Leap day", month=2, day=29), 2027, None),
        (Holiday(name="Day after Thanksgiving", date=date(2026, 11, 27)), 2026, (date(2026, 11, 27), "Day after Thanksgiving")),
        (Holiday(name="Day after Thanksgiving", date=date(2026, 11, 27)), 2027, None),
    ],
)
def test_the_day_offices_close(holiday: Holiday, year: int, day: tuple[date, str] | None) -> None:
    assert holiday.on(year) == day


@pytest.mark.parametrize(("year", "month", "weekday", "nth", "day"), [(2026, 1, 0, 3, date(2026, 1, 19)), (2026, 9, 0, 1, date(2026, 9, 7)), (2026, 2, 6, "last", date(2026, 2, 22))])
def test_nth_weekday(year: int, month: int, weekday: int, nth: int | str, day: date) -> None:
    assert nth_weekday(year, month, weekday, nth) == day  # type: ignore[arg-type]


def test_new_years_day_on_a_saturday_is_observed_the_year_before() -> None:
    assert holidays_between([NEW_YEAR], date(2027, 12, 1), date(2027, 12, 31)) == {date(2027, 12, 31): "New Year's Day (observed)"}


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ({"date": "2026-11-27", "month": 11}, "has a date and a yearly rule"),
        ({}, "needs a 'date' (one day, like 2026-11-27), or a 'month' from 1 to 12"),
        ({"month": 13, "day": 1}, "a 'month' from 1 to 12"),
        ({"month": 2, "day": 30}, "day 30 is not in month 2"),
        ({"month": 11, "day": 1, "weekday": "monday"}, "has both 'day' and 'weekday'"),
        ({"month": 11, "weekday": "thursday"}, "needs 'day' (a fixed date every year), or 'weekday' with 'nth'"),
    ],
)
def test_a_holiday_needs_exactly_one_rule(written: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Holiday.model_validate({"name": "Holiday"} | written)
    assert message in raised.value.errors()[0]["msg"]


def test_review_warns_when_next_year_has_no_holidays() -> None:
    dated = [Holiday(name="Christmas Day", date=date(2026, 12, 25))]
    assert years_without_holidays(dated, [2026, 2027]) == [2027]
    assert next_year_findings(dated, date(2026, 11, 23)) == [
        Finding("content/portal.yml", "holidays", "no holidays for 2027 yet; add them, or write yearly rules such as 'month: 12, day: 25' or 'month: 11, weekday: thursday, nth: 4'", "warning")
    ]
    assert next_year_findings([JULY_4], date(2026, 11, 23)) == []
