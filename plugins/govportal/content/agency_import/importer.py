"""Turn a spreadsheet of agency contacts into agency files: every named agency gets one.

Rows with everything the model needs become published agencies; rows lacking something
(no description, no way to reach anyone, hours we could not read) become drafts
(``status: draft``) that ``govportal review`` lists with what is missing. The same agency
under two spellings becomes one file. Nothing existing is overwritten without ``update``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import ValidationError

from govportal.content.agency_import.encoding import UnreadableFile, decode
from govportal.content.agency_import.names import name_key, slug, split_acronym
from govportal.content.agency_import.rows import RowAgency
from govportal.content.agency_import.table import COLUMNS, Row, match_columns, read_table
from govportal.content.errors import findings_from
from govportal.content.yamlfile import YamlProblem, read_yaml
from govportal.model.agency import INCOMPLETE, Agency

_DEFAULTABLE = frozenset(COLUMNS) | {"hours"}


class _PlainDumper(yaml.SafeDumper):
    """Writes shared values (the same hours on two channels) out in full: content files
    may not use YAML anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


@dataclass
class ImportReport:
    """What happened to every row, for the summary and the exit code."""

    encoding: str = ""
    created: list[Path] = field(default_factory=list)  # new, complete agencies
    drafts: dict[Path, tuple[str, ...]] = field(default_factory=dict)  # written as drafts: what each lacks
    updated: list[Path] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)  # row -> why
    problems: list[str] = field(default_factory=list)  # to fix: by row and column
    notes: list[str] = field(default_factory=list)  # to check

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        missing = Counter(name for lacks in self.drafts.values() for name in dict.fromkeys(map(_field_name, lacks)))
        why = Counter(self.skipped.values())
        drafts = f"{len(self.drafts)} drafts" + (f" (missing {_counts(missing)})" if missing else "")
        skipped = f"{len(self.skipped)} skipped" + (f" ({_counts(why)})" if why else "")
        return f"{len(self.created)} created, {drafts}, {len(self.updated)} updated, {skipped}."


def _field_name(path: str) -> str:
    """``channels[1].hours`` -> ``hours``: drafts are counted by what they lack, not where."""
    return path.rsplit(".", 1)[-1].split("[")[0]


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{name}: {count}" for name, count in sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _mapping_problems(mapping: dict[str, Any], headers: list[str]) -> list[str]:
    columns, defaults = mapping.get("columns") or {}, mapping.get("defaults") or {}
    problems = [f"mapping file: columns: '{ours}' is not a field we import; use one of: {', '.join(COLUMNS)}" for ours in columns if ours not in COLUMNS]
    problems += [f"mapping file: columns: {ours}: '{theirs}' is not a column of the file; its columns are: {', '.join(headers)}" for ours, theirs in columns.items() if theirs not in headers]
    problems += [f"mapping file: defaults: '{name}' is not a field we import; use one of: {', '.join(sorted(_DEFAULTABLE))}" for name in defaults if name not in _DEFAULTABLE]
    return problems


def _rows(raw_rows: list[tuple[int, dict[str, str]]], columns: dict[str, str], defaults: dict[str, Any]) -> list[Row]:
    """Rows by our field names, defaults filled in, ``Name (ACR)`` split into name and acronym."""
    rows = []
    for line, raw in raw_rows:
        cells = {ours: raw.get(theirs, "") for ours, theirs in columns.items()}
        for name, value in defaults.items():
            if isinstance(value, str) and not cells.get(name):
                cells[name] = value
        name, acronym = split_acronym(cells.get("name", ""))
        cells["name"] = name
        if acronym and not cells.get("acronym"):
            cells["acronym"] = acronym
        rows.append(Row(line, cells, columns))
    return rows


def _keys(row: Row) -> list[str]:
    """Two rows with one of these in common are one agency: the name however spelled, or
    the acronym together with the website's host."""
    keys = [name_key(row.get("name"))]
    host = urlsplit(row.get("website") if "//" in row.get("website") else "//" + row.get("website")).hostname
    if row.get("acronym") and host:
        keys.append(f"{row.get('acronym')} at {host.removeprefix('www.')}")
    return keys


