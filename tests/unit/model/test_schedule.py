"""The shared hours table through the Python model (the browser runs the same table)."""

from __future__ import annotations

import pytest

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
