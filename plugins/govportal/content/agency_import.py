"""Turn a spreadsheet of agency contacts into agency files that pass validation.

Reads the CSV files state directories and USA.gov's agency list export (and our own
``/directory.csv``): UTF-8 with or without a byte order mark, commas or semicolons,
Excel's ``sep=`` line, blank lines, stray spaces. Column names are recognised in their
usual spellings, or given in a mapping file. A row that cannot become a valid file is
reported with its row number and what to fix; nothing is written for it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from govportal.content.errors import findings_from
from govportal.model.agency import Agency
from govportal.model.fields import as_slug
from govportal.model.hours import WEEKDAYS

# Our field -> column names people use for it (compared without case, spaces or punctuation).
COLUMNS: dict[str, list[str]] = {
    "id": ["id", "agency id", "slug"],
    "name": ["agency name", "name", "agency", "organization", "department"],
    "acronym": ["acronym", "abbreviation", "short name"],
    "description": ["description", "about", "mission"],
    "website": ["website", "url", "web site", "homepage", "home page", "web address"],
    "phone": ["phone", "phone number", "telephone", "main phone", "contact phone"],
    "phone_hours": ["phone hours", "hours"],
    "tty": ["tty", "tty number", "tdd", "relay", "tty/tdd"],
    "tty_hours": ["tty hours"],
    "email": ["email", "e-mail", "email address", "contact email"],
    "chat_url": ["chat", "chat url", "live chat", "contact url", "contact form"],
    "address": ["address", "street address", "office address", "location", "mailing address"],
    "address_hours": ["address hours", "office hours"],
    "timezone": ["timezone", "time zone"],
    "languages": ["languages", "language"],
    "parent": ["parent agency", "parent", "parent organization"],
    "customer_relations_name": ["customer relations name", "customer relations", "customer service contact"],
    "customer_relations_phone": ["customer relations phone"],
    "customer_relations_email": ["customer relations email"],
    "standards": ["standards", "service standards", "customer service standards"],
    "guidelines_url": ["guidelines url", "guidelines", "customer service guidelines"],
    "guidelines_text": ["guidelines text"],
    "last_reviewed": ["last reviewed", "reviewed"],
}
DEFAULT_HOURS = "monday 8:00-17:00; tuesday 8:00-17:00; wednesday 8:00-17:00; thursday 8:00-17:00; friday 8:00-17:00; saturday closed; sunday closed"


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


@dataclass
class ImportReport:
    written: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "row 7: ..." lines, for the person importing
    rejected: set[int] = field(default_factory=set)  # rows not imported
    notes: list[str] = field(default_factory=list)  # things written that need a human look

    @property
    def ok(self) -> bool:
        return not self.problems


def read_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Headers and rows (with their line number in the file), after Excel's quirks are undone."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    offset = 0
    if lines and lines[0].lower().startswith("sep="):  # Excel's delimiter hint
        offset, text = 1, "".join(lines[1:])
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    headers: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if not headers:
            headers = [c.strip() for c in cells]
            continue
        rows.append((reader.line_num + offset, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(headers)}))
    return headers, rows


def match_columns(headers: list[str], mapping: dict[str, str] | None) -> tuple[dict[str, str], list[str]]:
    """Our field -> the file's column; and the columns nobody uses."""
    found: dict[str, str] = {}
    if mapping:
        found = {ours: theirs for ours, theirs in mapping.items() if theirs in headers}
    by_key = {_key(h): h for h in headers}
    for ours, names in COLUMNS.items():
        if ours in found:
            continue
        for name in names:
            if _key(name) in by_key and by_key[_key(name)] not in found.values():
                found[ours] = by_key[_key(name)]
                break
    unused = [h for h in headers if h not in found.values()]
    return found, unused


def parse_hours_text(text: str, timezone: str | None) -> dict[str, Any]:
    """``monday 8:00-17:00; saturday closed`` (as /directory.csv writes it) or ``24/7`` as hours."""
    hours: dict[str, Any] = {"timezone": timezone} if timezone else {}
    if text.strip().lower() in {"24/7", "24x7", "24 hours"}:
        return hours | {"open_24_7": True}
    for part in text.split(";"):
        day, _, ranges = part.strip().partition(" ")
        if day.lower() in WEEKDAYS or day.lower() == "weekdays":
            hours[day.lower()] = ranges.strip() or "closed"
    return hours


def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;|]", value) if v.strip()]


