"""'Report an accessibility problem': posted without JavaScript, stored, exported and counted."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from govportal.feedback.export import export_json
from govportal.feedback.redact import redact
from govportal.feedback.report import build_report
from govportal.config.feedback import FeedbackSettings
from tests.feedback.conftest import StartReceiver, _migrated, stored_rows


def test_accessibility_report_is_stored_exported_and_counted(receiver: StartReceiver, tmp_path: Path) -> None:
    url = _migrated(f"sqlite:///{tmp_path / 'feedback.sqlite3'}")
    form = {"page": "/accessibility/", "problem_page": "Renew your license", "comment": "The date field cannot be used with my screen reader. Call me at 801-555-0123.",
            "follow_up": "yes", "contact": "pat@example.com", "website": ""}
    with receiver(url) as base:
        sent = httpx.post(base + "/api/feedback/accessibility", data=form)
        empty = httpx.post(base + "/api/feedback/accessibility", data={"page": "/accessibility/", "comment": ""}, headers={"Accept": "application/json"})
    assert (sent.status_code, sent.headers["location"]) == (303, "/accessibility/#gp-a11y-thanks")
    assert empty.status_code == 422 and "comment" in empty.json()["errors"]
    [row] = stored_rows(url)
    assert (row["kind"], row["page"], row["contact"], row["follow_up"]) == ("a11y", "/accessibility/", "pat@example.com", True)
    assert row["comment"] == "Page: Renew your license\n" + form["comment"]
    assert "801-555-0123" not in redact(str(row["comment"]))  # as staff review it, like any comment
    [exported] = json.loads(export_json([row]))
    assert exported["kind"] == "a11y" and exported["comment"].startswith("Page: Renew your license")
    report = build_report([row], FeedbackSettings())
    assert report.portal.accessibility_reports == 1 and report.portal.page_responses == 0
