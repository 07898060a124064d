"""One spreadsheet row -> the fields of one agency file, each cell checked where it was read.

A cell the model refuses is reported by row and column and left out; what the model then
still lacks makes the agency a draft. What we filled in or changed (hours assumed, http
upgraded, a contact taken from the main lines) is a note kept at the top of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError

from govportal.content.agency_import.hours import parse_hours
from govportal.content.agency_import.phones import phone_numbers
from govportal.content.agency_import.table import Row
from govportal.content.agency_import.websites import secure_website
from govportal.content.errors import findings_from
from govportal.model.agency import Agency, Channel, CustomerRelations, Guidelines

DEFAULT_HOURS = "weekdays 8:00-17:00"
_CHANNEL: TypeAdapter[Any] = TypeAdapter(Channel)


def _message(exc: ValidationError) -> str:
    return "; ".join(f.message for f in findings_from(exc, "", Agency))


def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;|\n]", value) if v.strip()]


@dataclass
class RowAgency:
    """The agency file one row becomes, and what the person importing should hear about it."""

    row: Row
    own_host: str
    today: date
    defaults: dict[str, Any]
    data: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # top-level field -> our column name
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def cell(self, name: str) -> str:
        return self.row.get(name)

    def left_out(self, column: str, message: str) -> None:
        self.problems.append(f"{self.row.where(column)}: {message}; left out")

    def hours(self, *columns: str) -> dict[str, Any] | None:
        """Hours from the first of ``columns`` that has any; the default (noted) when none has."""
        zone = self.cell("timezone") or self.defaults.get("timezone")
        for column in columns:
            text = self.cell(column)
            if text:
                parsed = parse_hours(text, zone)
                if parsed is None:
                    self.notes.append(f"{self.row.where(column)}: '{text}' is not hours we can read; add them to the file, for example 'weekdays: 8:00-17:00'")
                return parsed
        default = str(self.defaults.get("hours", DEFAULT_HOURS))
        self.notes.append(f"{columns[0].replace('_', ' ')} not given; set to '{default}': check them")
        return parse_hours(default, zone)

    def channel(self, column: str, data: dict[str, Any]) -> dict[str, Any] | None:
        """``data`` as the model writes it (numbers formatted), or None after reporting why not."""
        data = {k: v for k, v in data.items() if v is not None}
        try:
            parsed = _CHANNEL.validate_python(data, context={"today": self.today})
        except ValidationError as exc:
            if all(e["type"] == "missing" and e["loc"][-1] == "hours" for e in exc.errors()):
                return data  # hours we could not read: written without, so the agency is a draft
            self.left_out(column, _message(exc))
            return None
        for name in ("number", "address", "url"):
            if name in data:
                data[name] = getattr(parsed, name)
        return data

    def website(self, column: str) -> str | None:
        if not self.cell(column):
            return None
        site = secure_website(self.cell(column), self.own_host)
        if site.note:
            self.notes.append(f"{self.row.where(column)}: {site.note}")
        if site.problem:
            self.left_out(column, site.problem)
        return site.url

    def phones(self, column: str, kind: str, hours: dict[str, Any] | None, label: str | None = None) -> list[dict[str, Any]]:
        if not self.cell(column):
            return []
        numbers, problems = phone_numbers(self.cell(column))
        for problem in problems:
            self.left_out(column, problem)
        found = [self.channel(column, {"type": kind, "number": n.number, "label": n.label or label, "hours": hours}) for n in numbers]
        return [c for c in found if c is not None]

    def channels(self) -> list[dict[str, Any]]:
        phone_hours = self.hours("phone_hours") if self.cell("phone") or self.cell("toll_free") else None
        found = self.phones("phone", "phone", phone_hours) + self.phones("toll_free", "phone", phone_hours, "Toll-free")
        if self.cell("tty"):
            found += self.phones("tty", "tty", self.hours("tty_hours", "phone_hours"))
        for address in _split(self.cell("email")):
            found += [c for c in [self.channel("email", {"type": "email", "address": address})] if c]
        chat = self.website("chat_url")
        if chat:
            found += [c for c in [self.channel("chat_url", {"type": "chat", "url": chat, "hours": self.hours("phone_hours")})] if c]
        if self.cell("address"):
            found += [c for c in [self.channel("address", {"type": "in_person", "address": self.cell("address"), "hours": self.hours("address_hours")})] if c]
        return found

    def customer_relations(self, channels: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The named contact; without one, the agency's main lines answer for it (noted)."""
        named = self.cell("customer_relations_name")
        first = {c["type"]: c for c in reversed(channels)}
        relations = {
            "name": named or f"{self.cell('acronym') or self.cell('name')} customer service",
            "phone": self.cell("customer_relations_phone") or (None if named else first.get("phone", {}).get("number")),
            "email": self.cell("customer_relations_email") or (None if named else first.get("email", {}).get("address")),
        }
        relations = {k: v for k, v in relations.items() if v}
        if len(relations) == 1:
            return None  # nobody to reach: the draft says customer_relations is missing
        try:
            parsed = CustomerRelations.model_validate(relations)
        except ValidationError as exc:
            self.left_out("customer_relations_name", _message(exc))
            return None
        if not named:
            self.notes.append("customer relations contact set to the agency's main phone and e-mail: name the person or office")
        return {k: v for k, v in parsed.model_dump().items() if v is not None}

    def guidelines(self) -> dict[str, Any] | None:
        url, text = self.website("guidelines_url"), self.cell("guidelines_text") or None
        if url is None and text is None:
            return None
        return {k: v for k, v in Guidelines(url=url, text=text).model_dump().items() if v is not None}

    def build(self) -> dict[str, Any]:
        """The file's fields, in the order editors read them; empty ones left out."""
        channels = self.channels()
        languages = _split(self.cell("languages")) or self.defaults.get("languages") or ["English"]
        data: dict[str, Any] = {
            "name": self.cell("name"),
            "acronym": self.cell("acronym") or None,
            "description": self.cell("description") or None,
            "parent": self.cell("parent") or None,
            "website": self.website("website"),
            "customer_relations": self.customer_relations(channels),
            "channels": channels,
            "languages": languages,
            "standards": _split(self.cell("standards")),
            "guidelines": self.guidelines(),
            "last_reviewed": self.cell("last_reviewed") or self.today.isoformat(),
        }
        self.sources = {key: key for key in data} | {"customer_relations": "customer_relations_name", "guidelines": "guidelines_url"}
        return {k: v for k, v in data.items() if v not in (None, [], "")}
