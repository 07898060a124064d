"""Strings for translators and back: ``govportal translations export`` and ``import``.

One unit per text field a translator translates (``summary``, ``who_can_use[2]``) and per block
of the Markdown body (``body[3]``: a paragraph, a list, a heading...), grouped by English file with
that file's fingerprint. XLIFF 2.0 (what translation tools read) or CSV (what a spreadsheet reads).

Import refuses a unit whose English text changed since the export, naming it, and writes the
rest. A translation gets ``translated_from`` only when nothing in its English file changed and every
unit came back translated, so a partly updated translation still shows as behind. Files from outside are bounded: size, units,
and XML without a document type (no entities to expand).
"""

from __future__ import annotations

import copy
import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from govportal.content.body_lint import parser
from govportal.content.translation_files import Source, SourceProblem, overlay, read_fields, read_source, translation_of
from govportal.findings import Finding
from govportal.model.translation import TRANSLATION_KEYS, FieldPath, Language, field_name, normalise

Format = Literal["xliff", "csv"]
MAX_BYTES = 20_000_000  # a whole portal's text is a few megabytes
MAX_UNITS = 100_000
XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
_CSV_COLUMNS = ["file", "fingerprint", "machine", "field", "source", "target"]


class ExchangeProblem(Exception):
    """The file to import cannot be read; the message says why."""


@dataclass(frozen=True)
class Unit:
    field: str  # summary, channels[1].label, body[2]
    source: str
    target: str = ""


@dataclass(frozen=True)
class Bundle:
    """One English file's strings, with the fingerprint of the English they were taken from."""

    source: str  # in the content folder: services/dmv/renew.md
    fingerprint: str
    units: tuple[Unit, ...]
    machine: bool = False


@dataclass
class Imported:
    """What an import wrote, and the units it refused."""

    written: list[str] = field(default_factory=list)  # translation files, in the content folder
    refused: list[Finding] = field(default_factory=list)


def body_blocks(body: str) -> list[str]:
    """The Markdown body's top-level blocks as written: paragraphs, lists, headings, tables, HTML."""
    lines = body.splitlines()
    spans = [t.map for t in parser().parse(body) if t.level == 0 and t.map and t.nesting >= 0]
    return ["\n".join(lines[start:end]).strip("\n") for start, end in spans]


def source_units(source: Source) -> dict[str, tuple[FieldPath | None, str]]:
    """The English file's units by name: text fields with their place, then body blocks."""
    units: dict[str, tuple[FieldPath | None, str]] = {field_name(p): (p, text) for p, text in source.fields}
    units.update({f"body[{n}]": (None, block) for n, block in enumerate(body_blocks(source.body), start=1)})
    return units


def bundle(root: Path, source: str, language: Language) -> Bundle:
    """``source``'s strings, with the current translation of each where there is one."""
    english = read_source(root, source)
    targets = _current_targets(root, english, language)
    units = tuple(Unit(name, text, targets.get(name, "")) for name, (_, text) in source_units(english).items())
    return Bundle(source, english.fingerprint, units)


def _current_targets(root: Path, english: Source, language: Language) -> dict[str, str]:
    """The translation's text by unit name; text equal to the English counts as not translated."""
    path = root / translation_of(english.path, language)
    if not path.is_file():
        return {}
    try:
        data, body = read_fields(path)
    except SourceProblem:
        return {}
    if english.kind != "service" and isinstance(data, dict):
        data = overlay(english.data, {k: v for k, v in data.items() if k not in TRANSLATION_KEYS})[0]
    found = {field_name(p): _get(data, p) for p, _ in english.fields}
    blocks = body_blocks(body)
    if len(blocks) == len(body_blocks(english.body)):
        found.update({f"body[{n}]": block for n, block in enumerate(blocks, start=1)})
    units = source_units(english)
    return {k: v for k, v in found.items() if isinstance(v, str) and normalise(v) != normalise(units[k][1])}


