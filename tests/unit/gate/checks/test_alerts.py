"""Alerts past their end, judged from the page's data-gp-alert-ends values."""

from __future__ import annotations

from datetime import date

from govportal.gate.checks import Where
from govportal.gate.checks.alerts import check_expired_alerts

TODAY = date(2026, 11, 27)


def test_alerts_that_ended_before_today_are_reported_once(where: Where) -> None:
    ended = check_expired_alerts(["2026-11-26T17:00", "2026-11-27T08:00", "2026-11-26T17:00", "2026-12-01"], where, TODAY)
    assert [i.selector for i in ended] == ["[data-gp-alert-ends='2026-11-26T17:00']"]
    assert "rebuild the site" in ended[0].message
    assert check_expired_alerts([], where, TODAY) == []
