"""Each agency and service page for ``govportal review``: who owns it, when it is due for review
(``last_reviewed`` plus ``review_in``, one year by default) and its state.

States, first that applies: ``draft`` (not published: ``draft: true``, or an agency draft still
missing fields), ``scheduled`` (``publish_on`` still to come), ``unpublished`` (``unpublish_on``
has passed), ``overdue`` (review date passed), ``due`` (within the days asked), ``ok``.
:func:`review_json` is the shape dashboards read; README "Review dates and owners" documents it,
and ``REVIEW_FORMAT`` changes only when a field changes meaning or goes away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from govportal.content.drafts import Unpublished, publication
from govportal.model.portal import PortalContent
from govportal.model.publishing import Publishing
from govportal.model.review import DEFAULT_REVIEW, ReviewPeriod

REVIEW_FORMAT = "govportal-review/1"
State = Literal["draft", "scheduled", "unpublished", "overdue", "due", "ok"]
STATES: tuple[State, ...] = ("overdue", "due", "scheduled", "draft", "unpublished", "ok")
_NOT_PUBLISHED: dict[str, State] = {"draft": "draft", "scheduled": "scheduled", "ended": "unpublished"}


@dataclass(frozen=True, order=True)
class ReviewItem:
    """One page: an agency or a service, with what an owner needs to act on it."""

    agency_id: str
    review_by: date | None  # None for an agency draft that has no last_reviewed yet
    kind: str  # "agency" or "service"
    title: str
    source: str  # the file to edit, relative to the content folder
    state: State
    owner: str | None = None  # the page's owner, else its agency's
    reviewed: date | None = None
    note: str = ""  # why it is not published ("publishes on ..."), or what an agency draft still lacks
    publish_on: datetime | None = None
    unpublish_on: datetime | None = None

    def as_json(self, folder: str) -> dict[str, Any]:
        """The stable JSON shape (README: "Review dates and owners")."""
        return {
            "file": f"{folder}/{self.source}",
            "kind": self.kind,
            "title": self.title,
            "agency": self.agency_id,
            "owner": self.owner,
            "reviewed": self.reviewed.isoformat() if self.reviewed else None,
            "review_by": self.review_by.isoformat() if self.review_by else None,
            "state": self.state,
            "publish_on": self.publish_on.isoformat() if self.publish_on else None,
            "unpublish_on": self.unpublish_on.isoformat() if self.unpublish_on else None,
            "note": self.note or None,
        }


@dataclass(frozen=True)
class _When:
    """The moment of the review, in the portal's time zone, and how far ahead "due" looks."""

    zone: str
    today: date
    limit: date

    def state(self, unpublished: Unpublished | None, review_by: date) -> State:
        if unpublished is not None:
            return _NOT_PUBLISHED[unpublished.reason]
        if review_by < self.today:
            return "overdue"
        return "due" if review_by <= self.limit else "ok"


def _item(when: _When, where: tuple[str, str, str], page: Publishing, review: tuple[str, date, ReviewPeriod | None],
          default_owner: str | None, unpublished: Unpublished | None) -> ReviewItem:
    """``where`` is (kind, agency id, file); ``review`` is (title, last reviewed, period)."""
    (kind, agency_id, source), (title, reviewed, period) = where, review
    review_by = (period or DEFAULT_REVIEW).after(reviewed)
    return ReviewItem(
        agency_id, review_by, kind, title, source, when.state(unpublished, review_by),
        owner=page.owner or default_owner, reviewed=reviewed, note=unpublished.summary() if unpublished else "",
        publish_on=page.publishes_at(when.zone), unpublish_on=page.unpublishes_at(when.zone),
    )


def review_items(content: PortalContent, now: datetime, zone: str, within_days: int) -> list[ReviewItem]:
    """Every agency and service (agency drafts that lack fields too), by agency and review date."""
    today = now.astimezone(ZoneInfo(zone)).date()
    when = _When(zone, today, today + timedelta(days=within_days))
    state = publication(content, now, zone)
    items = [
        _item(when, ("agency", agency_id, f"agencies/{agency_id}.yml"), agency, (agency.name, agency.last_reviewed, agency.review_in),
              None, state.agencies.get(agency_id))
        for agency_id, agency in content.agencies.items()
    ]
    for page in content.services:
        service, agency = page.service, content.agencies.get(page.agency_id)
        items.append(_item(when, ("service", page.agency_id, page.source), service, (service.title, service.last_reviewed, service.review_in),
                           agency.owner if agency else None, state.of_service(page)))
    items += [
        ReviewItem(agency_id, None, "agency", draft.name, f"agencies/{agency_id}.yml", "draft",
                   note=f"missing {', '.join(draft.missing)}" if draft.missing else "complete: remove 'status: draft' to publish it")
        for agency_id, draft in content.drafts.items()
    ]
    return sorted(items, key=lambda i: (i.agency_id, i.review_by or date.max, i.kind, i.source))


def review_json(items: list[ReviewItem], now: datetime, within_days: int, folder: str = "content") -> str:
    """The document ``govportal review --json`` prints: counts by state and every page."""
    counts = {state: sum(1 for i in items if i.state == state) for state in STATES}
    document = {
        "format": REVIEW_FORMAT,
        "generated": now.isoformat(),
        "due_within_days": within_days,
        "counts": counts,
        "pages": [item.as_json(folder) for item in items],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
