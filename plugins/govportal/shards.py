"""Split a site's pages across CI runners: each runner gates a stable share of the pages.

A page's shard depends only on a hash of its own path, so adding or removing a page
never moves another page to a different runner (their incremental caches stay warm),
and every runner agrees on the split without talking to the others.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


class ShardError(ValueError):
    """A ``--shard`` value that does not name one part of a split."""


@dataclass(frozen=True)
class Shard:
    """Part ``index`` (from 1) of ``count`` equal-odds parts."""

    index: int
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def owns(self, page: str) -> bool:
        """Whether this shard checks ``page`` (a site path such as ``services/dmv/renew/``)."""
        return shard_of(page, self.count) == self.index


def shard_of(page: str, count: int) -> int:
    """The shard (from 1) that checks ``page`` when the pages are split ``count`` ways.

    BLAKE2 rather than ``hash()``: Python salts ``hash()`` per process, and every runner must agree.
    """
    digest = hashlib.blake2b(page.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count + 1


def parse_shard(text: str) -> Shard:
    """``"2/3"`` -> ``Shard(2, 3)``; the error says what a good value looks like."""
    match = _SPEC.fullmatch(text)
    if match is None:
        raise ShardError(f"'{text}' is not a shard; write it as PART/PARTS, for example 2/3")
    index, count = int(match[1]), int(match[2])
    if count < 1 or not 1 <= index <= count:
        raise ShardError(f"'{text}': the part must be between 1 and the number of parts, for example 1/{max(count, 2)}")
    return Shard(index, count)
