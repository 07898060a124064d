"""The receiver over HTTP, against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import create_engine, inspect, text

from tests.db.receiver import StartReceiver, stored_rows
from tests.db.postgres import PostgresServer

SERVICE_PAGE = "/services/dmv/renew-drivers-license/"
SURVEY_PAGE = SERVICE_PAGE + "survey/"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
AGENT = "govportal-test-agent/1.0"


def good_survey(**changes: object) -> dict[str, object]:
    answers: dict[str, object] = {
        "page": SURVEY_PAGE, "service": "dmv/renew-drivers-license", "satisfaction": "4", "trust": "5",
        "went_well": ["ease", "efficiency"], "could_be_better": ["transparency"], "comment": "Quick.",
    }
    return answers | changes


def test_form_post_is_stored_once_and_sends_people_back(receiver: StartReceiver, database_url: str) -> None:
    with receiver(database_url) as base:
        response = httpx.post(
            base + "/api/feedback", headers=FORM | {"User-Agent": AGENT},
            content=f"page={SERVICE_PAGE}%3Femail%3Da%40b.c%23top&helpful=no&comment=Could+not+find+the+fee&website=",
        )
    assert response.status_code == 303
    assert response.headers["location"] == SERVICE_PAGE + "#gp-feedback-thanks"
    [row] = stored_rows(database_url)
    assert (row["kind"], row["page"], row["agency"], row["service"]) == ("page", SERVICE_PAGE, "dmv", "dmv/renew-drivers-license")
    assert row["helpful"] is False and row["comment"] == "Could not find the fee"


def test_json_post_gets_json(receiver: StartReceiver, database_url: str) -> None:
    with receiver(database_url) as base:
        response = httpx.post(base + "/api/feedback/survey", json=good_survey(follow_up=True, contact="Pat@Example.com"))
    assert response.status_code == 201 and response.json() == {"status": "received"}
    [row] = stored_rows(database_url)
    assert row["satisfaction"] == 4 and row["trust"] == 5
    assert row["went_well"] == ["ease", "efficiency"] and row["could_be_better"] == ["transparency"]
    assert row["follow_up"] is True and row["contact"] == "Pat@example.com"


def test_accessibility_report_is_stored_and_people_are_sent_back(receiver: StartReceiver, database_url: str) -> None:
    form = {"page": "/accessibility/", "problem_page": "Renew your license", "comment": "The date field cannot be used with my screen reader.",
            "follow_up": "yes", "contact": "pat@example.com", "website": ""}
    with receiver(database_url) as base:
        sent = httpx.post(base + "/api/feedback/accessibility", data=form)
    assert (sent.status_code, sent.headers["location"]) == (303, "/accessibility/#gp-a11y-thanks")
    [row] = stored_rows(database_url)
    assert (row["kind"], row["page"], row["contact"], row["follow_up"]) == ("a11y", "/accessibility/", "pat@example.com", True)
    assert row["comment"] == "Page: Renew your license\n" + form["comment"]


# Each field's rules are tested on the functions that judge them (tests/unit/feedback/test_submission.py);
# here, that a refusal of each form reaches the visitor, as JSON or as a page, and stores nothing.
REJECTIONS = {
    "page": ("/api/feedback", {"page": SERVICE_PAGE, "helpful": "maybe"}, "helpful"),
    "survey": ("/api/feedback/survey", good_survey(could_be_better=["parking"]), "could_be_better"),
    "accessibility": ("/api/feedback/accessibility", {"page": "/accessibility/", "comment": ""}, "comment"),
}


@pytest.mark.parametrize("case", REJECTIONS)
def test_bad_answers_are_rejected_by_field_and_nothing_is_stored(receiver: StartReceiver, database_url: str, case: str) -> None:
    path, body, field = REJECTIONS[case]
    with receiver(database_url) as base:
        response = httpx.post(base + path, json=body)
        as_form = httpx.post(base + path, data=body)  # type: ignore[arg-type]
    assert response.status_code == 422 and field in response.json()["errors"]
    assert as_form.status_code == 422 and "There is a problem" in as_form.text
    assert stored_rows(database_url) == []


def test_transport_problems_are_clear_4xx(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        url = base + "/api/feedback"
        assert httpx.post(url, content=b"page=/&helpful=yes", headers={"Content-Type": "text/plain"}).status_code == 415
        assert httpx.post(url, content=b"page=/&helpful=yes", headers={"Content-Type": "multipart/form-data; boundary=x"}).status_code == 415
        assert httpx.post(url, content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 400
        assert httpx.post(url, json=["page", "/"]).status_code == 400
        assert httpx.post(url, content=b"\xff\xfe", headers=FORM).status_code == 400
        huge = httpx.post(url, data={"page": "/", "helpful": "yes", "comment": "x" * 20_000})
        assert huge.status_code == 413
        foreign = httpx.post(url, data={"page": "/", "helpful": "yes"}, headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403
    assert stored_rows(sqlite_url) == []


def test_allowed_origins_may_post_with_cors(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url, allowed_origins=["https://www.example.gov"]) as base:
        response = httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}, headers={"Origin": "https://www.example.gov"})
    assert response.status_code == 201
    assert response.headers["access-control-allow-origin"] == "https://www.example.gov"


def test_spam_trap_is_accepted_silently_and_dropped(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        form = httpx.post(base + "/api/feedback", data={"page": SERVICE_PAGE, "helpful": "yes", "website": "http://spam.example"})
        script = httpx.post(base + "/api/feedback/survey", json=good_survey(website="buy now"))
    assert form.status_code == 303 and script.status_code == 201
    assert stored_rows(sqlite_url) == []


def test_redirect_never_leaves_the_site(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        responses = [httpx.post(base + "/api/feedback", data={"page": page, "helpful": "yes"}) for page in ("//evil.example/", "https://evil.example/x/")]
    # A post naming another site's page is refused, and the answer sends no one anywhere.
    assert [(r.status_code, r.headers.get("location")) for r in responses] == [(422, None), (422, None)]
    assert stored_rows(sqlite_url) == []


def test_rate_limit_per_client(receiver: StartReceiver, database_url: str) -> None:
    with receiver(database_url, rate_limit_per_minute=3) as base:
        statuses = [httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}).status_code for _ in range(5)]
    assert statuses == [201, 201, 201, 429, 429]
    assert len(stored_rows(database_url)) == 3


def test_no_ip_address_or_user_agent_is_stored(receiver: StartReceiver, database_url: str) -> None:
    with receiver(database_url) as base:
        httpx.post(base + "/api/feedback", data={"page": "/", "helpful": "yes"}, headers={"User-Agent": AGENT, "X-Forwarded-For": "203.0.113.9"})
        httpx.post(base + "/api/feedback/survey", json=good_survey(contact="pat@example.com"), headers={"User-Agent": AGENT})
    engine = create_engine(database_url)
    columns = {c["name"] for c in inspect(engine).get_columns("feedback")}
    assert not {c for c in columns if any(word in c for word in ("ip", "addr", "agent", "host", "client"))}
    with engine.connect() as conn:
        dump = json.dumps([list(r) for r in conn.execute(text("SELECT * FROM feedback"))], default=str)
    engine.dispose()
    assert "127.0.0.1" not in dump and "203.0.113.9" not in dump and AGENT not in dump
    assert "pat@example.com" not in dump  # no consent was given, so no contact is kept


def test_500_posts_from_20_concurrent_clients_are_each_stored_once(receiver: StartReceiver, database_url: str) -> None:
    def client(base: str, number: int) -> list[int]:
        with httpx.Client(base_url=base, timeout=60) as http:
            return [http.post("/api/feedback", json={"page": "/", "helpful": "yes", "comment": f"c{number}-{i}"}).status_code for i in range(25)]

    with receiver(database_url) as base, ThreadPoolExecutor(max_workers=20) as pool:
        statuses = [status for statuses in pool.map(lambda n: client(base, n), range(20)) for status in statuses]
    assert statuses == [201] * 500
    comments = [str(r["comment"]) for r in stored_rows(database_url)]
    assert sorted(comments) == sorted(f"c{n}-{i}" for n in range(20) for i in range(25))


def test_database_down_gives_503_then_recovers_without_loss(receiver: StartReceiver, postgres: PostgresServer, postgres_url: str) -> None:
    post = {"page": "/", "helpful": "yes"}
    with receiver(postgres_url) as base:
        assert httpx.post(base + "/api/feedback", json=post | {"comment": "before"}).status_code == 201
        postgres.stop()
        try:
            down = httpx.post(base + "/api/feedback", json=post | {"comment": "while down"}, timeout=30)
            form_down = httpx.post(base + "/api/feedback", data=post | {"comment": "while down"}, timeout=30)
            health = httpx.get(base + "/api/feedback/health", timeout=30)
        finally:
            postgres.start()
        assert down.status_code == 503 and "try again" in down.json()["errors"]["form"]
        assert form_down.status_code == 503 and "try again" in form_down.text
        assert health.status_code == 503
        assert httpx.post(base + "/api/feedback", json=post | {"comment": "after"}).status_code == 201
        assert httpx.get(base + "/api/feedback/health").json() == {"status": "ok", "database": "ok"}
    assert [r["comment"] for r in stored_rows(postgres_url)] == ["before", "after"]


def test_receiver_starts_while_the_database_is_down(receiver: StartReceiver, postgres: PostgresServer) -> None:
    """A receiver started before its database answers 503 (a client may retry), instead of failing to start."""
    unreachable = postgres.url.replace(f":{postgres.port}/", ":1/")
    with receiver(unreachable, migrate=False) as base:
        assert httpx.get(base + "/api/feedback/health", timeout=30).status_code == 503
        assert httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}, timeout=30).status_code == 503
