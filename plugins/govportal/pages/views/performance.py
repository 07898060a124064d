"""The view of the performance page: what people told us through the feedback forms, in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govportal.model.performance import (
    AgencyResult,
    Comment,
    PerformanceReport,
    ServiceResult,
    Summary,
)
from govportal.pages import urls
from govportal.pages.views.site import PageView, SiteView
from govportal.pages.wording import NO_ANSWERS, counted, long_date, month_name, percent

TOP_REASONS = 3  # the page lists the most common "could be better" reasons, not every one


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class Day:
    """A date shown to people, with the machine-readable form for ``<time datetime>``."""

    iso: str
    words: str


def day(when: date) -> Day:
    return Day(when.isoformat(), long_date(when))


@dataclass(frozen=True)
class Said:
    """A published comment, with the day it arrived."""

    received: Day
    text: str


@dataclass(frozen=True)
class AgencyPerformance:
    id: str
    name: str
    figures: tuple[Figure, ...]
    could_be_better: tuple[str, ...]  # It took too long: 4
    months: tuple[str, ...]
    services: tuple[str, ...]
    comments: tuple[Said, ...]


@dataclass(frozen=True)
class Period:
    first: Day
    last: Day


@dataclass(frozen=True)
class PerformanceView:
    period: Period | None  # None until someone has answered: the page says so instead of figures
    figures: tuple[Figure, ...] = ()
    months: tuple[str, ...] = ()
    agencies: tuple[AgencyPerformance, ...] = ()
    json_href: str = urls.PERFORMANCE_JSON


def performance_view(site: SiteView, page: PageView) -> PerformanceView:
    report = site.content.performance
    period = answered(report)
    if report is None or period is None:
        return PerformanceView(None)
    return PerformanceView(period, figures(report.portal), months(report.portal), tuple(agency(site, result) for result in report.agencies))


def answered(report: PerformanceReport | None) -> Period | None:
    """The days the answers span, or None when there are none to show."""
    if report is None or not report.portal.responses or report.first_response is None or report.last_response is None:
        return None
    return Period(day(report.first_response), day(report.last_response))


def figures(summary: Summary) -> tuple[Figure, ...]:
    average = summary.satisfaction_average
    return (
        Figure("Responses", str(summary.responses)),
        Figure("Found the page helpful", percent(summary.helpful_percent)),
        Figure("Satisfied with the service", percent(summary.satisfied_percent)),
        Figure("Average satisfaction (1 to 5)", NO_ANSWERS if average is None else str(average)),
        Figure("Trust increased", percent(summary.trust_percent)),
        Figure("Waiting for a reply", str(summary.follow_up_pending)),
        Figure("Accessibility problems reported", str(summary.accessibility_reports)),
    )


def months(summary: Summary) -> tuple[str, ...]:
    """``November 2026: 12 responses, 75% found the page helpful, satisfaction 4.2 out of 5``."""
    lines = []
    for month in summary.months:
        parts = [f"{month_name(month.month)}: {counted(month.responses, 'response')}"]
        if month.helpful_percent is not None:
            parts.append(f"{percent(month.helpful_percent)} found the page helpful")
        if month.satisfaction_average is not None:
            parts.append(f"satisfaction {month.satisfaction_average} out of 5")
        lines.append(", ".join(parts))
    return tuple(lines)


def agency(site: SiteView, result: AgencyResult) -> AgencyPerformance:
    reasons = tuple(f"{reason.label}: {reason.count}" for reason in result.summary.could_be_better[:TOP_REASONS])
    return AgencyPerformance(
        result.id, site.agency_name(result.id), figures(result.summary), reasons, months(result.summary),
        tuple(service_line(site, service) for service in result.services), tuple(said(comment) for comment in result.comments),
    )


def service_line(site: SiteView, result: ServiceResult) -> str:
    """``Renew a driver's license: 8 responses, 75% satisfied, 80% found the page helpful``."""
    summary = result.summary
    parts = [f"{site.service_title(result.id)}: {counted(summary.responses, 'response')}"]
    if summary.satisfied_percent is not None:
        parts.append(f"{percent(summary.satisfied_percent)} satisfied")
    if summary.helpful_percent is not None:
        parts.append(f"{percent(summary.helpful_percent)} found the page helpful")
    return ", ".join(parts)


def said(comment: Comment) -> Said:
    return Said(day(comment.received), comment.text)
