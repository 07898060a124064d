"""The build's idea of "now".

Open/closed status and review dates are computed at build time. ``GOVPORTAL_NOW``
(an ISO date-time with offset, for example ``2026-11-23T10:00:00-07:00``) pins the
clock so builds are reproducible and tests are deterministic.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    """The current time, aware, or the pinned time from ``GOVPORTAL_NOW``."""
    pinned = os.environ.get("GOVPORTAL_NOW")
    if pinned:
        moment = datetime.fromisoformat(pinned)
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)
