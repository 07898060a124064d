"""The one CSV writer behind the files govportal publishes (``/directory.csv``, ``/forms.csv``)
and the feedback export.

Cells are data. Text a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) gets a leading apostrophe, so opening a file in
Excel never runs what an editor, a spreadsheet import or a visitor wrote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date, datetime

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """Empty for nothing, yes/no for booleans, ``;`` between list items, ISO 8601 for times;
    text that starts like a formula gets an apostrophe (numbers such as -3 stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | datetime | date):
        return value.isoformat() if isinstance(value, date) else str(value)
    text = ";".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def from_csv_cell(text: str) -> str:
    """The value :func:`csv_cell` wrote: re-importing a published file keeps ``=`` not ``'=``."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def csv_table(columns: list[str], rows: Iterable[Mapping[str, object]]) -> str:
    """A header line and one line per row, in ``columns`` order (missing values are empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(column)) for column in columns])
    return out.getvalue()
