"""How numbers and dates read on the portal's pages, in one place so every page says them alike."""

from __future__ import annotations

from datetime import date, datetime

NO_ANSWERS = "No answers yet"


def long_date(day: date) -> str:
    """``November 3, 2026``: the month in words, so no one mistakes day for month."""
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def month_name(month: str) -> str:
    """``2026-11`` as ``November 2026``."""
    return datetime.strptime(month, "%Y-%m").strftime("%B %Y")


def percent(value: float | None) -> str:
    """``87.5%``, or that no one has answered yet (rather than a misleading 0%)."""
    return NO_ANSWERS if value is None else f"{value:g}%"


def counted(count: int, noun: str) -> str:
    """``1 response``, ``2 responses``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
