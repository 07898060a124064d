"""Whether an agency or service is on the published site: drafts, and set times to publish or unpublish.

One notion of "not published yet" for both kinds of page. In a content file::

    draft: true                              # only in the preview, with a "Draft" banner
    publish_on: 2026-03-01                   # a date alone: the start of that day, portal time zone
    unpublish_on: 2026-06-30T17:00-06:00     # or a date and time, best with its offset

``status: draft``, the spelling ``govportal import agencies`` writes, means ``draft: true``.
Times without an offset are in the portal's time zone (site.yml ``timezone``), as in statuses
and alerts, and are placed there by :func:`govportal.model.status.aware` when the build asks.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, ValidationInfo, field_validator

from govportal.model.fields import ContentModel, fail
from govportal.model.review import Owner
from govportal.model.status import aware

_FORMAT_HELP = "write a date, 2026-03-01 (the start of that day in the portal time zone), or a date and time with its offset, 2026-03-01T09:00-07:00"


def parse_moment(value: Any) -> datetime:
    """A date-time as written; a date alone becomes midnight, left without an offset on purpose."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise fail(f"'{value}' is not a date or a date and time; {_FORMAT_HELP}")


Moment = Annotated[datetime, BeforeValidator(parse_moment)]


def _wall_clock_order(first: datetime, second: datetime) -> bool:
    """True when ``first`` is before ``second``; with one offset written and one not, the wall
    clock times are compared (the portal's zone is not known here; close enough to catch swaps)."""
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return first < second


class Publishing(ContentModel):
    """Fields every agency and service has: draft, publish and unpublish times, and who answers for it."""

    draft: bool = False
    publish_on: Moment | None = None
    unpublish_on: Moment | None = None
    # A team or role that keeps the page up to date, e.g. "DMV web team"; never a person's own details.
    owner: Owner | None = None

    @field_validator("unpublish_on")
    @classmethod
    def _after_publishing(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        start = info.data.get("publish_on")
        if value is not None and start is not None and not _wall_clock_order(start, value):
            raise fail(f"{value.isoformat()} is not after publish_on ({start.isoformat()}); the page would never be published. Check the two dates")
        return value

    def publishes_at(self, zone: str) -> datetime | None:
        return None if self.publish_on is None else aware(self.publish_on, zone)

    def unpublishes_at(self, zone: str) -> datetime | None:
        return None if self.unpublish_on is None else aware(self.unpublish_on, zone)
