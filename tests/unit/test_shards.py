"""Splitting pages across runners: every page in exactly one shard, the same one on every machine."""

from __future__ import annotations

import pytest

from govportal.shards import Shard, ShardError, parse_shard, shard_of

PAGES = [f"services/agency-{a}/service-{s}/" for a in range(20) for s in range(50)]


def test_every_page_is_in_exactly_one_shard_of_a_fair_size() -> None:
    for count in (1, 2, 3, 7):
        owners = [[s for s in range(1, count + 1) if Shard(s, count).owns(p)] for p in PAGES]
        assert all(len(o) == 1 for o in owners)
        sizes = [sum(1 for o in owners if o == [s]) for s in range(1, count + 1)]
        assert max(sizes) - min(sizes) < len(PAGES) / count * 0.25, sizes


def test_adding_pages_moves_no_other_page() -> None:
    before = {p: shard_of(p, 3) for p in PAGES}
    after = {p: shard_of(p, 3) for p in [*PAGES, "services/new/one/", "about/"]}
    assert all(after[p] == before[p] for p in PAGES)


def test_the_split_is_the_same_in_every_process() -> None:
    """Fixed values: Python's salted hash() would differ between two CI runners."""
    assert [shard_of(p, 3) for p in ("", "about/", "contact-us/", "404.html")] == [1, 2, 3, 1]


@pytest.mark.parametrize("text", ["2/3", " 2 / 3 ", "1/1"])
def test_good_shard_values(text: str) -> None:
    assert str(parse_shard(text)) == text.replace(" ", "")


@pytest.mark.parametrize(("text", "says"), [
    ("3", "PART/PARTS"), ("0/3", "between 1"), ("4/3", "between 1"), ("1/0", "between 1"), ("a/b", "PART/PARTS"),
])
def test_bad_shard_values_say_what_to_write(text: str, says: str) -> None:
    with pytest.raises(ShardError, match=says):
        parse_shard(text)
