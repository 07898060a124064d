"""Sum up stored responses into the customer service performance report.

Pure arithmetic over rows as :meth:`Store.rows` yields them, so the figures can
be checked against the rows themselves. What people wrote stays private unless the
portal publishes comments for that agency; then only approved comments appear, redacted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import groupby
from statistics import mean

from govportal.feedback.redact import redact
from govportal.config.feedback import Choice, FeedbackSettings
from govportal.feedback.submission import ACCESSIBILITY
from govportal.model.performance import AgencyResult, Comment, Month, PerformanceReport, Reason, ServiceResult, Summary

Row = Mapping[str, object]


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _average(values: Sequence[int]) -> float | None:
    return round(mean(values), 2) if values else None


def _scores(rows: Sequence[Row], key: str) -> list[int]:
    return [int(v) for r in rows if isinstance(v := r.get(key), int)]


def _reasons(rows: Sequence[Row], key: str, choices: list[Choice]) -> list[Reason]:
    counts: Counter[str] = Counter()
    for row in rows:
        picked = row.get(key)
        counts.update(picked if isinstance(picked, list) else [])
    labels = {c.id: c.label for c in choices}
    return [Reason(id=i, label=labels.get(i, i), count=n) for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _received(row: Row) -> datetime:
    value = row["received_at"]
    assert isinstance(value, datetime)
    return value


def summarise(rows: Sequence[Row], settings: FeedbackSettings, with_months: bool = True) -> Summary:
    pages = [r for r in rows if r["kind"] == "page"]
    surveys = [r for r in rows if r["kind"] == "survey"]
    satisfaction, trust = _scores(surveys, "satisfaction"), _scores(surveys, "trust")
    months = []
    if with_months:
        by_month = sorted(rows, key=lambda r: _received(r).strftime("%Y-%m"))
        for month, group in groupby(by_month, key=lambda r: _received(r).strftime("%Y-%m")):
            summary = summarise(list(group), settings, with_months=False)
            months.append(Month(month=month, responses=summary.responses, helpful_percent=summary.helpful_percent, satisfaction_average=summary.satisfaction_average))
    return Summary(
        responses=len(rows),
        page_responses=len(pages),
        helpful_percent=_percent(sum(1 for r in pages if r["helpful"]), len(pages)),
        survey_responses=len(surveys),
        satisfaction_average=_average(satisfaction),
        satisfied_percent=_percent(sum(1 for s in satisfaction if s >= 4), len(satisfaction)),
        trust_average=_average(trust),
        trust_percent=_percent(sum(1 for s in trust if s >= 4), len(trust)),
        went_well=_reasons(surveys, "went_well", settings.survey.went_well),
        could_be_better=_reasons(surveys, "could_be_better", settings.survey.could_be_better),
        follow_up_pending=sum(1 for r in rows if r["follow_up"] and not r["followed_up_at"]),
        months=months,
        accessibility_reports=sum(1 for r in rows if r["kind"] == ACCESSIBILITY),
    )


def _comments(rows: Sequence[Row], limit: int) -> list[Comment]:
    """The most recent approved comments, with personal details taken out."""
    approved = (r for r in rows if r.get("comment") and r.get("approved_at"))
    recent = sorted(approved, key=_received, reverse=True)[:limit]
    return [Comment(received=_received(r).date(), page=str(r["page"]), text=redact(str(r["comment"]))) for r in recent]


def build_report(rows: Iterable[Row], settings: FeedbackSettings, now: datetime | None = None) -> PerformanceReport:
    everything = list(rows)
    agencies = []
    for agency in sorted({str(r["agency"]) for r in everything if r.get("agency")}):
        mine = [r for r in everything if r.get("agency") == agency]
        services = [
            ServiceResult(id=service, summary=summarise([r for r in mine if r.get("service") == service], settings))
            for service in sorted({str(r["service"]) for r in mine if r.get("service")})
        ]
        comments = _comments(mine, settings.report_comments) if settings.publishes_comments(agency) else []
        agencies.append(AgencyResult(id=agency, summary=summarise(mine, settings), services=services, comments=comments))
    times = [_received(r) for r in everything]
    return PerformanceReport(
        generated_at=now or datetime.now(UTC),
        first_response=min(times).date() if times else None,
        last_response=max(times).date() if times else None,
        portal=summarise(everything, settings),
        agencies=agencies,
    )
