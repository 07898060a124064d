"""The feedback store over a real SQLite file and PostgreSQL database: the schema and its
migrations, approving and purging, and the rate limit and idempotent posts as two workers
see them (two stores over one database count the same posts)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert, inspect, select, text

from govportal.feedback.store import (
    MIGRATIONS,
    SALT,
    Entry,
    SchemaPending,
    Store,
    check_schema,
    open_store,
    rate_limit,
    schema_version,
    schema_version_of,
    secrets_table,
    upgrade,
)

MINUTE = 60 * 29_000_000  # a time at the start of a minute
POST = Entry(kind="page", page="/", helpful=True, comment="hello")


@pytest.fixture
def two_workers(database_url: str) -> Iterator[tuple[Store, Store]]:
    first, second = open_store(database_url, upgrade=False), open_store(database_url, upgrade=False)
    yield first, second
    first.close()
    second.close()


def test_workers_share_one_count_per_visitor(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    waits = [(first, second)[n % 2].admit("203.0.113.9", 3, POST, MINUTE + n) for n in range(5)]
    assert waits[:3] == [0, 0, 0] and all(w > 0 for w in waits[3:])
    assert first.count() == 3  # a refused post is neither stored nor counted
    assert second.admit("198.51.100.1", 3, POST, MINUTE + 5) == 0  # others are not held up
    with first.engine.connect() as conn:
        rows = json.dumps([list(r) for r in conn.execute(text("SELECT * FROM govportal_rate_limit"))])
    assert "203.0.113" not in rows and "198.51" not in rows


def test_posts_of_the_last_minute_still_count_then_fade(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    assert [first.admit("a", 2, None, MINUTE + 50 + n) for n in range(2)] == [0, 0]
    assert second.admit("a", 2, None, MINUTE + 61) > 0  # 1 + 2 * 59/60 > 2
    assert second.admit("a", 2, None, MINUTE + 91) == 0  # 1 + 2 * 29/60 <= 2


def test_quiet_visitors_are_forgotten(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    for n in range(20):
        first.admit(f"10.0.0.{n}", 5, None, MINUTE)
    second.admit("late", 5, None, MINUTE + 180)  # the first post of a new minute sweeps
    with second.engine.connect() as conn:
        assert conn.execute(select(rate_limit.c.minute)).scalars().all() == [(MINUTE + 180) // 60]


def test_a_retried_post_is_stored_once(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    post = Entry(kind="page", page="/", helpful=True, nonce="retry-0123456789")
    assert first.admit("a", 10, post, MINUTE) == 0 and second.admit("a", 10, post, MINUTE + 1) == 0
    assert first.add(post) == second.add(post)
    assert first.count() == 1


def _schema(url: str) -> tuple[int, dict[str, set[str]], list[str]]:
    """(schema version, columns by table, the salts stored), read with an engine of its own."""
    engine = create_engine(url)
    try:
        found = inspect(engine)
        columns = {table: {c["name"] for c in found.get_columns(table)} for table in found.get_table_names()}
        with engine.connect() as conn:
            salts = list(conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == SALT)).scalars())
            versions = list(conn.execute(select(schema_version.c.version)).scalars())
        assert len(versions) == 1, versions
        return versions[0], columns, salts
    finally:
        engine.dispose()


def test_migrate_builds_the_whole_schema_once_and_again_changes_nothing(empty_database_url: str) -> None:
    assert upgrade(empty_database_url) == (0, len(MIGRATIONS))
    version, columns, salts = _schema(empty_database_url)
    assert version == len(MIGRATIONS) == 3
    assert {"approved_at", "nonce", "received_at", "comment", "contact"} <= columns["feedback"]
    assert columns["govportal_rate_limit"] == {"visitor_key", "minute", "hits", "previous"}
    assert len(salts) == 1 and len(salts[0]) == 64

    store = open_store(empty_database_url)
    store.add(Entry(kind="page", page="/", helpful=True))
    store.close()
    assert upgrade(empty_database_url) == (len(MIGRATIONS), len(MIGRATIONS))  # nothing left to do
    assert _schema(empty_database_url) == (version, columns, salts)  # the salt is not made again
    again = open_store(empty_database_url)  # a restarted receiver keeps what was stored
    assert again.count() == 1
    again.close()


def test_workers_refuse_a_schema_they_do_not_know(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    try:
        with pytest.raises(SchemaPending, match="schema version 0 and this govportal needs 3: run 'govportal feedback migrate'"):
            open_store(empty_database_url, upgrade=False)
        assert schema_version_of(engine) == 0  # checking did not migrate
        upgrade(empty_database_url)
        check_schema(engine)
        with engine.begin() as conn:
            conn.execute(schema_version.update().values(version=len(MIGRATIONS) + 1))
        with pytest.raises(SchemaPending, match="newer than this govportal knows"):
            check_schema(engine)
    finally:
        engine.dispose()


def test_upgrade_from_the_first_schema_keeps_responses(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:  # a database as the first release left it
        MIGRATIONS[0](conn)
        schema_version.create(conn)
        conn.execute(insert(schema_version).values(version=1))
        old = Table("feedback", MetaData(), autoload_with=conn)
        conn.execute(insert(old).values(received_at=datetime(2026, 1, 5, tzinfo=UTC), kind="page", page="/", helpful=True, comment="kept", follow_up=False))
    assert "approved_at" not in {c["name"] for c in inspect(engine).get_columns("feedback")}
    assert upgrade(empty_database_url) == (1, len(MIGRATIONS))
    store = open_store(empty_database_url)
    [row] = store.rows()
    assert (row["comment"], row["approved_at"], row["nonce"]) == ("kept", None, None)
    assert store.approve([1]) == [1]
    store.close()
    engine.dispose()


PAGE = "/services/dmv/renew-drivers-license/"


def _fill(store: Store, when: datetime) -> None:
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=False, comment="first"), when)  # 1
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=True, comment="second"), when)  # 2
    store.add(Entry(kind="survey", page=PAGE + "survey/", agency="dmv", service="dmv/renew-drivers-license", satisfaction=2, trust=3,
                    went_well=("ease",), follow_up=True, contact="pat@example.com"), when)  # 3: no comment
    store.add(Entry(kind="page", page="/", helpful=True, contact="kept only with consent"), when)  # 4


def test_rows_come_back_as_stored_with_times_in_utc(store: Store) -> None:
    when = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    _fill(store, when)
    rows = list(store.rows())
    assert [r["id"] for r in rows] == [1, 2, 3, 4] and store.count() == 4
    assert [r["received_at"] for r in rows] == [when] * 4  # an aware time equals only an aware time
    assert (rows[2]["went_well"], rows[2]["could_be_better"], rows[2]["contact"]) == (["ease"], None, "pat@example.com")
    assert rows[3]["contact"] is None  # no consent, no contact


def test_approve_and_follow_up_touch_only_responses_that_can_have_them(store: Store) -> None:
    _fill(store, datetime(2026, 11, 2, tzinfo=UTC))
    assert store.approve([1, 3, 99]) == [1]  # 3 has no comment, 99 does not exist
    assert [r["id"] for r in store.pending_comments()] == [2]
    assert store.mark_followed_up([1, 3]) == [3]  # only 3 asked for a reply
    followed = {r["id"]: r["followed_up_at"] for r in store.rows()}
    assert followed[3] is not None and followed[1] is None


def test_purge_deletes_old_words_and_contacts_but_keeps_the_answers(store: Store) -> None:
    now = datetime.now(UTC)
    _fill(store, now - timedelta(days=400))
    store.add(Entry(kind="page", page=PAGE, agency="dmv", helpful=True, comment="recent"), now - timedelta(days=3))
    store.approve([1])
    assert store.purge(now - timedelta(days=365)) == 3  # 4 had nothing to delete
    rows = list(store.rows())
    assert [r["comment"] for r in rows] == [None, None, None, None, "recent"]
    assert all(r["contact"] is None and r["approved_at"] is None for r in rows)
    assert (rows[2]["satisfaction"], rows[2]["follow_up"], rows[0]["helpful"]) == (2, True, False)
    assert store.purge(now - timedelta(days=365)) == 0
