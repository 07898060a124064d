"""Opening hours as people type them into a spreadsheet, read into the model's hours.

Understood: ``Mon-Fri 8am-5pm``, ``8:00-17:00 weekdays``, ``24/7``, ``Monday through
Friday, 7:30 a.m. to 4:30 p.m.``, ``M-F 9-5; Sat 9am-noon``, ``weekdays 8-12, 1-5 ET``,
and what ``/directory.csv`` writes (``monday 8:00-17:00; ...; sunday closed``). Days and
times may come in either order; "except holidays" is what every channel does already.
Anything else is not guessed at: the caller keeps the text and reports it.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from govportal.model.hours import WEEKDAYS, Hours

_ALWAYS = re.compile(r"^(open\s+)?(24/7|24x7|24 hours( a day)?(,? 7 days a week)?|24 hours, 7 days)\.?$")
_DAY = r"(mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|m|f)\.?"
_DAY_RANGE = re.compile(rf"\b{_DAY}(?:\s*(?:-|to|through|thru)\s*{_DAY})?(?![a-z])")
_GROUPS = {
    "weekdays": range(5), "weekday": range(5), "weekends": (5, 6), "weekend": (5, 6), "daily": range(7),
    "every day": range(7), "7 days a week": range(7), "seven days a week": range(7),
}
_GROUP = re.compile(r"\b(" + "|".join(sorted(_GROUPS, key=len, reverse=True)) + r")\b")
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_TIME_RANGE = re.compile(rf"\b{_TIME}\s*(?:-|to|until|till)\s*{_TIME}(?![\d:])")
_CLOSED = re.compile(r"\bclosed\b")
_HOLIDAYS = re.compile(r"\b(except|excluding|closed on|not on)?\s*(federal|state|public)?\s*holidays\b")
_ZONES = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "akt": "America/Anchorage", "alaska": "America/Anchorage", "hst": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
}
_ZONE = re.compile(r"\b(" + "|".join(_ZONES) + r")(\s+time)?\b")
_FILLER = re.compile(r"^[\s,;:&./()-]*((and|from|open|hours|between|on|at|are|is)\b[\s,;:&./()-]*)*$")
_DAY_NUMBER = {"m": 0, "mo": 0, "tu": 1, "we": 2, "th": 3, "f": 4, "fr": 4, "sa": 5, "su": 6}  # by first letters


def _normal(text: str) -> str:
    text = text.lower().replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", text)
    text = re.sub(r"\bnoon\b", "12pm", text)
    return re.sub(r"\bmidnight\b", "12am", text)


def _days(match: re.Match[str]) -> list[int]:
    first = _DAY_NUMBER[match[1][:2]]
    last = _DAY_NUMBER[match[2][:2]] if match[2] else first
    return list(range(first, last + 1)) if last >= first else [*range(first, 7), *range(0, last + 1)]


def _minutes(hour: str, minute: str | None, suffix: str | None) -> int:
    h = int(hour) % 12 + (12 if suffix == "pm" else 0) if suffix else int(hour)
    return h * 60 + int(minute or 0)


def _range(match: re.Match[str]) -> tuple[int, int]:
    """Minutes after midnight; ``8-5pm`` is 8 a.m.; ``9-5`` and ``1-5`` (no colon, no a.m./p.m.)
    are read as office hours are said: a bare 1 to 6 is in the afternoon."""
    h1, m1, s1, h2, m2, s2 = match.groups()
    if not (s1 or s2 or m1 or m2):
        return _bare(int(h1), int(h2))
    end = _minutes(h2, m2, s2)
    if s2 == "am" and end == 0:
        end = 24 * 60  # "to 12 a.m." / "to midnight"
    start = _minutes(h1, m1, s1 or s2)
    if s1 is None and start >= end:
        start = _minutes(h1, m1, "am" if s2 else None)
    return start, end


def _bare(start: int, end: int) -> tuple[int, int]:
    if start < 7:
        start += 12
    if end <= start and end + 12 > start:
        end += 12
    return start * 60, end * 60


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _tokens(text: str) -> tuple[list[tuple[str, Any]], str]:
    """Days, time ranges and 'closed' in the order written, and the text left over."""
    found: list[tuple[int, str, Any]] = []
    for pattern, kind in ((_TIME_RANGE, "times"), (_GROUP, "group"), (_DAY_RANGE, "days"), (_CLOSED, "closed")):
        for match in pattern.finditer(text):
            found.append((match.start(), kind, match))
        text = pattern.sub(lambda m: " " * len(m[0]), text)
    tokens: list[tuple[str, Any]] = []
    for _, kind, match in sorted(found, key=lambda item: item[0]):
        if kind == "times":
            tokens.append(("times", [_range(match)]))
        elif kind == "closed":
            tokens.append(("times", []))
        else:
            tokens.append(("days", list(_GROUPS[match[1]]) if kind == "group" else _days(match)))
    return tokens, text


def _pair(tokens: list[tuple[str, Any]]) -> dict[int, list[tuple[int, int]]] | None:
    """Each group of days with the times written next to it (before or after)."""
    week: dict[int, list[tuple[int, int]]] = {}
    days: list[int] = []
    times: list[list[tuple[int, int]]] = []

    def assign() -> None:
        for day in days:
            week.setdefault(day, []).extend(r for group in times for r in group)

    for kind, value in tokens:
        if kind == "times":
            times.append(value)
        elif times and not days:  # times came first: "8:00-17:00 weekdays"
            days.extend(value)
            assign()
            days, times = [], []
        elif times:
            assign()
            days, times = list(value), []
        else:
            days.extend(value)
    if bool(days) != bool(times):
        return None  # days without times, or times without days
    assign()
    return week or None


def parse_hours(text: str, timezone: str | None) -> dict[str, Any] | None:
    """The hours as the model's fields, or ``None`` when the text is not understood."""
    clean = _normal(text.strip())
    zone_match = _ZONE.search(clean)
    zone = _ZONES[zone_match[1]] if zone_match else timezone
    clean = _ZONE.sub(" ", _HOLIDAYS.sub(" ", clean)).strip(" .,;")
    hours: dict[str, Any] = {"timezone": zone} if zone else {}
    if _ALWAYS.match(clean):
        return hours | {"open_24_7": True}
    tokens, rest = _tokens(clean)
    week = _pair(tokens) if _FILLER.match(rest) else None
    if week is None:
        return None
    written = {WEEKDAYS[d]: ", ".join(f"{_clock(a)}-{_clock(b)}" for a, b in sorted(set(r))) or "closed" for d, r in sorted(week.items())}
    weekdays = {written.get(day) for day in WEEKDAYS[:5]}
    if len(weekdays) == 1 and None not in weekdays:
        written = {"weekdays": written["monday"]} | {d: v for d, v in written.items() if d in WEEKDAYS[5:]}
    try:
        Hours.model_validate(hours | written)
    except ValidationError:
        return None
    return hours | written
