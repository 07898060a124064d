"""Hours, alerts and what is not working, as templates and exports need them.

Pages state hours in words and never whether a channel is open now: that depends on when
the page is read, so the browser works it out from the hours data each status line carries
(:meth:`Availability.hours_data`, the same :class:`~govportal.model.schedule.Schedule` the
tests hold equal to the Python rules). Alerts and statuses are in a page only while active
at build time; their end is in the page too, for the script to hide them when it passes.
Everything in words is in the portal's language (``content.language``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from govportal.i18n import translator
from govportal.model.agency import CHANNEL_NAMES, Agency, Channel
from govportal.model.alerts import Alert
from govportal.model.hours import Calendar, Hours, ranges_in_words
from govportal.model.portal import PortalContent, ServicePage
from govportal.model.schedule import Schedule, zone_label
from govportal.model.status import ServiceStatus, aware
from govportal.pages import urls
from govportal.pages.wording import capitalized, day_and_month

# How far ahead pages carry closures and special hours: a page a year old still knows them.
DATA_DAYS = 400
# How far ahead pages list closures and special hours in words.
LIST_DAYS = 60


@dataclass(frozen=True)
class DayNote:
    """A date that differs from the usual week: ``("Friday, December 25", "Closed: Christmas Day")``."""

    day: date
    when: str
    what: str


@dataclass(frozen=True)
class NotWorking:
    """One service or channel that is not working, for the status page and ``status.json``."""

    kind: str  # service | channel
    name: str
    agency_id: str | None
    path: str  # site path of the page that says more
    status: ServiceStatus


class Availability:
    """Hours, alerts and statuses of the portal at one build moment."""

    def __init__(self, content: PortalContent, zone: str, moment: datetime) -> None:
        self.content = content
        self.zone = zone
        self.moment = moment
        self.today = moment.astimezone(ZoneInfo(zone)).date()
        self.language = content.language
        self.strings = translator(content.language)

    def calendar(self, agency_id: str | None) -> Calendar:
        holidays = tuple(self.content.portal.holidays)
        agency = self.content.agencies.get(agency_id or "")
        return agency.calendar(holidays) if agency else Calendar(holidays)

    def schedule(self, hours: Hours, agency_id: str | None, days: int = DATA_DAYS) -> Schedule:
        first = self.today - timedelta(days=1)
        return hours.schedule(self.zone, self.calendar(agency_id), first, self.today + timedelta(days=days))

    def hours_data(self, hours: Hours, agency_id: str | None = None) -> str:
        """JSON for ``data-gp-hours``: the rules the browser applies to its own clock."""
        return json.dumps(self.schedule(hours, agency_id).data(), separators=(",", ":"), ensure_ascii=False)

    def zone_name(self, hours: Hours) -> str:
        """``Mountain Time``, ``hora de las Montañas Rocosas``."""
        return zone_label(hours.timezone or self.zone, self.language)

    def week_words(self, hours: Hours) -> str:
        """``Monday to Friday, 8 a.m. to 5 p.m. Mountain Time``."""
        return hours.in_words(self.zone_name(hours), self.strings)

    def hours_words(self, hours: Hours) -> str:
        """``Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays``."""
        words = self.week_words(hours)
        if hours.observes_state_holidays and not hours.open_24_7:
            return self.strings.gettext("%(hours)s; closed on state holidays") % {"hours": words}
        return words

    def hours_rows(self, hours: Hours) -> tuple[tuple[str, str], ...]:
        """Rows of an opening-hours table: ``("Monday to Friday", "8 a.m. to 5 p.m.")``, each day cell
        starting with a capital (``De lunes a viernes``)."""
        return tuple((capitalized(days), times) for days, times in hours.summary(self.strings))

    def day_notes(self, hours: Hours, agency_id: str | None = None) -> list[DayNote]:
        """Closures and special hours in the next weeks, in words, by date."""
        if hours.open_24_7:
            return []
        _ = self.strings.gettext
        calendar, last = hours.calendar(self.calendar(agency_id)), self.today + timedelta(days=LIST_DAYS)
        special = calendar.special_dates(self.today, last)
        notes = [DayNote(d, self._when(d), _("closed (%(reason)s)") % {"reason": why}) for d, why in calendar.closed_dates(self.today, last).items() if d not in special]
        for day, extra in special.items():
            words = ranges_in_words(tuple(extra.hours), self.strings)
            what = _("open %(hours)s (%(reason)s)") % {"hours": words, "reason": extra.name} if extra.name else _("open %(hours)s") % {"hours": words}
            notes.append(DayNote(day, self._when(day), what))
        return sorted(notes, key=lambda n: n.day)

    def _when(self, day: date) -> str:
        """``Friday, December 25``, ``Viernes, 25 de diciembre``: a list item's label."""
        return capitalized(day_and_month(day, self.language))

    # Alerts

    def alerts_for(self, agency_id: str | None, service: ServicePage | None, topic_id: str | None) -> list[Alert]:
        """Active alerts for one page, most serious first."""
        topics = list(service.service.topics) if service else ([topic_id] if topic_id else [])
        found = [a for a in self.content.alerts if a.active(self.moment, self.zone) and a.covers(agency_id, service.id if service else None, topics)]
        order = {"emergency": 0, "warning": 1, "information": 2}
        return sorted(found, key=lambda a: order[a.severity])

    def severity_name(self, alert: Alert) -> str:
        """``Warning``, ``Advertencia``: the model's name in the portal's language (in the catalogue
        from govportal/model/alerts.py)."""
        return self.strings.gettext(alert.severity_name)

    def ends_iso(self, window: Alert | ServiceStatus) -> str:
        end = window.ends_at(self.zone)
        return end.isoformat() if end else ""

    # Service and channel status

    def state_name(self, status: ServiceStatus) -> str:
        """``Not working``, ``No funciona``: the model's name in the portal's language (in the catalogue
        from govportal/model/status.py)."""
        return self.strings.gettext(status.state_name)

    def status_of(self, status: ServiceStatus | None) -> ServiceStatus | None:
        """``status`` while it applies (since .. until), else None."""
        return status if status is not None and status.active(self.moment, self.zone) else None

    def working_first(self, channels: list[Channel]) -> list[Channel]:
        """Channels with the ones not working last, so a broken one is never offered first."""
        return sorted(channels, key=lambda c: self.status_of(c.status) is not None)

    def not_working(self) -> list[NotWorking]:
        """Everything with an active status: services by title, then channels by agency."""
        found = [
            NotWorking("service", s.service.title, s.agency_id, urls.service(s.id), status)
            for s in sorted(self.content.services, key=lambda s: s.service.title.lower())
            if (status := self.status_of(s.service.status)) is not None
        ]
        for agency_id, agency in sorted(self.content.agencies.items()):
            found += [
                NotWorking("channel", _channel_name(c, agency), agency_id, urls.help_for(agency_id), status)
                for c in agency.channels
                if (status := self.status_of(c.status)) is not None
            ]
        found += [
            NotWorking("channel", _channel_name(c, None), None, urls.HELP, status)
            for c in self.content.portal.help_channels
            if (status := self.status_of(c.status)) is not None
        ]
        return found

    def status_json(self, site_url: str) -> str:
        """``/status.json``: what is not working, for other sites and assistants."""
        items: list[dict[str, Any]] = [
            {
                "kind": item.kind,
                "name": item.name,
                "agency": item.agency_id,
                "url": site_url + item.path,
                "state": item.status.state,
                "message": item.status.message,
                "since": _iso(item.status.since, self.zone),
                "until": _iso(item.status.until, self.zone),
            }
            for item in self.not_working()
        ]
        return json.dumps({"generated": self.moment.isoformat(timespec="seconds"), "not_working": items}, ensure_ascii=False, indent=2) + "\n"


def _iso(moment: datetime | None, zone: str) -> str | None:
    return None if moment is None else aware(moment, zone).isoformat()


def _channel_name(channel: Channel, agency: Agency | None) -> str:
    base = channel.label or CHANNEL_NAMES[channel.type]
    return f"{agency.acronym or agency.name}: {base}" if agency else base
