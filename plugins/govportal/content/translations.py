"""What ``govportal translations mark`` and ``status`` do, as plain functions returning data.

``mark`` writes the English source's fingerprint into a translation (``translated_from: <hash>``),
changing only that line, so comments and the order of fields stay as the translator left them.
``status`` lists, by agency, what is not translated yet and what the English has left behind.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from govportal.content.files import FileProblem, list_folder, read_text
from govportal.content.translation_files import SourceProblem, english_files, read_source, source_of, translation_of
from govportal.findings import Finding
from govportal.model.portal import PortalContent
from govportal.model.translation import Language, Translation

State = Literal["missing", "stale", "current"]
_MARK_LINE = re.compile(r"^translated_from:[^\r\n]*", re.M)


@dataclass(frozen=True)
class Marked:
    """A translation whose ``translated_from`` now names its English source as it is."""

    file: str  # in the content folder
    fingerprint: str
    changed: bool  # False when it was marked already


def mark(root: Path, files: list[Path]) -> tuple[list[Marked], list[Finding]]:
    """Write the current fingerprint of each translation's English source into it; every file that
    cannot be marked is a finding (not a translation, no English source, unreadable)."""
    marked: list[Marked] = []
    problems: list[Finding] = []
    for file in files:
        result = _mark_one(root, file)
        if isinstance(result, Marked):
            marked.append(result)
        else:
            problems.append(result)
    return marked, problems


def _mark_one(root: Path, file: Path) -> Marked | Finding:
    try:
        name = file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Finding(str(file), "", f"is not in the content folder {root}; name a translation such as {root.name}/services/dmv/renew-license.es.md")
    found = source_of(name)
    if found is None:
        return Finding(str(file), "", "is not a translation; translations are named after their English file with the language before the ending, such as renew-license.es.md or dmv.es.yml")
    try:
        print_now = read_source(root, found[0]).fingerprint
        text = read_text(root / name)
    except (SourceProblem, FileProblem) as exc:
        return Finding(str(file), "", f"cannot be marked: {exc}")
    updated = with_mark(text, print_now, markdown=name.endswith(".md"))
    if updated is None:
        return Finding(str(file), "", "has no front matter; start it with a '---' line, the fields, and another '---' line")
    if updated != text:
        (root / name).write_bytes(updated.encode())
    return Marked(name, print_now, updated != text)


def with_mark(text: str, fingerprint: str, markdown: bool) -> str | None:
    """``text`` with its ``translated_from`` line set to ``fingerprint`` (added after the opening
    ``---``, or at the top of a YAML file, when there is none); None for Markdown without front matter."""
    newline = "\r\n" if "\r\n" in text else "\n"
    line = f"translated_from: {fingerprint}"
    start, end = 0, len(text)
    if markdown:
        opening = re.match(r"---[ \t]*\r?\n", text)
        closing = re.search(r"^---[ \t]*$", text[opening.end() :], re.M) if opening else None
        if opening is None or closing is None:
            return None
        start, end = opening.end(), opening.end() + closing.start()
    head, region, tail = text[:start], text[start:end], text[end:]
    if _MARK_LINE.search(region):
        return head + _MARK_LINE.sub(line, region, count=1) + tail
    return head + line + newline + region + tail


@dataclass(frozen=True)
class StatusItem:
    """One English file and its translation in one language."""

    agency: str  # the agency it belongs to; "" for portal-wide files (topics, help text)
    source: str  # in the content folder: services/dmv/renew.md
    file: str  # the translation's file, there or to be written
    state: State
    machine: bool = False


def status(content: PortalContent, root: Path, language: Language) -> list[StatusItem]:
    """Every translatable English file with its translation's state, by agency then file."""
    records = {r.source: r for r in content.in_language(language).translations.all()}
    items = []
    for source in english_files(list_folder(root).files):
        try:
            agency = read_source(root, source).agency_id or ""
        except SourceProblem:
            continue  # reported by validation
        record = records.get(source)
        items.append(StatusItem(agency, source, translation_of(source, language), _state(record), bool(record and record.machine)))
    return sorted(items, key=lambda i: (i.agency, i.source))


def _state(record: Translation | None) -> State:
    return "missing" if record is None else "stale" if record.stale else "current"


def status_lines(items: list[StatusItem], language: Language, folder: str) -> list[tuple[str, bool]]:
    """The status for people: (line, is_heading), a heading per agency, what needs work under it."""
    counts = {state: sum(1 for i in items if i.state == state) for state in ("current", "stale", "missing")}
    lines = [(f"{language}: {counts['current']} up to date, {counts['stale']} behind the English, {counts['missing']} not translated", True)]
    for agency in sorted({i.agency for i in items}):
        todo = [i for i in items if i.agency == agency and i.state != "current"]
        if todo:
            lines.append((agency or "Portal-wide", True))
            lines += [(f"  {i.state:8} {folder}/{i.file}" + (" (machine translation)" if i.machine else ""), False) for i in todo]
    return lines


def status_json(items: list[StatusItem], language: Language) -> str:
    """The status for dashboards and CI: counts, and every file by agency."""
    agencies: dict[str, list[dict[str, object]]] = {}
    for item in items:
        agencies.setdefault(item.agency, []).append({k: v for k, v in asdict(item).items() if k != "agency"})
    counts = {state: sum(1 for i in items if i.state == state) for state in ("current", "stale", "missing")}
    return json.dumps({"language": language, "counts": counts, "agencies": [{"agency": a, "files": f} for a, f in agencies.items()]}, indent=2) + "\n"
