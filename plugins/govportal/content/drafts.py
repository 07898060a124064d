"""What is not published (yet): drafts, and pages outside their publish_on/unpublish_on window.

One notion for agencies and services, read from :class:`govportal.model.publishing.Publishing`.
A draft is never published by ``govportal build``; the preview (``govportal serve``) shows it
with a "Draft" banner. A service of an agency that is not published is not published either.

An agency draft may also be incomplete, as the agency import writes them: what it has must be
valid (a wrong phone number is an error even in a draft); what it lacks is listed by
``govportal review`` instead of stopping the build. An incomplete draft cannot be drawn, even in
the preview, so it is kept apart as an :class:`AgencyDraft`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from govportal.content.errors import findings_from
from govportal.findings import Finding
from govportal.model.agency import INCOMPLETE, Agency, AgencyDraft
from govportal.model.portal import PortalContent, ServicePage
from govportal.model.publishing import Publishing
from govportal.model.schedule import MONTH_NAMES, clock_text, zone_label

Reason = Literal["draft", "scheduled", "ended"]


def is_draft(data: Any) -> bool:
    """``draft: true``, or ``status: draft`` as the agency import writes it."""
    return isinstance(data, dict) and (data.get("draft") is True or data.get("status") == "draft")


def read_draft(data: dict[str, Any], path: str, today: date) -> tuple[Agency | AgencyDraft | None, list[Finding]]:
    """A complete draft as an :class:`Agency`, an incomplete one as what it lacks, or ``None`` and the errors in what it has."""
    try:
        return Agency.model_validate(data, context={"today": today}), []
    except ValidationError as exc:
        # findings_from gives one finding per error, in pydantic's order.
        pairs = list(zip(exc.errors(include_url=False), findings_from(exc, path, Agency), strict=True))
        missing = tuple(f.field for e, f in pairs if e["type"] in INCOMPLETE)
        problems = [f for e, f in pairs if e["type"] not in INCOMPLETE]
        if "name" in missing:
            problems.append(Finding(path, "name", "a draft needs at least the agency's name"))
        if problems:
            return None, problems
        return AgencyDraft(str(data["name"]).strip(), missing), []


@dataclass(frozen=True)
class Unpublished:
    """Why a page is not on the published site, and when that changes."""

    reason: Reason
    when: datetime | None = None  # when it publishes (scheduled) or stopped (ended), in the portal's zone

    def summary(self) -> str:
        """A few words for ``govportal review``: ``publishes on March 1, 2026 at midnight Mountain Time``."""
        if self.when is None:
            return "draft: true"
        return f"{'publishes' if self.reason == 'scheduled' else 'unpublished'} on {moment_text(self.when)}"

    def explain(self) -> str:
        """The banner's words in the preview, and ``govportal review``'s."""
        if self.reason == "scheduled" and self.when is not None:
            return f"It is scheduled to publish on {moment_text(self.when)}."
        if self.reason == "ended" and self.when is not None:
            return f"It was unpublished on {moment_text(self.when)}."
        return "It is a draft: remove 'draft: true' to publish it."


def moment_text(moment: datetime) -> str:
    """``March 1, 2026 at midnight Mountain Time``: words, in the zone ``moment`` is in."""
    zone = getattr(moment.tzinfo, "key", "")
    label = f" {zone_label(zone)}" if zone else ""
    return f"{MONTH_NAMES[moment.month - 1]} {moment.day}, {moment.year} at {clock_text(moment.hour * 60 + moment.minute)}{label}"


def state_of(item: Publishing, now: datetime, zone: str) -> Unpublished | None:
    """Why ``item`` is not published at ``now``, or ``None`` when it is."""
    if item.draft:
        return Unpublished("draft")
    starts, ends = item.publishes_at(zone), item.unpublishes_at(zone)
    if starts is not None and now < starts:
        return Unpublished("scheduled", starts.astimezone(ZoneInfo(zone)))
    if ends is not None and ends <= now:
        return Unpublished("ended", ends.astimezone(ZoneInfo(zone)))
    return None


@dataclass(frozen=True)
class Publication:
    """What is not published at one moment: agencies by id, services by ``agency/slug``."""

    agencies: dict[str, Unpublished]
    services: dict[str, Unpublished]

    def of_service(self, page: ServicePage) -> Unpublished | None:
        """A service's own state, else its agency's: nothing links to an agency page that is not there."""
        return self.services.get(page.id) or self.agencies.get(page.agency_id)

    def published(self, content: PortalContent) -> PortalContent:
        """``content`` as the published site shows it: without what is not published."""
        services = [s for s in content.services if self.of_service(s) is None]
        kept = {s.id for s in services}
        return replace(
            content,
            agencies={i: a for i, a in content.agencies.items() if i not in self.agencies},
            services=services,
            forms={i: f for i, f in content.forms.items() if i in kept},
        )


def publication(content: PortalContent, now: datetime, zone: str) -> Publication:
    """What is not published at ``now``; times written without an offset are in ``zone``."""
    agencies = {i: s for i, a in content.agencies.items() if (s := state_of(a, now, zone)) is not None}
    services = {p.id: s for p in content.services if (s := state_of(p.service, now, zone)) is not None}
    return Publication(agencies, services)
