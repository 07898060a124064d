"""Manual accessibility checks: a record past its review period warns, twice past it stops the build."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from govportal.model.accessibility import AccessibilityRecord, manual_check_age, manual_check_findings
from govportal.model.review import ReviewPeriod

SIX_MONTHS = ReviewPeriod(6, "month")


@pytest.mark.parametrize(("today", "age"), [
    (date(2026, 7, 1), "current"), (date(2026, 7, 2), "due"), (date(2027, 1, 1), "due"), (date(2027, 1, 2), "overdue"),
])
def test_age_of_a_check(today: date, age: str) -> None:
    assert manual_check_age(date(2026, 1, 1), SIX_MONTHS, today) == age


def test_findings_name_the_file_and_field_and_use_each_checks_own_period() -> None:
    record = AccessibilityRecord.model_validate({"review_in": "6 months", "manual_checks": [
        {"check": "keyboard", "by": "Web team", "on": "2026-10-01", "result": "Fine."},
        {"check": "zoom-400", "by": "Web team", "on": "2026-03-01", "result": "Fine."},
        {"check": "screen-reader", "tools": ["NVDA with Firefox"], "by": "Web team", "on": "2026-06-01", "result": "Fine.", "review_in": "2 months"},
    ]})
    found = manual_check_findings(record, "content/accessibility.yml", date(2026, 11, 23))
    assert [(f.path, f.field, f.severity) for f in found] == [
        ("content/accessibility.yml", "manual_checks[2].on", "warning"),
        ("content/accessibility.yml", "manual_checks[3].on", "error"),
    ]
    assert "2026-03-01" in found[0].message and "6 months" in found[0].message


def test_screen_reader_check_names_its_pairs() -> None:
    with pytest.raises(ValidationError, match="screen reader and browser pairs"):
        AccessibilityRecord.model_validate({"manual_checks": [{"check": "screen-reader", "by": "Web team", "on": "2026-06-01", "result": "Fine."}]})
