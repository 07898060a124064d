"""The forms inventory: every form, how digital it is, and which control numbers expire soon.

Drawn as the ``/forms/`` page and published as ``forms.json`` and ``forms.csv`` for
agencies and auditors; the same rows feed all three.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from govportal.model.form import STATUS_NAMES, Form, FormStatus
from govportal.model.portal import PortalContent, ServicePage
from govportal.pages import urls
from govportal.tabular import csv_table

# Column order is part of the published contract: add new columns at the end only.
FORM_COLUMNS = [
    "id", "title", "number", "agencies", "services", "status", "online_url", "e_signature_url", "e_signature_method",
    "download", "download_format", "download_size_kb", "tagged_pdf", "submit_offline", "fee", "time_to_complete",
    "control_number", "control_number_expires", "last_reviewed",
]


@dataclass(frozen=True)
class ListedForm:
    """A form with the services that use it."""

    form: Form
    services: list[ServicePage]

    @property
    def agencies(self) -> list[str]:
        return sorted({s.agency_id for s in self.services})


def entries(content: PortalContent) -> list[ListedForm]:
    return [ListedForm(form, services) for form, services in content.all_forms()]


def by_agency(content: PortalContent) -> list[tuple[str, list[ListedForm]]]:
    """Agencies (by id, in name order) with their forms; a shared form appears under each of its agencies."""
    every = entries(content)
    order = sorted(content.agencies, key=lambda a: content.agencies[a].name.lower())
    return [(agency, [e for e in every if agency in e.agencies]) for agency in order if any(agency in e.agencies for e in every)]


def status_counts(forms: list[ListedForm]) -> dict[FormStatus, int]:
    counted = Counter(e.form.status for e in forms)
    return {status: counted.get(status, 0) for status in STATUS_NAMES}


def expiring(forms: list[ListedForm], today: date, days: int) -> list[ListedForm]:
    """Forms whose control number expires within ``days`` (or has expired), soonest first."""
    limit = today + timedelta(days=days)
    soon = [e for e in forms if e.form.control_number and e.form.control_number.expires <= limit]
    return sorted(soon, key=lambda e: (e.form.control_number.expires if e.form.control_number else limit, e.form.id))


def _offline(form: Form) -> list[str]:
    ways = form.submit_offline
    return [name for name, value in (("mail", ways.mail), ("fax", ways.fax), ("in person", ways.in_person), ("phone", ways.phone)) if value]


def _record(entry: ListedForm) -> dict[str, object]:
    form = entry.form
    return {
        "id": form.id,
        "title": form.title,
        "number": form.number,
        "agencies": entry.agencies,
        "services": ["/" + urls.service(s.id) for s in entry.services],
        "status": form.status,
        "online_url": form.online_url,
        "e_signature_url": form.e_signature.url if form.e_signature else None,
        "e_signature_method": form.e_signature.method if form.e_signature else None,
        "download": ("/" if form.download.file else "") + form.download.href if form.download else None,
        "download_format": form.download.format if form.download else None,
        "download_size_kb": form.download.size_kb if form.download else None,
        "tagged_pdf": form.download.tagged_pdf if form.download else None,
        "submit_offline": _offline(form),
        "fee": form.fee,
        "time_to_complete": form.time_to_complete,
        "control_number": form.control_number.number if form.control_number else None,
        "control_number_expires": form.control_number.expires.isoformat() if form.control_number else None,
        "last_reviewed": form.last_reviewed.isoformat(),
    }


def forms_json(content: PortalContent) -> str:
    """``{"columns": [...], "forms": [...]}`` with one form per line: easy to read and to compare
    between builds, and written by json's C encoder (indenting takes its Python one, five times
    slower: 44 ms a build with 1,000 forms, on every save in the preview)."""
    rows = ",\n".join(json.dumps(_record(e), ensure_ascii=False) for e in entries(content))
    return f'{{"columns": {json.dumps(FORM_COLUMNS)},\n"forms": [\n{rows}\n]}}\n'


def forms_csv(content: PortalContent) -> str:
    return csv_table(FORM_COLUMNS, (_record(entry) for entry in entries(content)))
