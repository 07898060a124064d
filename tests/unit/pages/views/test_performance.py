"""The performance page's view: figures and trends in words, the top reasons, published comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from govportal.model.performance import (
    AgencyResult,
    Comment,
    Month,
    PerformanceReport,
    Reason,
    ServiceResult,
    Summary,
)
from govportal.pages.views.performance import (
    Day,
    Figure,
    PerformanceView,
    Period,
    Said,
    performance_view,
)
from govportal.pages.views.site import PageView

from tests.unit.pages.views.portal import minimal, site


def summary(responses: int = 0, **changes: object) -> Summary:
    empty = Summary(
        responses=responses, page_responses=responses, helpful_percent=None, survey_responses=0, satisfaction_average=None, satisfied_percent=None,
        trust_average=None, trust_percent=None, went_well=[], could_be_better=[], follow_up_pending=0, months=[],
    )
    return empty.model_copy(update=changes)


def report(portal: Summary, agencies: list[AgencyResult]) -> PerformanceReport:
    return PerformanceReport(generated_at=datetime(2026, 11, 23, tzinfo=UTC), first_response=date(2026, 10, 2), last_response=date(2026, 11, 20), portal=portal, agencies=agencies)


def view_of(performance: PerformanceReport | None) -> PerformanceView:
    return performance_view(site(replace(minimal(), performance=performance)), PageView("performance"))


def test_no_report_or_no_answers_shows_no_figures() -> None:
    assert view_of(None).period is None
    assert view_of(report(summary(0), [])).period is None


def test_figures_say_no_answers_yet_rather_than_zero() -> None:
    view = view_of(report(summary(4, helpful_percent=75.0, satisfaction_average=4.5, follow_up_pending=1), []))
    assert view.period == Period(Day("2026-10-02", "October 2, 2026"), Day("2026-11-20", "November 20, 2026"))
    assert view.figures == (
        Figure("Responses", "4"), Figure("Found the page helpful", "75%"), Figure("Satisfied with the service", "No answers yet"),
        Figure("Average satisfaction (1 to 5)", "4.5"), Figure("Trust increased", "No answers yet"), Figure("Waiting for a reply", "1"),
        Figure("Accessibility problems reported", "0"),
    )


def test_months_name_the_month_and_count_responses_in_the_singular_or_plural() -> None:
    months = [Month(month="2026-10", responses=1, helpful_percent=None, satisfaction_average=None), Month(month="2026-11", responses=3, helpful_percent=66.7, satisfaction_average=4.2)]
    view = view_of(report(summary(4, months=months), []))
    assert view.months == ("October 2026: 1 response", "November 2026: 3 responses, 66.7% found the page helpful, satisfaction 4.2 out of 5")


def test_an_agency_shows_its_top_three_reasons_services_and_comments() -> None:
    reasons = [Reason(id=f"r{n}", label=f"Reason {n}", count=10 - n) for n in range(5)]
    services = [ServiceResult(id="parks/reserve-a-campsite", summary=summary(2, satisfied_percent=50.0)), ServiceResult(id="parks/gone", summary=summary(1))]
    parks = AgencyResult(id="parks", summary=summary(3, could_be_better=reasons), services=services, comments=[Comment(received=date(2026, 11, 2), page="/", text="Good.")])
    removed = AgencyResult(id="closed", summary=summary(1), services=[], comments=[])
    first, second = view_of(report(summary(4), [parks, removed])).agencies
    assert (first.id, first.name) == ("parks", "Division of State Parks")
    assert first.could_be_better == ("Reason 0: 10", "Reason 1: 9", "Reason 2: 8")
    assert first.services == ("Reserve a campsite: 2 responses, 50% satisfied", "parks/gone: 1 response")
    assert first.comments == (Said(Day("2026-11-02", "November 2, 2026"), "Good."),)
    assert (second.name, second.could_be_better) == ("closed", ())  # an agency since removed keeps its history
