"""The performance report in a real build: written by ``feedback report`` from a real SQLite
database, published with approved comments only, redacted and escaped as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from govportal.build import build
from govportal.feedback.store import Entry, open_store
from tests.commands import invoke
from tests.db.test_feedback_commands import REDACTED, comments, fill, publish_comments

SCRIPT = "<script>alert('x')</script>"


def test_report_is_published_by_the_build_with_comments_as_text(project: Path) -> None:
    publish_comments(project)
    database = project / "feedback.sqlite3"
    store = open_store(f"sqlite:///{database}")
    store.add(Entry(kind="survey", page="/", agency="parks", satisfaction=4, trust=4, comment=SCRIPT))
    store.close()
    url = f"sqlite:///{database}"
    assert invoke(project, "feedback", "approve", "1", "--database-url", url).exit_code == 0
    result = invoke(project, "feedback", "report", "--database-url", url)
    assert result.exit_code == 0, result.stderr
    assert "content/performance.json: 1 responses from 1 agencies" in result.stdout
    report = build(project / "site.yml")
    assert report.ok, report.findings
    html = (project / "site/performance/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html and SCRIPT not in html
    assert "Satisfied with the service" in html and "100%" in html
    assert json.loads((project / "site/performance.json").read_text(encoding="utf-8"))["portal"]["responses"] == 1

    exported = invoke(project, "feedback", "export", "--format", "json", "--database-url", url)
    assert exported.exit_code == 0 and json.loads(exported.stdout)[0]["comment"] == SCRIPT
    replied = invoke(project, "feedback", "followed-up", "1", "--database-url", url)
    assert replied.exit_code == 1 and "no follow-up was asked for in response 1" in replied.stderr


def test_build_publishes_only_approved_redacted_comments(project: Path) -> None:
    publish_comments(project)
    url = f"sqlite:///{project / 'feedback.sqlite3'}"
    store = open_store(url)
    fill(store, datetime(2026, 11, 2, tzinfo=UTC))
    store.approve([1])
    store.close()
    assert invoke(project, "feedback", "report", "--database-url", url).exit_code == 0
    report = build(project / "site.yml")
    assert report.ok, report.findings
    html = (project / "site/performance/index.html").read_text(encoding="utf-8")
    published = (project / "site/performance.json").read_text(encoding="utf-8")
    for text in (html, published):
        assert "123-45-6789" not in text and "555-0123" not in text and "pat@example.com" not in text and "DS-82" not in text
    assert REDACTED in html and comments(published)["dmv"] == [REDACTED]


def test_broken_report_file_is_an_editor_error(project: Path) -> None:
    (project / "content/performance.json").write_text("{\"portal\": 3", encoding="utf-8")
    result = invoke(project, "validate")
    assert result.exit_code == 1
    assert "content/performance.json: is not valid JSON" in result.stderr


def test_privacy_page_says_what_is_kept_and_for_how_long(sample_site: Path) -> None:
    page = (sample_site / "privacy/index.html").read_text(encoding="utf-8")
    assert "365 days" in page and "approve" in page
