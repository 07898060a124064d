"""The agency directory as open data: ``/directory.json`` and ``/directory.csv``.

The JSON follows ``directory.schema.json`` (published beside it). The CSV has one row
per agency, with the column names ``govportal import agencies`` reads, so a directory
exported from one portal can be imported into another.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govportal.model.agency import Agency
from govportal.model.hours import WEEKDAYS, Hours, TimeRange
from govportal.model.portal import PortalContent
from govportal.pages import urls
from govportal.tabular import csv_table

SCHEMA_FILE = Path(__file__).parent / "directory.schema.json"

# Order is part of the published contract: add columns at the end only.
DIRECTORY_COLUMNS = [
    "id", "name", "acronym", "description", "website", "phone", "phone_hours", "tty", "tty_hours", "email",
    "chat_url", "address", "address_hours", "timezone", "languages", "customer_relations_name",
    "customer_relations_phone", "customer_relations_email", "standards", "guidelines_url", "guidelines_text",
    "last_reviewed", "page", "parent",
]


def _range(span: TimeRange) -> str:
    """``8:00-17:00`` with an ASCII hyphen, as editors write it."""
    return str(span).replace("\u2013", "-")


def hours_text(hours: Hours | None) -> str:
    """Hours in one cell that ``govportal import agencies`` reads back: ``monday 8:00-17:00; ...`` or ``24/7``."""
    if hours is None:
        return ""
    if hours.open_24_7:
        return "24/7"
    week = hours.week()
    return "; ".join(f"{day} {', '.join(_range(r) for r in week[n]) or 'closed'}" for n, day in enumerate(WEEKDAYS))


def _hours_json(hours: Hours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    week = hours.week()
    return {
        "timezone": hours.timezone,
        "open_24_7": hours.open_24_7,
        "week": {day: [_range(r) for r in week[n]] for n, day in enumerate(WEEKDAYS)},
        "closed_on": [{"date": c.date.isoformat(), "name": c.name} for c in hours.closed_on],
        "observes_state_holidays": hours.observes_state_holidays,
    }


def _channel_json(channel: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"type": channel.type, "label": channel.label, "response_time": channel.response_time, "languages": channel.languages}
    for name in ("number", "address", "url", "appointment_url"):
        if hasattr(channel, name):
            data[name] = getattr(channel, name)
    data["hours"] = _hours_json(channel.hours)
    return {k: v for k, v in data.items() if v is not None}


def _agency_json(agency_id: str, agency: Agency, site_url: str) -> dict[str, Any]:
    relations = agency.customer_relations
    return {
        "id": agency_id,
        "name": agency.name,
        "acronym": agency.acronym,
        "description": agency.description,
        "parent": agency.parent,
        "website": agency.website,
        "page": site_url + urls.agency(agency_id),
        "languages": agency.languages,
        "channels": [_channel_json(c) for c in agency.channels],
        "customer_relations": {"name": relations.name, "phone": relations.phone, "email": relations.email},
        "standards": agency.standards,
        "guidelines": {"url": agency.guidelines.url, "text": agency.guidelines.text} if agency.guidelines else None,
        "last_reviewed": agency.last_reviewed.isoformat(),
    }


def directory_json(content: PortalContent, site_url: str) -> str:
    agencies = [_agency_json(i, a, site_url) for i, a in sorted(content.agencies.items())]
    return json.dumps({"$schema": site_url + urls.DIRECTORY_SCHEMA, "agencies": agencies}, indent=2, ensure_ascii=False) + "\n"


def _first(agency: Agency, kind: str) -> Any:
    return next(iter(agency.channels_of(kind)), None)


def _row(agency_id: str, agency: Agency, site_url: str) -> dict[str, str]:
    phone, tty, email, chat, office = (_first(agency, kind) for kind in ("phone", "tty", "email", "chat", "in_person"))
    zone = next((c.hours.timezone for c in agency.channels if c.hours is not None and c.hours.timezone), None)
    relations = agency.customer_relations
    return {
        "id": agency_id, "name": agency.name, "acronym": agency.acronym or "", "description": agency.description,
        "website": agency.website,
        "phone": phone.number if phone else "", "phone_hours": hours_text(phone.hours) if phone else "",
        "tty": tty.number if tty else "", "tty_hours": hours_text(tty.hours) if tty else "",
        "email": email.address if email else "", "chat_url": chat.url if chat else "",
        "address": office.address if office else "", "address_hours": hours_text(office.hours) if office else "",
        "timezone": zone or "", "languages": "; ".join(agency.languages),
        "customer_relations_name": relations.name, "customer_relations_phone": relations.phone or "",
        "customer_relations_email": relations.email or "", "standards": "; ".join(agency.standards),
        "guidelines_url": agency.guidelines.url or "" if agency.guidelines else "",
        "guidelines_text": agency.guidelines.text or "" if agency.guidelines else "",
        "last_reviewed": agency.last_reviewed.isoformat(), "page": site_url + urls.agency(agency_id),
        "parent": agency.parent or "",
    }


def directory_csv(content: PortalContent, site_url: str) -> str:
    return csv_table(DIRECTORY_COLUMNS, (_row(agency_id, agency, site_url) for agency_id, agency in sorted(content.agencies.items())))


def directory_schema() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")
