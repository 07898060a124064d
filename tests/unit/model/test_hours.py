"""Opening hours as editors write them, in words for citizens, and holiday rules.

Open/closed at a moment is in the shared table: test_hours_table.py."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from govportal.model.holidays import Holiday, holidays_between, years_without_holidays
from govportal.model.hours import Calendar, Hours
from govportal.i18n import translator
from govportal.model.schedule import clock_text, zone_label

OFFICE = Hours.model_validate({"timezone": "America/Denver", "weekdays": "7:30-17:30", "saturday": "9:00-13:00"})


def test_summary_is_in_words_with_a_12_hour_clock() -> None:
    assert OFFICE.summary() == [
        ("Monday to Friday", "7:30 a.m. to 5:30 p.m."),
        ("Saturday", "9 a.m. to 1 p.m."),
        ("Sunday", "Closed"),
    ]
    assert OFFICE.in_words("Mountain Time") == "Monday to Friday, 7:30 a.m. to 5:30 p.m.; Saturday, 9 a.m. to 1 p.m. Mountain Time"


@pytest.mark.parametrize(("minutes", "text"), [(0, "midnight"), (720, "noon"), (480, "8 a.m."), (1050, "5:30 p.m."), (1440, "midnight"), (1560, "2 a.m.")])
def test_clock_text(minutes: int, text: str) -> None:
    assert clock_text(minutes) == text


def test_summary_and_week_in_spanish_words() -> None:
    spanish = translator("es")
    split = Hours.model_validate({"weekdays": "8:00-12:00, 13:00-17:00", "saturday": "0:00-24:00"})
    assert OFFICE.summary(spanish) == [
        ("de lunes a viernes", "de 7:30 a. m. a 5:30 p. m."),
        ("sábado", "de 9 a. m. a 1 p. m."),
        ("domingo", "Cerrado"),
    ]
    assert OFFICE.in_words("hora de las Montañas Rocosas", spanish) == (
        "de lunes a viernes, de 7:30 a. m. a 5:30 p. m.; sábado, de 9 a. m. a 1 p. m., hora de las Montañas Rocosas"
    )
    assert split.summary(spanish)[0] == ("de lunes a viernes", "de 8 a. m. a 12 del mediodía y de 1 p. m. a 5 p. m.")
    assert split.summary()[1] == ("Saturday", "midnight to midnight")  # the English is unchanged
    assert split.summary(spanish)[1] == ("sábado", "de 12 de la medianoche a 12 de la medianoche")
    assert Hours(open_24_7=True).summary(spanish) == [("todos los días", "24 horas")]
    assert Hours(open_24_7=True).in_words("hora central", spanish) == "24 horas al día, 7 días a la semana"


@pytest.mark.parametrize(("minutes", "text"), [(0, "12 de la medianoche"), (720, "12 del mediodía"), (480, "8 a. m."), (1050, "5:30 p. m."), (1560, "2 a. m.")])
def test_clock_text_in_spanish(minutes: int, text: str) -> None:
    assert clock_text(minutes, translator("es")) == text


@pytest.mark.parametrize(("zone", "label"), [("America/Denver", "Mountain Time"), ("America/New_York", "Eastern Time"), ("Pacific/Honolulu", "Hawaii Time")])
def test_zone_is_named_as_people_say_it(zone: str, label: str) -> None:
    assert zone_label(zone) == label


@pytest.mark.parametrize(("zone", "label"), [("America/Denver", "hora de las Montañas Rocosas"), ("America/New_York", "hora oriental"), ("Pacific/Honolulu", "hora de Hawái"), ("UTC", "UTC")])
def test_zone_is_named_in_spanish_from_the_cldr(zone: str, label: str) -> None:
    assert zone_label(zone, "es") == label


def test_overnight_hours_run_past_midnight() -> None:
    hours = Hours.model_validate({"friday": "22:00-2:00", "saturday": "8:00-24:00"})
    assert hours.minutes_table()[4] == [(1320, 1560)]
    assert hours.minutes_table()[5] == [(480, 1440)]
    assert ("Friday", "10 p.m. to 2 a.m.") in hours.summary()


def test_a_range_that_opens_and_closes_at_once_is_refused() -> None:
    with pytest.raises(ValidationError, match="opens and closes at the same time"):
        Hours.model_validate({"weekdays": "8:00-8:00"})


def test_status_from_the_model_uses_the_channel_calendar() -> None:
    thanksgiving = Holiday.model_validate({"name": "Thanksgiving Day", "month": 11, "weekday": "thursday", "nth": 4})
    status = OFFICE.status_at(datetime.fromisoformat("2026-11-26T10:00:00-07:00"), "UTC", Calendar(holidays=(thanksgiving,)))
    assert status is not None and (status.is_open, status.text) == (False, "Closed today. Opens tomorrow at 7:30 a.m.")
    opted_out = OFFICE.model_copy(update={"observes_state_holidays": False})
    assert opted_out.status_at(datetime.fromisoformat("2026-11-26T10:00:00-07:00"), "UTC", Calendar(holidays=(thanksgiving,))) is not None


def test_observed_days_and_weekday_rules() -> None:
    rules = [Holiday.model_validate(h) for h in (
        {"name": "Independence Day", "month": 7, "day": 4},
        {"name": "New Year's Day", "month": 1, "day": 1},
        {"name": "Memorial Day", "month": 5, "weekday": "monday", "nth": "last"},
        {"name": "Flood day", "date": "2027-03-02"},
    )]
    found = holidays_between(rules, date(2027, 1, 1), date(2027, 12, 31))
    assert found == {
        date(2027, 1, 1): "New Year's Day",
        date(2027, 3, 2): "Flood day",
        date(2027, 5, 31): "Memorial Day",
        date(2027, 7, 5): "Independence Day (observed)",  # a Sunday
        date(2027, 12, 31): "New Year's Day (observed)",  # January 1, 2028 is a Saturday
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "X"}, "needs a 'date'"),
        ({"name": "X", "month": 13, "day": 1}, "month"),
        ({"name": "X", "month": 2, "day": 30}, "day 30 is not in month 2"),
        ({"name": "X", "month": 5, "weekday": "monday"}, "'weekday' with 'nth'"),
        ({"name": "X", "date": "2026-01-01", "month": 1}, "has a date and a yearly rule"),
    ],
)
def test_holiday_rules_are_checked(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Holiday.model_validate(data)


def test_years_without_holidays() -> None:
    dated = [Holiday.model_validate({"name": "Christmas Day", "date": "2026-12-25"})]
    yearly = [Holiday.model_validate({"name": "Christmas Day", "month": 12, "day": 25})]
    assert years_without_holidays(dated, [2026, 2027]) == [2027]
    assert years_without_holidays(yearly, [2026, 2027]) == []
