"""A spreadsheet as rows of cells, with Excel's quirks undone and every cell bounded.

Rows keep the line number a spreadsheet shows for them, so each problem can be reported
as ``row 12, column "Phone"``. A cell that is too long, has control characters, or holds
text garbled by an earlier wrong encoding (``CafÃ©``) is reported by row and column; the
first two are left out, the third is repaired (ftfy reverses the mix-up exactly).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

import ftfy

from govportal.content.agency_import.encoding import MAX_BYTES, UnreadableFile
from govportal.tabular import from_csv_cell

MAX_ROWS = 10_000
MAX_CELL = 4_000  # characters; the longest useful cell, a description, is a paragraph
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Our field -> column names people use for it (compared without case, spaces or punctuation).
COLUMNS: dict[str, list[str]] = {
    "id": ["id", "agency id", "slug"],
    "name": ["agency name", "name", "agency", "organization", "department"],
    "acronym": ["acronym", "abbreviation", "short name"],
    "description": ["description", "about", "mission"],
    "website": ["website", "url", "web site", "homepage", "home page", "web address"],
    "phone": ["phone", "phone number", "telephone", "main phone", "contact phone"],
    "toll_free": ["toll free", "toll free number", "toll free phone", "tollfree"],
    "phone_hours": ["phone hours", "hours", "hours of operation", "business hours"],
    "tty": ["tty", "tty number", "tdd", "relay", "tty tdd"],
    "tty_hours": ["tty hours"],
    "email": ["email", "e mail", "email address", "contact email"],
    "chat_url": ["chat", "chat url", "live chat"],
    "address": ["address", "street address", "office address", "location", "mailing address", "main address"],
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


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


@dataclass
class Row:
    """One spreadsheet row: its line number, and its cells by our field name."""

    line: int
    cells: dict[str, str]
    columns: dict[str, str]  # our field -> the file's column name, for messages

    def get(self, name: str) -> str:
        return self.cells.get(name, "")

    def where(self, name: str) -> str:
        """``row 7, column "Phone Number"``, as the spreadsheet shows it."""
        return f'row {self.line}, column "{self.columns.get(name, name)}"'


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[str] = field(default_factory=list)  # cells left out, by row and column
    notes: list[str] = field(default_factory=list)  # cells repaired


def _cell(table: Table, line: int, header: str, raw: str) -> str:
    value = from_csv_cell(raw.strip())
    where = f'row {line}, column "{header}"'
    if len(value) > MAX_CELL:
        table.problems.append(f"{where}: the cell has {len(value):,} characters; cells are limited to {MAX_CELL:,}, so it was left out")
        return ""
    if _CONTROL.search(value):
        table.problems.append(f"{where}: the cell has invisible control characters; it was left out: retype it")
        return ""
    fixed = ftfy.fix_encoding(value)
    if fixed != value:
        table.notes.append(f"{where}: garbled characters repaired: '{value[:60]}' is now '{fixed[:60]}'")
    return fixed


def read_table(text: str) -> Table:
    """Headers and rows (with their line number in the file); too many rows is an error."""
    text = text.lstrip("\ufeff")  # a mark left by a tool that read the file before us
    lines = text.splitlines(keepends=True)
    offset, hint = 0, ""
    if lines and lines[0].lower().startswith("sep="):  # Excel's delimiter hint: the file says what it uses
        offset, hint, text = 1, lines[0][4:].rstrip("\r\n")[:1], "".join(lines[1:])
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=hint or ",;\t")
    except csv.Error:
        dialect = csv.excel
    if hint:
        dialect = type("Hinted", (dialect,), {"delimiter": hint})
    # The csv module refuses fields over 128 KB and stops; the file is bounded, so allow
    # any field up to its size and report long cells ourselves, by row and column.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    reader = csv.reader(io.StringIO(text), dialect)
    table = Table([], [])
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if not table.headers:
            table.headers = [c.strip() for c in cells]
            continue
        if len(table.rows) == MAX_ROWS:
            raise UnreadableFile(f"the file has more than {MAX_ROWS:,} rows; split it into smaller files")
        line = reader.line_num + offset
        table.rows.append((line, {h: _cell(table, line, h, cells[i]) if i < len(cells) else "" for i, h in enumerate(table.headers)}))
    return table


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
