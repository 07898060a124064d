"""Scheduled alerts (``content/alerts.yml``): a storm closes offices, a system is down tonight.

An alert is published only while it is active. A static page stays as built, so each alert
carries its end time into the page and the browser script hides it once that has passed;
scheduled rebuilds (cron in the example workflow) keep the HTML itself current.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import Field

from govportal.findings import Finding
from govportal.model.fields import ContentModel, Slug, Text
from govportal.model.status import Window, aware

ALERTS_FILE = "content/alerts.yml"
Severity = Literal["information", "warning", "emergency"]
SEVERITY_NAMES: dict[str, str] = {"information": "Information", "warning": "Warning", "emergency": "Emergency"}
ENDING_SOON = timedelta(days=1)


class Scope(ContentModel):
    """Where an alert shows: pages of these agencies, services (``dmv/renew-license``) and topics."""

    agencies: list[Slug] = []
    services: list[Annotated[str, Field(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")]] = []
    topics: list[Slug] = []


class Alert(Window):
    """One alert: what to say, how serious, where, and when."""

    title: Text
    message: Text
    severity: Severity
    scope: Literal["portal"] | Scope = "portal"
    starts: datetime
    ends: datetime

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        return self.starts, self.ends

    @property
    def severity_name(self) -> str:
        return SEVERITY_NAMES[self.severity]

    def covers(self, agency_id: str | None, service_id: str | None, topic_ids: list[str]) -> bool:
        """True for a page in scope: every page for ``portal``, else pages of a listed agency,
        service or topic (a service page is in its agency's and its topics' scope too)."""
        if self.scope == "portal":
            return True
        scope = self.scope
        assert isinstance(scope, Scope)
        return (agency_id in scope.agencies) or (service_id in scope.services) or bool(set(topic_ids) & set(scope.topics))


class AlertsFile(ContentModel):
    alerts: list[Alert] = []


def as_alerts_file(data: Any) -> Any:
    """The file is a list of alerts; ``alerts:`` above the list is fine too."""
    return {"alerts": data} if isinstance(data, list) else data


def schedule_findings(alerts: list[Alert], now: datetime, zone: str) -> list[Finding]:
    """What a build says about the alerts' windows: ended ones are dropped, near ones are noted."""
    found = []
    for number, alert in enumerate(alerts, start=1):
        where = f"alerts[{number}]"
        ends = aware(alert.ends, zone)
        if ends <= now:
            found.append(Finding(ALERTS_FILE, where, f"'{alert.title}' ended {ends:%Y-%m-%d %H:%M}; it is left out of the site. Remove it from the file", "warning"))
        elif alert.active(now, zone) and ends - now <= ENDING_SOON:
            found.append(Finding(ALERTS_FILE, where, f"'{alert.title}' ends {ends:%Y-%m-%d %H:%M}, within a day; pages built before then keep it until a rebuild or the browser hides it", "warning"))
    return found
