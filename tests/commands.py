"""Running the ``govportal`` command in tests.

In-process with click's test runner wherever the test is about what a command says and
returns (no interpreter start, no re-import: about a second saved per call); as a real process
only where one is the point (the installed console script, a server, a build that is killed).
"""

from __future__ import annotations

import contextlib
import sys
import time
import socket
import urllib.request
from pathlib import Path

from click.testing import CliRunner, Result

from govportal.cli import main

GOVPORTAL = str(Path(sys.executable).parent / "govportal")


def invoke(cwd: Path, *args: str) -> Result:
    """``govportal ARGS`` run in ``cwd``, as editors and CI run it; ``stdout``, ``stderr`` and ``exit_code`` as a process has them."""
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args), prog_name="govportal", catch_exceptions=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, wanted: str, seconds: float) -> str:
    """GET ``url`` until its body contains ``wanted`` (the server may still be starting or rebuilding)."""
    deadline, body = time.monotonic() + seconds, ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                body = str(response.read().decode())
            if wanted in body:
                return body
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never contained {wanted!r}; last body starts {body[:200]!r}")