def _merge_duplicates(rows: list[Row], report: ImportReport) -> list[Row]:
    """One row per agency: later spellings fill the gaps of the first; differences are reported."""
    first: dict[str, Row] = {}
    kept_rows: list[Row] = []
    for row in rows:
        kept = next((first[k] for k in _keys(row) if k in first), None)
        if kept is None:
            first.update(dict.fromkeys(_keys(row), row))
            kept_rows.append(row)
            continue
        if row.cells == kept.cells:
            report.skipped[row.line] = "same as an earlier row"
            report.notes.append(f"row {row.line}: same as row {kept.line}; skipped")
            continue
        differ = [c for c, v in row.cells.items() if v and kept.get(c) and v != kept.get(c) and c != "name"]
        for column, value in row.cells.items():
            if value and not kept.get(column):
                kept.cells[column] = value
        report.skipped[row.line] = "merged into an earlier row"
        message = f"rows {kept.line} and {row.line} name the same agency ('{kept.get('name')}', '{row.get('name')}'): merged into one file"
        if differ:
            report.problems.append(message + "; they differ in " + ", ".join(f'"{row.columns.get(c, c)}" (kept row {kept.line}\'s)' for c in differ))
        else:
            report.notes.append(message)
    return kept_rows


def _existing(folder: Path) -> dict[str, str]:
    """Agency files already written, by name key: a row naming one of them updates that file."""
    found: dict[str, str] = {}
    for path in sorted(p for p in folder.glob("*.yml") if "." not in p.stem):  # not dmv.es.yml, a translation
        try:
            data = read_yaml(path)
        except YamlProblem:
            continue  # 'govportal validate' reports it
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            found.setdefault(name_key(data["name"]), path.stem)
    return found


def _ids(rows: list[Row], report: ImportReport, existing: dict[str, str]) -> dict[str, Row]:
    """The file name of each agency: the id column, else an existing file of the same name,
    else the acronym, else the name; never shared."""
    by_id: dict[str, Row] = {}
    for row in rows:
        choices = [slug(row.get("id")), existing.get(name_key(row.get("name")), ""), slug(row.get("acronym")), slug(row.get("name"))]
        agency_id = next((c for c in choices if c and c not in by_id), "")
        if not agency_id:
            base = next(c for c in choices if c)
            agency_id = next(f"{base}-{n}" for n in range(2, len(rows) + 2) if f"{base}-{n}" not in by_id)
        if row.get("acronym") and agency_id not in (slug(row.get("acronym")), choices[1]) and not row.get("id"):
            report.notes.append(f"row {row.line}: another agency has the acronym {row.get('acronym')}, so this one is {agency_id}.yml")
        by_id[agency_id] = row
    return by_id


