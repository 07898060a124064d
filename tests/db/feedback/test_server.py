"""The receiver as an agency runs it: migrated as its own step, several workers sharing one
rate limit, /metrics added up over the workers and protected, JSON logs with nothing personal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.db.serving import govportal, serve

TOKEN = "metrics-token-for-the-test"
COMMENT = "SECRET-COMMENT my passport is X1234567"
VISITOR = "203.0.113.77"


def post(base: str, visitor: str, **fields: str) -> int:
    # A new connection each time, so the posts spread over the workers.
    body = {"page": "/", "helpful": "yes", "comment": COMMENT} | fields
    return httpx.post(base + "/api/feedback", json=body, headers={"X-Forwarded-For": visitor}).status_code


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for family in text_string_to_metric_families(text) for s in family.samples}


def test_migrate_then_serve_with_shared_limits_metrics_and_clean_logs(tmp_path: Path, sample_site: Path) -> None:
    database = tmp_path / "feedback.sqlite3"
    url = f"sqlite:///{database}"
    refused = govportal(tmp_path, "feedback", "serve", "--site-dir", str(sample_site), "--database-url", url)
    assert refused.returncode == 2 and "run 'govportal feedback migrate'" in refused.stderr
    migrated = govportal(tmp_path, "feedback", "migrate", "--database-url", url)
    assert migrated.returncode == 0 and "schema version 3 (it was at 0)" in migrated.stdout, migrated.stderr

    env = {"GOVPORTAL_FEEDBACK_METRICS_TOKEN": TOKEN, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    with serve(tmp_path, sample_site, url, workers=2, env=env) as served:
        base = served.base
        others = [post(base, f"198.51.100.{n}") for n in range(4)]
        invalid = post(base, "198.51.100.50", helpful="maybe")
        spam = post(base, "198.51.100.51", website="http://spam.example")
        one_visitor = [post(base, VISITOR) for _ in range(12)]  # the default limit is 10 a minute
        no_token = httpx.get(base + "/metrics")
        scrape = httpx.get(base + "/metrics", headers={"Authorization": f"Bearer {TOKEN}"})

    assert others == [201] * 4 and (invalid, spam) == (422, 201)
    assert one_visitor == [201] * 10 + [429] * 2, one_visitor  # one count, whichever worker answers
    assert no_token.status_code == 401 and scrape.status_code == 200
    counts = samples(scrape.text)
    assert counts[("govportal_feedback_accepted_total", (("form", "page"),))] == 14
    assert counts[("govportal_feedback_rate_limited_total", (("form", "page"),))] == 2
    assert counts[("govportal_feedback_spam_dropped_total", (("form", "page"),))] == 1
    assert counts[("govportal_feedback_rejected_total", (("form", "page"), ("reason", "invalid")))] == 1
    assert counts[("govportal_feedback_request_seconds_count", (("form", "page"),))] == 18

    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    lines = [json.loads(line) for line in served.log if line.strip()]  # every line is one JSON object
    posts = [line for line in lines if line["message"] == "post"]
    assert len(posts) == 18 and {p["outcome"] for p in posts} == {"accepted", "rejected", "spam", "rate_limited"}
    everything = "\n".join(served.log)
    assert "203.0.113" not in everything and "198.51.100" not in everything and "SECRET" not in everything
