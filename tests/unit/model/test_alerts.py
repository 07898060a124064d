"""Alerts: which pages they cover, what a build says about their windows, how the file is read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from govportal.content import load_content
from govportal.model.alerts import Alert, schedule_findings
from govportal.model.status import ServiceStatus
from tests.conftest import TODAY

ZONE = "America/Denver"
NOW = datetime.fromisoformat("2026-11-23T10:00:00-07:00")


def alert(**changes: object) -> Alert:
    data: dict[str, object] = {"title": "Storm", "message": "Offices close at noon.", "severity": "warning", "starts": "2026-11-23T08:00", "ends": "2026-11-24T08:00"}
    return Alert.model_validate(data | changes)


def test_window_is_in_the_portal_zone_unless_an_offset_is_written() -> None:
    assert alert().active(NOW, ZONE)
    assert not alert(starts="2026-11-23T10:30").active(NOW, ZONE)
    assert alert(starts="2026-11-23T10:30-05:00").active(NOW, ZONE)  # 8:30 in Denver
    assert not alert(ends="2026-11-23T10:00").active(NOW, ZONE)  # the end itself is outside


def test_scope() -> None:
    scoped = alert(scope={"agencies": ["dmv"], "services": ["health/apply-for-wic"], "topics": ["driving"]})
    assert alert().covers(None, None, [])
    assert scoped.covers("dmv", None, [])
    assert scoped.covers("health", "health/apply-for-wic", ["health"])
    assert scoped.covers("revenue", "revenue/x", ["driving"])
    assert not scoped.covers("revenue", "revenue/x", ["taxes"]) and not scoped.covers(None, None, [])


def test_build_says_which_alerts_end_soon_and_which_are_left_out() -> None:
    found = schedule_findings([alert(), alert(title="Old", starts="2026-11-01T08:00", ends="2026-11-02T08:00"), alert(title="Later", ends="2026-12-24T08:00")], NOW, ZONE)
    assert [(f.field, f.severity) for f in found] == [("alerts[1]", "warning"), ("alerts[2]", "warning")]
    assert "within a day" in found[0].message and "left out of the site" in found[1].message


def test_status_that_ends_before_it_starts_is_refused() -> None:
    from pydantic import ValidationError

    try:
        ServiceStatus.model_validate({"state": "down", "message": "x", "since": "2026-11-23T08:00", "until": "2026-11-22T08:00"})
    except ValidationError as error:
        assert "ends before it starts" in str(error)
    else:
        raise AssertionError("accepted a status that ends before it starts")


def test_alerts_file_problems_name_the_field(content: Path) -> None:
    (content / "alerts.yml").write_text(
        "- {title: A, message: B, severity: loud, starts: 2026-11-23T08:00, ends: 2026-11-24T08:00}\n"
        "- {title: C, message: D, severity: warning, starts: 2026-11-23T08:00}\n",
        encoding="utf-8",
    )
    found = {f.field for f in load_content(content, TODAY).findings if f.path == "content/alerts.yml"}
    assert {"alerts[1].severity", "alerts[2].ends"} <= found


def test_alert_scope_must_name_what_exists(content: Path) -> None:
    (content / "alerts.yml").write_text(
        "alerts:\n  - {title: C, message: D, severity: warning, scope: {agencies: [parks, nowhere]}, starts: 2026-11-23T08:00, ends: 2026-11-24T08:00}\n",
        encoding="utf-8",
    )
    result = load_content(content, TODAY)
    assert [(f.field, f.message) for f in result.findings if f.path == "content/alerts.yml"] == [
        ("alerts[1].scope.agencies[2]", "'nowhere' is not one of the portal's agencies; check the spelling")
    ]
