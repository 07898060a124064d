"""``content/accessibility.yml``: the checks people made by hand, for the accessibility statement.

The gate checks every build automatically; some things only a person can judge (does the
page make sense with a screen reader, at 400 % zoom, without JavaScript?). Each record says
who checked, when, and how often it must be done again: a record older than its
``review_in`` is a build warning, older than twice that an error, so the published
statement never rests on checks nobody has repeated for years.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import model_validator

from govportal.findings import Finding
from govportal.model.fields import ContentModel, PastDate, Text, fail
from govportal.model.review import Period, ReviewPeriod

CheckKind = Literal["keyboard", "screen-reader", "zoom-400", "javascript-off", "high-contrast"]

# What each kind of check is, in the words the statement uses.
CHECK_NAMES: dict[str, str] = {
    "keyboard": "Using only a keyboard",
    "screen-reader": "Using a screen reader",
    "zoom-400": "Zoomed in to 400 %",
    "javascript-off": "With JavaScript turned off",
    "high-contrast": "In high contrast mode",
}
DEFAULT_REVIEW_IN = ReviewPeriod(6, "month")


class ManualCheck(ContentModel):
    """One check made by hand: what, with which tools, by whom, when and what was found."""

    check: CheckKind
    tools: list[Text] = []  # screen reader + browser pairs, e.g. "NVDA 2024.4 with Firefox 133"
    by: Text  # a team or role, not a person's name: "Digital accessibility team"
    on: PastDate
    result: Text  # what they found, in plain words
    review_in: Period | None = None  # how often to repeat it; default: the file's review_in

    @model_validator(mode="after")
    def _screen_reader_names_pairs(self) -> ManualCheck:
        if self.check == "screen-reader" and not self.tools:
            raise fail("a screen reader check needs tools: the screen reader and browser pairs used, e.g. 'NVDA 2024.4 with Firefox 133'")
        return self


class AccessibilityRecord(ContentModel):
    """The whole file: how often checks are repeated, and the checks."""

    review_in: Period = DEFAULT_REVIEW_IN
    manual_checks: list[ManualCheck] = []

    def period_of(self, check: ManualCheck) -> ReviewPeriod:
        return check.review_in or self.review_in

    def missing(self) -> list[str]:
        """Kinds of check nobody has recorded yet, named for the statement."""
        done = {c.check for c in self.manual_checks}
        return [name for kind, name in CHECK_NAMES.items() if kind not in done]


def manual_check_age(on: date, period: ReviewPeriod, today: date) -> Literal["current", "due", "overdue"]:
    """``due`` once ``period`` has passed since ``on``; ``overdue`` once twice the period has."""
    twice = ReviewPeriod(period.amount * 2, period.unit)
    if today > twice.after(on):
        return "overdue"
    return "due" if today > period.after(on) else "current"


def manual_check_findings(record: AccessibilityRecord, file: str, today: date) -> list[Finding]:
    """A warning for each check due again, an error for each left twice as long."""
    found = []
    for number, check in enumerate(record.manual_checks, start=1):
        period = record.period_of(check)
        age = manual_check_age(check.on, period, today)
        if age == "current":
            continue
        name = CHECK_NAMES[check.check].lower()
        if age == "overdue":
            message = f"the check '{name}' was made on {check.on.isoformat()}, more than twice its review period ({period}) ago; repeat it and record the new date, or the statement cannot be published"
        else:
            message = f"the check '{name}' was made on {check.on.isoformat()}, more than {period} ago; repeat it and record the new date"
        found.append(Finding(file, f"manual_checks[{number}].on", message, "error" if age == "overdue" else "warning"))
    return found