def _get(data: Any, path: FieldPath) -> Any:
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def export(bundles: list[Bundle], fmt: Format, language: Language) -> str:
    """The bundles as an XLIFF 2.0 document or a CSV table."""
    return _xliff(bundles, language) if fmt == "xliff" else _csv(bundles)


def _xliff(bundles: list[Bundle], language: Language) -> str:
    root = ET.Element("xliff", {"xmlns": XLIFF, "version": "2.0", "srcLang": "en", "trgLang": language})
    for number, item in enumerate(bundles, start=1):
        file = ET.SubElement(root, "file", {"id": f"f{number}", "original": item.source})
        notes = ET.SubElement(file, "notes")
        ET.SubElement(notes, "note", {"id": "fingerprint"}).text = item.fingerprint
        ET.SubElement(notes, "note", {"id": "machine"}).text = "true" if item.machine else "false"
        for index, unit in enumerate(item.units, start=1):
            segment = ET.SubElement(ET.SubElement(file, "unit", {"id": f"u{index}", "name": unit.field}), "segment")
            ET.SubElement(segment, "source").text = unit.source
            ET.SubElement(segment, "target").text = unit.target
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _csv(bundles: list[Bundle]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for item in bundles:
        for unit in item.units:
            writer.writerow([item.source, item.fingerprint, "true" if item.machine else "false", unit.field, unit.source, unit.target])
    return out.getvalue()


def read_exchange(data: bytes, fmt: Format) -> list[Bundle]:
    """The bundles in a translated export; raises :class:`ExchangeProblem` for a file that is too
    big, has too many units, or is not a govportal export."""
    if len(data) > MAX_BYTES:
        raise ExchangeProblem(f"is {len(data) / 1_000_000:.1f} MB; a translation file may be at most {MAX_BYTES // 1_000_000} MB: split the export with --only")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeProblem("is not saved as UTF-8; save it as UTF-8 from the translation tool") from None
    bundles = _read_xliff(text) if fmt == "xliff" else _read_csv(text)
    if sum(len(b.units) for b in bundles) > MAX_UNITS:
        raise ExchangeProblem(f"has more than {MAX_UNITS} units; split the export with --only")
    return bundles


def _read_xliff(text: str) -> list[Bundle]:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ExchangeProblem("has a document type (<!DOCTYPE or <!ENTITY); XLIFF needs none, and entities can expand without end: remove it")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ExchangeProblem(f"is not valid XML ({exc})") from None
    if root.tag != f"{{{XLIFF}}}xliff":
        raise ExchangeProblem("is not an XLIFF 2.0 file (urn:oasis:names:tc:xliff:document:2.0)")
    if sum(1 for _ in root.iter(f"{{{XLIFF}}}unit")) > MAX_UNITS:
        raise ExchangeProblem(f"has more than {MAX_UNITS} units; split the export with --only")
    bundles = []
    for file in root.iter(f"{{{XLIFF}}}file"):
        notes = {n.get("id"): (n.text or "").strip() for n in file.iter(f"{{{XLIFF}}}note")}
        units = tuple(_xliff_unit(u) for u in file.iter(f"{{{XLIFF}}}unit"))
        bundles.append(Bundle(file.get("original", ""), notes.get("fingerprint", ""), units, notes.get("machine") == "true"))
    return bundles


def _xliff_unit(unit: ET.Element) -> Unit:
    source, target = unit.find(f".//{{{XLIFF}}}source"), unit.find(f".//{{{XLIFF}}}target")
    return Unit(unit.get("name", ""), "".join(source.itertext()) if source is not None else "", "".join(target.itertext()) if target is not None else "")


def _read_csv(text: str) -> list[Bundle]:
    csv.field_size_limit(MAX_BYTES)
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if rows.fieldnames is None or not set(_CSV_COLUMNS) <= set(rows.fieldnames):
        raise ExchangeProblem(f"is not a govportal translation table; its first row must name the columns {', '.join(_CSV_COLUMNS)}")
    grouped: dict[str, tuple[str, bool, list[Unit]]] = {}
    for number, row in enumerate(rows, start=1):
        if number > MAX_UNITS:
            raise ExchangeProblem(f"has more than {MAX_UNITS} units; split the export with --only")
        found = grouped.setdefault(row["file"] or "", (row["fingerprint"] or "", row["machine"] == "true", []))
        found[2].append(Unit(row["field"] or "", row["source"] or "", row["target"] or ""))
    return [Bundle(source, print_, tuple(units), machine) for source, (print_, machine, units) in grouped.items()]


def import_bundles(root: Path, bundles: list[Bundle], language: Language) -> Imported:
    """Write each bundle's translated units into its translation file (made when missing)."""
    result = Imported()
    for item in bundles:
        try:
            english = read_source(root, item.source)
        except SourceProblem as exc:
            result.refused.append(Finding(item.source, "", f"cannot be imported: {exc}"))
            continue
        current = source_units(english)
        refused = [u for u in item.units if u.field not in current or normalise(current[u.field][1]) != normalise(u.source)]
        result.refused += [Finding(item.source, u.field, "the English text changed since the export (or is gone); export again and translate the new text") for u in refused]
        accepted = [u for u in item.units if u not in refused and u.target.strip()]
        if not accepted:
            continue  # nothing translated in this file yet
        # Up to date only when the English is as exported and every unit came back translated.
        complete = not refused and item.fingerprint == english.fingerprint and len(accepted) == len(current)
        result.written.append(_write(root, english, current, accepted, english.fingerprint if complete else None, item.machine, language))
    return result


def _write(root: Path, english: Source, current: dict[str, tuple[FieldPath | None, str]], units: list[Unit], marked: str | None, machine: bool, language: Language) -> str:
    name = translation_of(english.path, language)
    path = root / name
    service = english.kind == "service"
    data, body = read_fields(path) if path.is_file() else ((copy.deepcopy(english.data), english.body) if service else ({}, ""))
    data = data if isinstance(data, dict) else {}
    meta = {"translated_from": marked or data.get("translated_from")} if marked or data.get("translated_from") else {}
    fields = {k: v for k, v in data.items() if k not in TRANSLATION_KEYS}
    for unit in units:
        place = current[unit.field][0]
        if place is not None:
            _put(fields, english.data, place, unit.target)
    front = {**meta, **({"machine": True} if machine else {}), **fields}
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    if service:
        text = f"---\n{dumped}---\n\n" + _body(english.body, body, units) + "\n"
    else:
        text = dumped
    path.write_text(text, encoding="utf-8")
    return name


def _body(english: str, translated: str, units: list[Unit]) -> str:
    """The translated body: the translation's blocks where they line up with the English, the imported ones over them."""
    blocks = body_blocks(translated)
    blocks = blocks if len(blocks) == len(body_blocks(english)) else body_blocks(english)
    for unit in units:
        if unit.field.startswith("body["):
            blocks[int(unit.field[5:-1]) - 1] = unit.target.strip("\n")
    return "\n\n".join(blocks)


def _put(target: Any, english: Any, path: FieldPath, value: str) -> None:
    """Set ``value`` at ``path`` (places in the English file) in a translation's fields, which are a
    whole copy of the English (a service) or only what differs from it (merged by id or position)."""
    key, rest = path[0], path[1:]
    slot: str | int | None = key
    if isinstance(key, int):
        item = english[key]
        if isinstance(item, dict) and "id" in item:
            slot = next((i for i, t in enumerate(target) if isinstance(t, dict) and t.get("id") == item["id"]), None)
            if slot is None:
                target.append({"id": item["id"]})
                slot = len(target) - 1
        else:
            while len(target) <= key:
                target.append({} if isinstance(english[len(target)], dict) else english[len(target)])
    elif rest and (key not in target or not isinstance(target[key], type(english[key]))):
        target[key] = _empty_like(english[key])
    if not rest:
        target[slot] = value
    else:
        _put(target[slot], english[key], rest, value)


def _empty_like(value: Any) -> Any:
    """Where a translation starts a group the English has: empty groups, a whole copy of a list of texts."""
    if isinstance(value, dict):
        return {}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return []
