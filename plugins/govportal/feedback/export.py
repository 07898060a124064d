"""Every stored response as CSV or JSON, with stable, documented columns.

Comments are data: the CSV goes through the same writer as the published CSV files,
which neutralises spreadsheet formulas (see :mod:`govportal.tabular`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime

from govportal.tabular import csv_table

# Order and names are part of the export's contract: add columns at the end only.
EXPORT_COLUMNS = [
    "id", "received_at", "kind", "page", "agency", "service", "helpful", "satisfaction", "trust",
    "went_well", "could_be_better", "comment", "follow_up", "contact", "followed_up_at", "approved_at",
]


def _plain(value: object) -> object:
    """JSON-ready values: times as ISO 8601 in UTC, lists as lists."""
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def export_json(rows: Iterable[Mapping[str, object]]) -> str:
    records = [{column: _plain(row.get(column)) for column in EXPORT_COLUMNS} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def export_csv(rows: Iterable[Mapping[str, object]]) -> str:
    return csv_table(EXPORT_COLUMNS, rows)
