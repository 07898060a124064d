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


def chromium_path(playwright: Playwright) -> str | None:
    """The Chromium to launch, or ``None`` to let Playwright use its own."""
    override = os.environ.get(ENV_VAR)
    if override:
        if not Path(override).is_file():
            raise BrowserUnavailable(f"{ENV_VAR} is set to {override}, but there is no such file")
        return override
    if Path(playwright.chromium.executable_path).is_file():
        return None
    for candidate in (*SYSTEM_CANDIDATES, shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise BrowserUnavailable(
        "no Chromium found. Install one with 'python -m playwright install chromium', "
        f"or on Debian/Ubuntu 'sudo apt-get install -y chromium', or set {ENV_VAR} to the browser's path"
    )


def launch(playwright: Playwright) -> Browser:
    """Start headless Chromium, ready for checks."""
    path = chromium_path(playwright)
    args = list(QUIET_FLAGS)
    running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    try:
        return playwright.chromium.launch(executable_path=path, headless=True, args=args, chromium_sandbox=not running_as_root)
    except Exception as exc:  # Playwright raises its own Error with a long log; keep the first line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserUnavailable(f"Chromium ({path or 'Playwright’s own'}) would not start: {first}") from exc
