"""The rate limit's arithmetic and keys (the counting itself is in tests/db/test_store.py)."""

from __future__ import annotations

import pytest

from govportal.feedback.limits import retry_after, visitor_key


@pytest.mark.parametrize(
    ("before", "previous", "fraction", "limit", "wait"),
    [
        (0, 0, 0.5, 3, 0),  # the first post
        (2, 0, 0.5, 3, 0),  # the third of three
        (3, 0, 0.5, 3, 50),  # a fourth: next minute, once this minute's three weigh two (1/3 in)
        (2, 0, 0.0, 2, 90),  # limit 2: wait for the minute to end, then half the next
        (0, 4, 0.5, 3, 0),  # four last minute weigh two half-way through this one: 1 + 2 fits
        (1, 3, 0.25, 3, 25),  # 1 + 1 + 3 * 0.75 > 3; it fits once 3 * (1 - f) <= 1, at f = 2/3
    ],
)
def test_retry_after(before: int, previous: int, fraction: float, limit: int, wait: int) -> None:
    assert retry_after(before, previous, fraction, limit) == wait


def test_a_burst_across_the_minute_boundary_is_still_limited() -> None:
    # Three posts at the end of one minute count almost fully at the start of the next.
    assert retry_after(0, 3, 0.01, 3) > 0
    assert retry_after(0, 3, 0.70, 3) == 0


def test_visitor_keys_hide_the_address_and_change_daily() -> None:
    key = visitor_key("salt", "203.0.113.9", 20_000)
    assert "203" not in key and len(key) == 40
    assert key == visitor_key("salt", "203.0.113.9", 20_000)
    assert key != visitor_key("salt", "203.0.113.9", 20_001) != visitor_key("other salt", "203.0.113.9", 20_000)
