"""Review periods: when content is due for another look."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic_core import PydanticCustomError

from govportal.model.review import ReviewPeriod, parse_owner, parse_period


@pytest.mark.parametrize(
    ("text", "start", "due"),
    [
        ("6 months", date(2026, 8, 31), date(2027, 2, 28)),
        ("1 year", date(2024, 2, 29), date(2025, 2, 28)),
        ("12 weeks", date(2026, 1, 1), date(2026, 3, 26)),
        ("90 days", date(2026, 1, 1), date(2026, 4, 1)),
        ("1 month", date(2026, 12, 15), date(2027, 1, 15)),
    ],
)
def test_due_dates(text: str, start: date, due: date) -> None:
    assert parse_period(text).after(start) == due


@pytest.mark.parametrize("text", ["soon", "0 months", "six months", "6 fortnights"])
def test_bad_periods_are_rejected(text: str) -> None:
    with pytest.raises(PydanticCustomError):
        parse_period(text)


def test_period_reads_back_as_written() -> None:
    assert str(ReviewPeriod(6, "month")) == "6 months"
    assert str(ReviewPeriod(1, "year")) == "1 year"


@pytest.mark.parametrize("owner", ["DMV web team", "Parks: visitor services manager", "Team 311"])
def test_an_owner_is_a_team_or_role(owner: str) -> None:
    assert parse_owner(f" {owner} ") == owner


@pytest.mark.parametrize("owner", ["jane.doe@dmv.example.gov", "call 801-555-0123", "(801) 555 0123", ""])
def test_an_owner_is_never_a_persons_address_or_number(owner: str) -> None:
    with pytest.raises(PydanticCustomError):
        parse_owner(owner)
