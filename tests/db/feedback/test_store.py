"""The rate limit and idempotent posts in a real database, as two workers see them: two
stores over one SQLite file or PostgreSQL database count the same posts."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from govportal.feedback.store import Entry, Store, open_store, rate_limit

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
