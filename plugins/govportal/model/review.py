"""When content is due for another review (``last_reviewed`` plus ``review_in``), and who does it (``owner``)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Annotated, Any, NamedTuple

from pydantic import BeforeValidator, PlainSerializer

from govportal.model.fields import fail, non_empty_text

_PERIOD = re.compile(r"^(\d+)\s*(day|week|month|year)s?$")
# Something that reaches one person: an e-mail address or a phone number.
_PERSONAL = re.compile(r"@|\d[\d\s().-]{6,}\d")


class ReviewPeriod(NamedTuple):
    """A period such as 6 months."""

    amount: int
    unit: str

    def after(self, start: date) -> date:
        """The date one period after ``start`` (month ends are clamped: Jan 31 + 1 month = Feb 28)."""
        if self.unit == "day":
            return start + timedelta(days=self.amount)
        if self.unit == "week":
            return start + timedelta(weeks=self.amount)
        months = self.amount * (12 if self.unit == "year" else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        day = min(start.day, calendar.monthrange(year, month + 1)[1])
        return date(year, month + 1, day)

    def __str__(self) -> str:
        return f"{self.amount} {self.unit}{'s' if self.amount != 1 else ''}"


def parse_period(value: Any) -> ReviewPeriod:
    match = _PERIOD.match(str(value).strip().lower()) if isinstance(value, str) else None
    if not match or int(match[1]) == 0:
        raise fail(f"'{value}' is not a period; write it like '6 months', '1 year', '12 weeks' or '90 days'")
    return ReviewPeriod(int(match[1]), match[2])


Period = Annotated[ReviewPeriod, BeforeValidator(parse_period), PlainSerializer(str)]

# How often content is reviewed when the file does not say.
DEFAULT_REVIEW = ReviewPeriod(1, "year")


def parse_owner(value: Any) -> str:
    """A team or role (``DMV web team``), not a person's contact details: content files are
    public, in the repository and its history, and a role outlives whoever holds it."""
    value = non_empty_text(value)
    if not isinstance(value, str):
        raise fail("write the owner as text: a team or role, for example 'DMV web team'")
    if _PERSONAL.search(value):
        raise fail(
            f"'{value.strip()}' looks like an e-mail address or phone number; write a team or role instead "
            "(for example: DMV web team); content files are public, so keep the contact details of people out of them"
        )
    return value.strip()


Owner = Annotated[str, BeforeValidator(parse_owner)]
