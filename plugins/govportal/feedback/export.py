"""Every stored response as CSV or JSON, with stable, documented columns.

Comments are data. In CSV, a cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a leading
apostrophe, so opening the export in Excel never runs what a visitor typed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import datetime

from govportal.tabular import csv_cell

# Order and names are part of the export's contract: add columns at the end only.
EXPORT_COLUMNS = [
    "id", "received_at", "kind", "page", "agency", "service", "helpful", "satisfaction", "trust",
    "went_well", "could_be_better", "comment", "follow_up", "contact", "followed_up_at",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: object) -> object:
    """JSON-ready values: times as ISO 8601 in UTC, lists as lists."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def export_json(rows: Iterable[Mapping[str, object]]) -> str:
    records = [{column: _plain(row.get(column)) for column in EXPORT_COLUMNS} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _cell(value: object) -> str:
    """A CSV cell; text a visitor typed never starts like a spreadsheet formula."""
    text = csv_cell(value)
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def export_csv(rows: Iterable[Mapping[str, object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in EXPORT_COLUMNS])
    return out.getvalue()
