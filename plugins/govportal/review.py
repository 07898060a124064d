"""What ``govportal review`` lists for people: pages not published yet, then what is due for review, by agency.

Plain lines, so the listing is tested without a terminal; :mod:`govportal.cli.review` prints them
(and ``--json`` prints :func:`govportal.content.freshness.review_json` instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from govportal.content.freshness import ReviewItem

_NOT_PUBLISHED = ("draft", "scheduled", "unpublished")


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False  # shown in bold: a section or an agency's name


def review_lines(items: list[ReviewItem], days: int, folder: str) -> list[Line]:
    """Pages not published first, then what is due, grouped by agency, each with its owner."""
    lines = []
    waiting = [i for i in items if i.state in _NOT_PUBLISHED]
    if waiting:
        lines.append(Line(f"Not published ({len(waiting)})", heading=True))
        lines += [Line(f"  {item.state}: {item.title} ({item.kind}): {item.note} — {folder}/{item.source}") for item in waiting]
    due = [i for i in items if i.state in ("overdue", "due")]
    if not due:
        return [*lines, Line(f"Nothing is due for review in the next {days} days.")]
    names = {i.agency_id: i.title for i in items if i.kind == "agency"}
    for agency_id, group in groupby(due, key=lambda i: i.agency_id):
        lines.append(Line(names.get(agency_id, agency_id), heading=True))
        lines += [_due_line(item, folder) for item in group]
    overdue = sum(1 for i in due if i.state == "overdue")
    return [*lines, Line(f"{overdue} overdue, {len(due) - overdue} due within {days} days.")]


def _due_line(item: ReviewItem, folder: str) -> Line:
    when = f"overdue since {item.review_by}" if item.state == "overdue" else f"due {item.review_by}"
    owner = f", owner: {item.owner}" if item.owner else ""
    return Line(f"  {when}: {item.title} ({item.kind}{owner}) — {folder}/{item.source}")
