"""Which Chromium the gate starts, and the flags that keep it local."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.gate.browser import ENV_VAR, ISOLATED, BrowserUnavailable, _options, chromium_path


def test_the_setting_wins_and_must_be_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "chrome"
    chosen.write_text("", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(chosen))
    assert chromium_path(str(tmp_path / "own")) == str(chosen)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing"))
    with pytest.raises(BrowserUnavailable, match=f"{ENV_VAR} is set to .*missing, but there is no such file"):
        chromium_path(str(tmp_path / "own"))


def test_playwright_s_own_chromium_comes_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    own = tmp_path / "own"
    own.write_text("", encoding="utf-8")
    assert chromium_path(str(own)) is None  # None: Playwright launches its own


def test_the_gate_s_browser_cannot_reach_other_hosts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    own = tmp_path / "own"
    own.write_text("", encoding="utf-8")
    assert ISOLATED in _options(str(own), isolated=True)["args"]
    assert ISOLATED not in _options(str(own), isolated=False)["args"]
