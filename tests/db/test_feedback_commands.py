"""Citizens' words are private by default: only approved, redacted comments are published,
and comments and contact details are deleted after the retention period."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import MetaData, Table, create_engine, insert, inspect, select

from govportal.build import build
from govportal.feedback.redact import ADDRESS, EMAIL, NUMBER, PHONE
from govportal.feedback.report import build_report
from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import MIGRATIONS, Entry, Store, open_store, schema_version
from tests.feedback.test_export_and_report import publish_comments, run

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


def test_comments_are_private_until_published_approved_and_redacted(store: Store) -> None:
    fill(store, datetime(2026, 11, 2, tzinfo=UTC))
    private = build_report(store.rows(), FeedbackSettings()).model_dump_json()
    assert comments(private) == {"dmv": [], "revenue": []}
    assert not any(word in private for word in ("555", "pat@", "DS-82", "Canyon"))
    everyone = FeedbackSettings(publish_comments=True)
    assert comments(build_report(store.rows(), everyone).model_dump_json()) == {"dmv": [], "revenue": []}  # none approved yet

    assert store.approve([1, 3, 4, 99]) == [1, 3]  # 4 has no comment, 99 does not exist
    published = build_report(store.rows(), everyone).model_dump_json()
    assert comments(published) == {"dmv": [REDACTED], "revenue": [f"Send it to {ADDRESS} please"]}
    assert "555-0123" not in published and "pat@example.com" not in published and ORDINARY not in published
    only_dmv = build_report(store.rows(), FeedbackSettings(publish_comments=["dmv"])).model_dump_json()
    assert comments(only_dmv) == {"dmv": [REDACTED], "revenue": []}
    assert [r["id"] for r in store.pending_comments()] == [2]


def test_purge_deletes_old_words_and_contacts_but_keeps_the_figures(store: Store) -> None:
    now = datetime.now(UTC)
    fill(store, now - timedelta(days=400))
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=True, comment="recent"), now - timedelta(days=3))
    store.approve([1])
    before = build_report(store.rows(), FeedbackSettings(), now=now)

    assert store.purge(now - timedelta(days=365)) == 4
    rows = list(store.rows())
    assert [r["comment"] for r in rows] == [None, None, None, None, "recent"]
    assert all(r["contact"] is None and r["approved_at"] is None for r in rows)
    assert (rows[3]["satisfaction"], rows[3]["follow_up"], rows[0]["helpful"]) == (2, True, False)
    assert build_report(store.rows(), FeedbackSettings(), now=now).portal == before.portal
    assert store.purge(now - timedelta(days=365)) == 0


def test_upgrade_from_the_first_schema_keeps_responses(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:  # a database as the previous release left it
        MIGRATIONS[0](conn)
        schema_version.create(conn)
        conn.execute(insert(schema_version).values(version=1))
        old = Table("feedback", MetaData(), autoload_with=conn)
        conn.execute(insert(old).values(received_at=datetime(2026, 1, 5, tzinfo=UTC), kind="page", page="/", helpful=True, comment="kept", follow_up=False))
    assert "approved_at" not in {c["name"] for c in inspect(engine).get_columns("feedback")}
    store = open_store(empty_database_url)
    [row] = store.rows()
    assert (row["comment"], row["approved_at"]) == ("kept", None)
    assert store.approve([1]) == [1]
    with engine.connect() as conn:
        assert conn.execute(select(schema_version.c.version)).scalar_one() == len(MIGRATIONS) == 3
    store.close()
    engine.dispose()


def test_review_approve_and_purge_commands(project: Path, database_url: str) -> None:
    store = open_store(database_url)
    fill(store, datetime.now(UTC) - timedelta(days=10))
    store.close()
    url = ("--database-url", database_url)

    review = run(project, "feedback", "review", *url)
    assert review.returncode == 0, review.stderr
    assert "1  " in review.stdout and REDACTED in review.stdout and "123-45-6789" not in review.stdout
    assert "3 comments waiting" in review.stdout and "(comments of this agency are not published)" in review.stdout

    approve = run(project, "feedback", "approve", "1", "4", "9", *url)
    assert approve.returncode == 1 and "Approved: 1" in approve.stdout
    assert "there is no comment in response 4, 9" in approve.stderr and "publish_comments is off" in approve.stderr
    assert "2 comments waiting" in run(project, "feedback", "review", *url).stdout

    assert "of 0 responses" in run(project, "feedback", "purge", *url).stdout  # the default keeps a year
    purge = run(project, "feedback", "purge", "--days", "7", *url)
    assert purge.returncode == 0 and "Deleted the comments and contact details of 4 responses" in purge.stdout
    assert "0 comments waiting" in run(project, "feedback", "review", *url).stdout


def test_build_publishes_only_approved_redacted_comments(project: Path) -> None:
    publish_comments(project)
    url = f"sqlite:///{project / 'feedback.sqlite3'}"
    store = open_store(url)
    fill(store, datetime(2026, 11, 2, tzinfo=UTC))
    store.approve([1])
    store.close()
    assert run(project, "feedback", "report", "--database-url", url).returncode == 0
    report = build(project / "site.yml")
    assert report.ok, report.findings
    html = (project / "site/performance/index.html").read_text(encoding="utf-8")
    published = (project / "site/performance.json").read_text(encoding="utf-8")
    for text in (html, published):
        assert "123-45-6789" not in text and "555-0123" not in text and "pat@example.com" not in text and "DS-82" not in text
    assert REDACTED in html and comments(published)["dmv"] == [REDACTED]


def test_privacy_page_says_what_is_kept_and_for_how_long(sample_site: Path) -> None:
    page = (sample_site / "privacy/index.html").read_text(encoding="utf-8")
    assert "365 days" in page and "approve" in page
