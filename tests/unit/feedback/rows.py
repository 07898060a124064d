"""Rows as :meth:`govportal.feedback.store.Store.rows` yields them, made without a database."""

from __future__ import annotations

from datetime import UTC, datetime

from govportal.feedback.store import COLUMNS

OCTOBER = datetime(2026, 10, 5, tzinfo=UTC)
NOVEMBER = datetime(2026, 11, 20, tzinfo=UTC)
PAGE = "/services/dmv/renew-drivers-license/"
SERVICE = "dmv/renew-drivers-license"


def row(id: int, **values: object) -> dict[str, object]:
    """Every column, None unless given, as a stored row has them (``follow_up`` is never None)."""
    return dict.fromkeys(COLUMNS) | {"id": id, "received_at": NOVEMBER, "kind": "page", "page": "/", "follow_up": False} | values


def month_and_a_half(comment: str = "<script>alert('x')</script>") -> list[dict[str, object]]:
    """Answers about two agencies over October and November: 5 page answers, 2 surveys."""
    pages = [row(n + 1, received_at=when, page=PAGE, agency="dmv", service=SERVICE, helpful=helpful)
             for n, (when, helpful) in enumerate([(OCTOBER, True), (OCTOBER, False), (NOVEMBER, True), (NOVEMBER, True)])]
    return pages + [
        row(5, kind="survey", page=PAGE + "survey/", agency="dmv", service=SERVICE, satisfaction=5, trust=4,
            went_well=["ease"], could_be_better=["efficiency"], comment=comment, follow_up=True, contact="pat@example.com"),
        row(6, kind="survey", page=PAGE + "survey/", agency="dmv", service=SERVICE, satisfaction=2, trust=2,
            could_be_better=["efficiency", "transparency"]),
        row(7, page="/agencies/revenue/", agency="revenue", helpful=False, comment="=HYPERLINK(\"http://x\")"),
    ]
