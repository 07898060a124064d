"""Comments waiting for approval, as staff read them before publishing (``govportal feedback review``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.redact import redact


def pending_lines(rows: Sequence[Mapping[str, object]], settings: FeedbackSettings) -> list[str]:
    """One entry per comment: id, day, agency and page, then the comment as it would be published
    (personal details removed), and whether comments of that agency are published at all."""
    return [_entry(row, settings) for row in rows]


def _entry(row: Mapping[str, object], settings: FeedbackSettings) -> str:
    received = row["received_at"]
    day = received.date().isoformat() if isinstance(received, datetime) else ""
    published = "" if settings.publishes_comments(str(row["agency"])) else " (comments of this agency are not published)"
    return f"{row['id']}  {day}  {row['agency'] or '-'}  {row['page']}{published}\n    {redact(str(row['comment']))}"
