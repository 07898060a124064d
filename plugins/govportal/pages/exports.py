"""Hours, closures and status as files other sites and assistants read.

- ``agencies/<id>/hours.json``: the agency's channels with their weekly hours, closures and
  special hours as schema.org OpeningHoursSpecification (JSON-LD).
- ``agencies/<id>/closures.ics``: the agency's closures and special days as an iCalendar file
  (written with the ``icalendar`` library), for calendars.
- ``status.json``: what is not working (see :meth:`Availability.status_json`).

Each covers the same dates the pages' hours data does, from the build on.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

from icalendar import Calendar as ICalendar
from icalendar import Event

from govportal.model.agency import CHANNEL_NAMES, Agency
from govportal.pages import structured_data, urls
from govportal.pages.availability import DATA_DAYS, Availability


def hours_json(agency_id: str, agency: Agency, availability: Availability, site_url: str) -> str:
    """The agency's hours as JSON-LD, one ContactPoint per channel that has hours."""
    points = []
    for channel in agency.channels:
        if channel.hours is None:
            continue
        schedule = availability.schedule(channel.hours, agency_id)
        dated = [] if schedule.always else structured_data.dated_hours(list(schedule.closed), {d: list(s) for d, s in schedule.special.items()})
        points.append({
            "@type": "ContactPoint",
            "name": channel.label or CHANNEL_NAMES[channel.type],
            "contactType": CHANNEL_NAMES[channel.type],
            "hoursAvailable": structured_data.opening_hours(channel.hours) + dated,
            "description": availability.hours_words(channel.hours),
        })
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": agency.name,
        "url": site_url + urls.agency(agency_id),
        "contactPoint": points,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def closures_ics(agency_id: str, agency: Agency, availability: Availability, site_url: str) -> str:
    """All-day events for the days the agency closes or keeps special hours."""
    host = urlsplit(site_url).hostname or "govportal.invalid"
    calendar = ICalendar()
    calendar.add("prodid", "-//govportal//closures//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{agency.name}: closures and special hours")
    shared = availability.calendar(agency_id)
    first, last = availability.today, availability.today + timedelta(days=DATA_DAYS)
    entries = {day: f"Closed: {why}" for day, why in shared.closed_dates(first, last).items()}
    for day, extra in shared.special_dates(first, last).items():
        entries[day] = f"Open {' and '.join(r.words() for r in extra.hours)}" + (f" ({extra.name})" if extra.name else "")
    for day, summary in sorted(entries.items()):
        event = Event()
        event.add("uid", f"{day.isoformat()}-{agency_id}-{_slug(summary)}@{host}")
        event.add("dtstamp", availability.moment)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"{agency.acronym or agency.name}: {summary}")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def export_files(availability: Availability, site_url: str) -> list[tuple[str, str]]:
    """Every export as (site path, text)."""
    files = [(urls.STATUS_JSON, availability.status_json(site_url))]
    for agency_id, agency in sorted(availability.content.agencies.items()):
        files.append((urls.agency_file(agency_id, "hours.json"), hours_json(agency_id, agency, availability, site_url)))
        files.append((urls.agency_file(agency_id, "closures.ics"), closures_ics(agency_id, agency, availability, site_url)))
    return files
