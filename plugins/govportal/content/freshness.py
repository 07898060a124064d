"""Which pages are due for review: ``last_reviewed`` plus ``review_in`` (one year by default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from govportal.model.portal import PortalContent
from govportal.model.review import DEFAULT_REVIEW


@dataclass(frozen=True, order=True)
class Due:
    agency_id: str
    due: date
    kind: str  # "agency" or "service"
    title: str
    source: str  # the file to edit, relative to the content folder

    def overdue(self, today: date) -> bool:
        return self.due < today


def due_for_review(content: PortalContent, today: date, within_days: int) -> list[Due]:
    """Agencies and services whose review date has passed or comes within ``within_days``, by agency."""
    limit = today + timedelta(days=within_days)
    found = []
    for agency_id, agency in content.agencies.items():
        due = (agency.review_in or DEFAULT_REVIEW).after(agency.last_reviewed)
        if due <= limit:
            found.append(Due(agency_id, due, "agency", agency.name, f"agencies/{agency_id}.yml"))
    for page in content.services:
        service = page.service
        due = (service.review_in or DEFAULT_REVIEW).after(service.last_reviewed)
        if due <= limit:
            found.append(Due(page.agency_id, due, "service", service.title, page.source))
    return sorted(found)
