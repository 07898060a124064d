"""The rate limit's arithmetic: pure functions, so every worker and instance decides alike.

Counts live in the database (see :meth:`govportal.feedback.store.Store.admit`): one row per
visitor with the posts of this minute and of the minute before. The posts in the last 60
seconds are estimated as this minute's plus the previous minute's weighted by how much of
it is still inside those 60 seconds (the "sliding window counter"): two numbers per visitor
instead of a list of times, and no burst of twice the limit across a minute boundary.
"""

from __future__ import annotations

import hashlib
import hmac
import math

MINUTE = 60.0


def visitor_key(salt: str, address: str, day: int) -> str:
    """Who posted, as a salted hash of the address that changes every day: rows can be told
    apart, but not turned back into an address without the salt, nor followed across days."""
    return hmac.new(salt.encode(), f"{day}|{address}".encode(), hashlib.sha256).hexdigest()[:40]


def retry_after(before: int, previous: int, fraction: float, limit: int) -> int:
    """0 if one more post fits the limit; else whole seconds until it would.

    ``before`` posts this minute came before this one, ``previous`` in the minute before,
    and ``fraction`` of this minute has gone by.
    """
    if before + 1 + previous * (1 - fraction) <= limit:
        return 0
    if before + 1 <= limit:  # it fits later this minute, as the previous minute's weight falls
        fits_at = 1 - (limit - before - 1) / previous
        return _seconds(fits_at - fraction)
    # Next minute, where this minute's posts count as ``previous`` and fall away in turn.
    fits_at = 1 - (limit - 1) / before
    return _seconds(1 - fraction + max(0.0, fits_at))


def _seconds(minutes: float) -> int:
    """Whole seconds, at least one; rounded first, so float noise (25.000000001) is not a second more."""
    return max(1, math.ceil(round(minutes * MINUTE, 6)))
