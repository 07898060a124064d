"""Open or closed at one moment: the shared hours table through the Python model (the browser
runs the same table), and the words the status is told in."""

from __future__ import annotations

from datetime import date

import pytest

from govportal.model.schedule import clock_text, day_text, zone_label
from tests.hours_table import Case, cases, python_answers, sweeps


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_case(case: Case) -> None:
    status = case.schedule.status_at(case.moment)
    assert (None if status is None else status.text) == case.expect


def test_open_status_matches_the_words() -> None:
    for case in cases():
        status = case.schedule.status_at(case.moment)
        if status is not None:
            assert status.is_open == status.text.startswith("Open"), case.name


def test_sweeps_cover_three_zones_and_every_hour_of_a_year() -> None:
    found = sweeps()
    assert len({s.schedule.zone for s in found}) >= 3
    assert all(s.step <= 60 and s.count * s.step >= 365 * 24 * 60 for s in found)
    for sweep in found:
        answers = python_answers(sweep)
        assert None not in answers, sweep.name  # the table's dates cover every sweep
        assert {True, False} <= {a[0] for a in answers if a}, sweep.name


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(0, "midnight"), (720, "noon"), (480, "8 a.m."), (1050, "5:30 p.m."), (60, "1 a.m."), (779, "12:59 p.m."), (1440, "midnight"), (1560, "2 a.m.")],
)
def test_clock_times_are_told_on_a_12_hour_clock(minutes: int, words: str) -> None:
    assert clock_text(minutes) == words


@pytest.mark.parametrize(
    ("offset", "day", "words"),
    [(0, date(2026, 11, 23), "today"), (1, date(2026, 11, 24), "tomorrow"), (4, date(2026, 11, 27), "Friday"), (7, date(2026, 11, 30), "Monday, November 30")],
)
def test_days_are_named_as_people_say_them(offset: int, day: date, words: str) -> None:
    assert day_text(offset, day) == words


@pytest.mark.parametrize(
    ("zone", "label"),
    [("America/Denver", "Mountain Time"), ("America/New_York", "Eastern Time"), ("Pacific/Honolulu", "Hawaii Time"), ("UTC", "UTC")],
)
def test_time_zones_are_named_as_people_know_them(zone: str, label: str) -> None:
    assert zone_label(zone) == label