def _merge(existing: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Update with what the spreadsheet has; keep what it lacks (hours, standards, extra channels)."""
    merged = dict(existing)
    for key, value in new.items():
        if key == "channels":
            old = list(existing.get("channels") or [])
            for channel in value:
                same = next((c for c in old if isinstance(c, dict) and c.get("type") == channel["type"]), None)
                if same is None:
                    old.append(channel)
                else:
                    same.update({k: v for k, v in channel.items() if k != "hours"})
            merged["channels"] = old
        elif key in ("standards", "languages", "customer_relations", "last_reviewed") and existing.get(key):
            continue  # the agency's own list, contact and review date win over a spreadsheet's
        else:
            merged[key] = value
    return merged


def _missing(data: dict[str, Any], built: RowAgency, today: date) -> tuple[str, ...] | None:
    """What the agency lacks; values the model refuses are reported and left out first.

    ``None`` when a refused value came from the existing file, not the spreadsheet: the
    editor's file is never cut down by an import.
    """
    while True:
        try:
            Agency.model_validate(data, context={"today": today})
            return ()
        except ValidationError as exc:
            pairs = list(zip(exc.errors(include_url=False), findings_from(exc, "", Agency), strict=True))
        refused = [(e, f) for e, f in pairs if e["type"] not in INCOMPLETE]
        if not refused:
            return tuple(dict.fromkeys(f.field for _, f in pairs))
        for error, finding in refused:
            top = str(error["loc"][0])
            if top not in built.sources:
                built.problems.append(f"row {built.row.line}: {finding.field}: {finding.message} (in the existing file); fix it there, then import again")
                return None
            built.left_out(built.sources[top], finding.message)
            data.pop(top, None)


def _write(path: Path, data: dict[str, Any], notes: list[str], missing: tuple[str, ...]) -> None:
    header = ["# Imported by 'govportal import agencies'."]
    header += [f"# To check: {note}" for note in notes]
    if data.get("status") == "draft":
        needs = f"add {', '.join(missing)}, " if missing else ""
        header.append(f"# A draft is not published: {needs}then remove 'status: draft'.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header) + "\n" + yaml.dump(data, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def _import_row(report: ImportReport, agency_id: str, built: RowAgency, folder: Path, update: bool) -> None:
    line, path = built.row.line, folder / f"{agency_id}.yml"
    if path.exists() and not update:
        report.skipped[line] = "already exists (use --update)"
        report.problems.append(f"row {line}: {path.name} already exists; run again with --update to update it (fields the spreadsheet lacks are kept)")
        return
    data = built.build()
    existed = path.exists()
    if existed:
        try:
            data = _merge(read_yaml(path) or {}, data)
        except YamlProblem as problem:
            report.skipped[line] = "existing file has errors"
            report.problems.append(f"row {line}: {path.name}: {problem.message}")
            return
    missing = _missing(data, built, built.today)
    report.problems += built.problems
    if missing is None:
        report.skipped[line] = "existing file has errors"
        return
    if missing:
        data = {"status": "draft"} | {k: v for k, v in data.items() if k != "status"}
    _write(path, data, built.notes, missing)
    report.notes += [f"row {line} ({agency_id}): {note}" for note in built.notes]
    if data.get("status") == "draft":
        report.drafts[path] = missing
    else:
        (report.updated if existed else report.created).append(path)


def import_agencies(
    data: bytes, agencies_dir: Path, today: date, mapping: dict[str, Any] | None = None, update: bool = False, own_host: str = "",
) -> ImportReport:
    """Read ``data`` (a CSV file's bytes) and write one file per agency it names into ``agencies_dir``.

    ``own_host`` is the portal's domain: its ``http://`` addresses are upgraded like .gov ones.
    """
    report = ImportReport()
    try:
        decoded = decode(data)
        table = read_table(decoded.text)
    except UnreadableFile as exc:
        report.problems.append(str(exc))
        return report
    report.encoding = decoded.encoding
    report.problems += table.problems
    report.notes += table.notes
    mapping = mapping or {}
    columns, unused = match_columns(table.headers, mapping.get("columns"))
    report.problems += _mapping_problems(mapping, table.headers)
    if "name" not in columns:
        report.problems.append(f"no column for the agency name; name one of: {', '.join(table.headers)} in a mapping file (columns: name: ...)")
        return report
    if unused:
        report.notes.append(f"columns not imported: {', '.join(unused)}")
    rows = _rows(table.rows, columns, mapping.get("defaults") or {})
    for row in rows:
        if not row.get("name"):
            report.skipped[row.line] = "no agency name"
            report.problems.append(f"{row.where('name')}: no agency name; add one or remove the row")
    named = _merge_duplicates([r for r in rows if r.get("name")], report)
    for agency_id, row in _ids(named, report, _existing(agencies_dir)).items():
        built = RowAgency(row, own_host, today, mapping.get("defaults") or {})
        _import_row(report, agency_id, built, agencies_dir, update)
    return report
