"""Alerts and status notices past their end: a page built before an alert ended still shows it.

The end is in the page (``data-gp-alert-ends``) for the browser script; the gate reads the same
attribute, as the HTML is what cached copies, search snippets and readers without JavaScript get.
"""

from __future__ import annotations

from datetime import date

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


def check_expired_alerts(ends: list[str], where: Where, today: date) -> list[Issue]:
    """Anything in the page's ``data-gp-alert-ends`` values that ended before ``today`` (ISO
    date-times compare by their date here)."""
    ended = sorted({end for end in ends if date.fromisoformat(end[:10]) < today})
    return [where.issue("expired-alert", f"[data-gp-alert-ends='{end}']", f"an alert or status that ended {end} is still in the page; rebuild the site", per_viewport=False) for end in ended]
