"""Find and start Chromium for Playwright.

Order: ``GOVPORTAL_CHROMIUM`` (a path) if set; Playwright's own Chromium if it is
installed; else a system Chromium. Debian's ``/usr/bin/chromium`` is a wrapper
script, so the real binary in ``/usr/lib/chromium`` is preferred. As root, Chromium
refuses to start with its sandbox, so it is turned off there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from typing import Any

from playwright.async_api import Browser as AsyncBrowser
from playwright.async_api import Playwright as AsyncPlaywright
from playwright.sync_api import Browser, Playwright

ENV_VAR = "GOVPORTAL_CHROMIUM"
SYSTEM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser", "/snap/bin/chromium")

# Flags that keep a headless check quiet and local: no background calls home,
# no component downloads, nothing that reaches beyond 127.0.0.1 on its own.
QUIET_FLAGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
]


class BrowserUnavailable(Exception):
    """No usable Chromium; the message says how to get one."""


# Inside the gate every host but 127.0.0.1 fails to resolve, so a page cannot reach
# another site even by accident; the attempt is still seen and reported.
ISOLATED = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"


def chromium_path(own_path: str) -> str | None:
    """The Chromium to launch, or ``None`` to let Playwright use its own (at ``own_path``)."""
    override = os.environ.get(ENV_VAR)
    if override:
        if not Path(override).is_file():
            raise BrowserUnavailable(f"{ENV_VAR} is set to {override}, but there is no such file")
        return override
    if Path(own_path).is_file():
        return None
    for candidate in (*SYSTEM_CANDIDATES, shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise BrowserUnavailable(
        "no Chromium found. Install one with 'python -m playwright install chromium', "
        f"or on Debian/Ubuntu 'sudo apt-get install -y chromium', or set {ENV_VAR} to the browser's path"
    )


def _options(own_path: str, isolated: bool) -> dict[str, Any]:
    running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    args = [*QUIET_FLAGS, *([ISOLATED] if isolated else [])]
    return {"executable_path": chromium_path(own_path), "headless": True, "args": args, "chromium_sandbox": not running_as_root}


def _unavailable(options: dict[str, Any], exc: Exception) -> BrowserUnavailable:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return BrowserUnavailable(f"Chromium ({options['executable_path'] or 'Playwright’s own'}) would not start: {first}")


def launch(playwright: Playwright, isolated: bool = False) -> Browser:
    """Start headless Chromium, ready for checks."""
    options = _options(playwright.chromium.executable_path, isolated)
    try:
        return playwright.chromium.launch(**options)
    except Exception as exc:  # Playwright raises its own Error with a long log; keep the first line
        raise _unavailable(options, exc) from exc


async def launch_async(playwright: AsyncPlaywright, isolated: bool = False) -> AsyncBrowser:
    """The same, for the asynchronous API the gate uses to check pages in parallel."""
    options = _options(playwright.chromium.executable_path, isolated)
    try:
        return await playwright.chromium.launch(**options)
    except Exception as exc:
        raise _unavailable(options, exc) from exc