def agency_data(row: dict[str, str], defaults: dict[str, Any], today: date) -> tuple[dict[str, Any], list[str]]:
    """The YAML fields for one row (with our field names), and notes on what was filled in."""
    notes: list[str] = []
    zone = row.get("timezone") or None

    def hours(column: str) -> dict[str, Any]:
        text = row.get(column, "")
        if not text:
            notes.append(f"{column.replace('_', ' ')} not given; set to {defaults.get('hours', DEFAULT_HOURS)}: check them")
        return parse_hours_text(text or defaults.get("hours", DEFAULT_HOURS), zone)

    channels: list[dict[str, Any]] = []
    if row.get("phone"):
        channels.append({"type": "phone", "number": row["phone"], "hours": hours("phone_hours")})
    if row.get("tty"):
        channels.append({"type": "tty", "number": row["tty"], "hours": hours("tty_hours") if row.get("tty_hours") else parse_hours_text(row.get("phone_hours") or defaults.get("hours", DEFAULT_HOURS), zone)})
    if row.get("email"):
        channels.append({"type": "email", "address": row["email"]})
    if row.get("chat_url"):
        channels.append({"type": "chat", "url": row["chat_url"], "hours": parse_hours_text(row.get("phone_hours") or defaults.get("hours", DEFAULT_HOURS), zone)})
    if row.get("address"):
        channels.append({"type": "in_person", "address": row["address"], "hours": hours("address_hours")})
    relations = {"name": row.get("customer_relations_name") or f"{row.get('acronym') or row.get('name', '')} customer service".strip()}
    relations_phone, relations_email = row.get("customer_relations_phone"), row.get("customer_relations_email")
    if not row.get("customer_relations_name"):  # no contact named: the agency's main lines answer for it
        relations_phone, relations_email = relations_phone or row.get("phone"), relations_email or row.get("email")
    if relations_phone:
        relations["phone"] = relations_phone
    if relations_email:
        relations["email"] = relations_email
    if not row.get("customer_relations_name"):
        notes.append("customer relations contact set to the agency's main phone and e-mail: name the person or office")
    data: dict[str, Any] = {
        "name": row.get("name", ""),
        "acronym": row.get("acronym") or None,
        "description": row.get("description", ""),
        "parent": row.get("parent") or None,
        "website": row.get("website", ""),
        "customer_relations": relations,
        "channels": channels,
        "languages": _split(row.get("languages", "")) or defaults.get("languages", ["English"]),
        "standards": _split(row.get("standards", "")),
        "last_reviewed": row.get("last_reviewed") or today.isoformat(),
    }
    if row.get("guidelines_url") or row.get("guidelines_text"):
        data["guidelines"] = {k: v for k, v in (("url", row.get("guidelines_url")), ("text", row.get("guidelines_text"))) if v}
    return {k: v for k, v in data.items() if v not in (None, [])}, notes


def _tidy(data: dict[str, Any], agency: Agency) -> dict[str, Any]:
    """Write numbers and addresses as the model normalises them, e.g. (801) 555-0100."""
    for written, parsed in zip(data.get("channels", []), agency.channels, strict=True):
        for name in ("number", "address"):
            if name in written:
                written[name] = getattr(parsed, name)
    for name in ("phone", "email"):
        if name in data["customer_relations"]:
            data["customer_relations"][name] = getattr(agency.customer_relations, name)
    return data


def _merge(existing: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Update with what the spreadsheet has; keep what it lacks (hours, standards, extra channels)."""
    merged = dict(existing)
    for key, value in new.items():
        if value in ("", None, []):
            continue  # the spreadsheet has nothing here: keep the file's value
        if key == "channels":
            old = list(existing.get("channels") or [])
            for channel in value:
                same = next((c for c in old if isinstance(c, dict) and c.get("type") == channel["type"]), None)
                if same is None:
                    old.append(channel)
                else:
                    same.update({k: v for k, v in channel.items() if k != "hours"})
            merged["channels"] = old
        elif key in ("standards", "languages") and existing.get(key):
            continue  # the agency's own list wins over a spreadsheet's
        elif key == "customer_relations" and existing.get(key):
            continue
        elif key == "last_reviewed":
            continue
        else:
            merged[key] = value
    return merged


def import_agencies(
    csv_text: str, agencies_dir: Path, today: date, mapping: dict[str, Any] | None = None, update: bool = False,
) -> ImportReport:
    report = ImportReport()
    headers, rows = read_rows(csv_text)
    columns, unused = match_columns(headers, (mapping or {}).get("columns"))
    defaults = (mapping or {}).get("defaults", {})
    if "name" not in columns:
        report.problems.append(f"no column for the agency name; name one of: {', '.join(headers)} in a mapping file (columns: name: ...)")
        return report
    if unused:
        report.notes.append(f"columns not imported: {', '.join(unused)}")
    seen: dict[str, tuple[int, dict[str, str]]] = {}
    for line, raw in rows:
        row = {ours: raw.get(theirs, "") for ours, theirs in columns.items()}
        agency_id = as_slug(row.get("id", "")) or as_slug(row.get("acronym", "").lower()) or as_slug(re.sub(r"[^a-z0-9]+", "-", row.get("name", "").lower()).strip("-"))
        if not row.get("name") or agency_id is None:
            report.problems.append(f"row {line}: no agency name; add one or remove the row")
            report.rejected.add(line)
            continue
        if agency_id in seen:
            first_line, first = seen[agency_id]
            if first == row:
                report.notes.append(f"row {line}: same as row {first_line}; skipped")
            else:
                report.problems.append(f"row {line}: '{row['name']}' gets the id '{agency_id}', like row {first_line}; add an id column to tell them apart")
                report.rejected.add(line)
            continue
        seen[agency_id] = (line, row)
        _import_row(report, line, agency_id, row, agencies_dir, today, defaults, update)
    return report


def _import_row(report: ImportReport, line: int, agency_id: str, row: dict[str, str], folder: Path, today: date, defaults: dict[str, Any], update: bool) -> None:
    path = folder / f"{agency_id}.yml"
    if path.exists() and not update:
        report.problems.append(f"row {line}: {path.name} already exists; run again with --update to update it (fields the spreadsheet lacks are kept)")
        report.rejected.add(line)
        return
    data, notes = agency_data(row, defaults, today)
    if path.exists():
        data = _merge(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, data)
    try:
        agency = Agency.model_validate(data, context={"today": today})
    except ValidationError as exc:
        report.problems += [f"row {line} ({row.get('name')}): {f.field}: {f.message}" for f in findings_from(exc, "", Agency)]
        report.rejected.add(line)
        return
    folder.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    text = "# Imported by 'govportal import agencies'; check the notes it printed.\n" + yaml.safe_dump(_tidy(data, agency), sort_keys=False, allow_unicode=True, width=1000)
    path.write_text(text, encoding="utf-8")
    (report.updated if existed else report.written).append(path)
    report.notes += [f"row {line} ({agency_id}): {n}" for n in notes]
