"""The staff's feedback commands over a real SQLite file and PostgreSQL database: review,
approve, purge. Citizens' words are private by default: only approved, redacted comments
are published, and comments and contact details are deleted after the retention period."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from govportal.feedback.redact import EMAIL, NUMBER, PHONE
from govportal.feedback.store import Entry, Store, open_store
from tests.commands import invoke

PAGE = "/services/dmv/renew-drivers-license/"
PRIVATE = "Call me on (801) 555-0123 or pat@example.com, my SSN is 123-45-6789"
REDACTED = f"Call me on {PHONE} or {EMAIL}, my SSN is {NUMBER}"
ORDINARY = "Form DS-82 took 45 minutes and cost $130 on 2026-11-02."
ADDRESSED = "Send it to 12 Canyon View Rd please"


def fill(store: Store, when: datetime) -> None:
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=False, comment=PRIVATE), when)  # 1
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=True, comment=ORDINARY), when)  # 2
    store.add(Entry(kind="page", page="/agencies/revenue/", agency="revenue", helpful=False, comment=ADDRESSED), when)  # 3
    store.add(Entry(kind="survey", page=PAGE + "survey/", agency="dmv", service="dmv/renew-drivers-license", satisfaction=2, trust=3,
                    follow_up=True, contact="pat@example.com"), when)  # 4: no comment


def comments(report_json: str) -> dict[str, list[str]]:
    return {a["id"]: [c["text"] for c in a["comments"]] for a in json.loads(report_json)["agencies"]}




def publish_comments(project: Path, setting: str = "true") -> None:
    """Turn on published comments in the project's site.yml (they are off by default)."""
    config = project / "site.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - govportal:\n" in text
    config.write_text(text.replace("  - govportal:\n", f"  - govportal:\n      feedback: {{publish_comments: {setting}}}\n", 1), encoding="utf-8")


def test_review_approve_and_purge_commands(project: Path, database_url: str) -> None:
    store = open_store(database_url)
    fill(store, datetime.now(UTC) - timedelta(days=10))
    store.close()
    url = ("--database-url", database_url)

    review = invoke(project, "feedback", "review", *url)
    assert review.exit_code == 0, review.stderr
    assert "1  " in review.stdout and REDACTED in review.stdout and "123-45-6789" not in review.stdout
    assert "3 comments waiting" in review.stdout and "(comments of this agency are not published)" in review.stdout

    approve = invoke(project, "feedback", "approve", "1", "4", "9", *url)
    assert approve.exit_code == 1 and "Approved: 1" in approve.stdout
    assert "there is no comment in response 4, 9" in approve.stderr and "publish_comments is off" in approve.stderr
    assert "2 comments waiting" in invoke(project, "feedback", "review", *url).stdout

    assert "of 0 responses" in invoke(project, "feedback", "purge", *url).stdout  # the default keeps a year
    purge = invoke(project, "feedback", "purge", "--days", "7", *url)
    assert purge.exit_code == 0 and "Deleted the comments and contact details of 4 responses" in purge.stdout
    assert "0 comments waiting" in invoke(project, "feedback", "review", *url).stdout


def test_every_feedback_command_has_help(project: Path) -> None:
    for command in ("serve", "export", "report", "followed-up", "review", "approve", "purge"):
        result = invoke(project, "feedback", command, "--help")
        assert result.exit_code == 0 and "--database-url" in result.stdout
