"""The build's clock: ``GOVPORTAL_NOW`` pins it so builds are reproducible."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from govportal import clock


def test_a_pinned_time_with_an_offset_is_kept_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00-07:00")
    assert clock.now() == datetime(2026, 11, 23, 10, tzinfo=timezone(timedelta(hours=-7)))
    assert clock.now().utcoffset() == timedelta(hours=-7)


def test_a_pinned_time_without_an_offset_is_read_as_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00")
    assert clock.now() == datetime(2026, 11, 23, 10, tzinfo=timezone.utc)


def test_without_a_pin_the_clock_is_the_real_time_and_aware(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVPORTAL_NOW", raising=False)
    before = datetime.now(timezone.utc)
    moment = clock.now()
    assert moment.tzinfo is not None
    assert before <= moment <= datetime.now(timezone.utc)
