"""How numbers and dates read on the portal's pages, in one place so every page says them alike.

Dates come from the CLDR (Babel) in the page's language, so Spanish pages read
``23 de noviembre de 2026`` with no month names written here.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_skeleton

from govportal.model.schedule import babel_locale
from govportal.model.translation import SOURCE_LANGUAGE, Language

NO_ANSWERS = "No answers yet"


def long_date(day: date, language: Language = SOURCE_LANGUAGE) -> str:
    """``November 3, 2026`` (``3 de noviembre de 2026``): the month in words, so no one mistakes day for month."""
    return format_date(day, "long", locale=babel_locale(language))


def month_name(month: str, language: Language = SOURCE_LANGUAGE) -> str:
    """``2026-11`` as ``November 2026`` (``noviembre de 2026``)."""
    return format_skeleton("yMMMM", datetime.strptime(month, "%Y-%m"), locale=babel_locale(language))


def day_and_month(day: date, language: Language = SOURCE_LANGUAGE) -> str:
    """``Friday, December 25`` (``viernes, 25 de diciembre``): a date in the coming weeks, as inside a sentence."""
    locale = babel_locale(language)
    return f"{format_date(day, 'EEEE', locale=locale)}, {format_skeleton('MMMMd', day, locale=locale)}"


def capitalized(text: str) -> str:
    """``text`` starting with a capital, for the start of a line or a table cell (``Viernes, 25 de diciembre``)."""
    return text[:1].upper() + text[1:]


def percent(value: float | None) -> str:
    """``87.5%``, or that no one has answered yet (rather than a misleading 0%)."""
    return NO_ANSWERS if value is None else f"{value:g}%"


def counted(count: int, noun: str) -> str:
    """``1 response``, ``2 responses``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
