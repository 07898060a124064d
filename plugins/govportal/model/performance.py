"""The customer service performance report: what people told us, summed up.

Written by ``govportal feedback report`` as ``content/performance.json`` and
published by the build as the ``/performance/`` page and ``/performance.json``.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict


class _Report(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Report):
    id: str
    label: str
    count: int


class Month(_Report):
    month: str  # 2026-11
    responses: int
    helpful_percent: float | None
    satisfaction_average: float | None


class Summary(_Report):
    responses: int
    page_responses: int
    helpful_percent: float | None  # of "Was this page helpful?" answers, % Yes
    survey_responses: int
    satisfaction_average: float | None  # 1 to 5
    satisfied_percent: float | None  # % answering 4 or 5
    trust_average: float | None
    trust_percent: float | None
    went_well: list[Reason]
    could_be_better: list[Reason]
    follow_up_pending: int
    months: list[Month]
    accessibility_reports: int = 0  # "Report an accessibility problem" (0 in reports made before it existed)


class Comment(_Report):
    received: date
    page: str
    text: str


class ServiceResult(_Report):
    id: str  # agency/slug
    summary: Summary


class AgencyResult(_Report):
    id: str
    summary: Summary
    services: list[ServiceResult]
    comments: list[Comment]


class PerformanceReport(_Report):
    generated_at: datetime
    first_response: date | None
    last_response: date | None
    portal: Summary
    agencies: list[AgencyResult]
