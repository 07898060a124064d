"""One way to write values into the CSV files govportal publishes and exports."""

from __future__ import annotations

from datetime import date, datetime


def csv_cell(value: object) -> str:
    """Empty for nothing, yes/no for booleans, ``;`` between list items, ISO 8601 for times."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
