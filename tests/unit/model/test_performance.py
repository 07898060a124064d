"""The performance report as read back from ``content/performance.json``."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from govportal.model.performance import PerformanceReport, Summary

SUMMARY: dict[str, Any] = {
    "responses": 3, "page_responses": 2, "helpful_percent": 50.0, "survey_responses": 1, "satisfaction_average": 4.0,
    "satisfied_percent": 100.0, "trust_average": None, "trust_percent": None,
    "went_well": [{"id": "ease", "label": "It was easy to do", "count": 1}], "could_be_better": [],
    "follow_up_pending": 0, "months": [{"month": "2026-11", "responses": 3, "helpful_percent": 50.0, "satisfaction_average": 4.0}],
}
REPORT: dict[str, Any] = {"generated_at": "2026-11-23T10:00:00-07:00", "first_response": "2026-11-01", "last_response": "2026-11-22", "portal": SUMMARY, "agencies": []}


def test_a_report_made_before_accessibility_reports_existed_still_reads() -> None:
    assert Summary.model_validate(SUMMARY).accessibility_reports == 0
    assert PerformanceReport.model_validate(REPORT).portal.went_well[0].label == "It was easy to do"


def test_a_report_round_trips_through_json() -> None:
    report = PerformanceReport.model_validate(REPORT)
    assert PerformanceReport.model_validate_json(report.model_dump_json()) == report


@pytest.mark.parametrize("change", [{"portal": SUMMARY | {"surprise": 1}}, {"agencies": [{"id": "dmv", "summary": SUMMARY, "services": []}]}])
def test_a_report_with_unknown_or_missing_fields_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PerformanceReport.model_validate(REPORT | change)
