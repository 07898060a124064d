"""``govportal feedback serve`` as a real process, as it runs in production (several workers)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.commands import GOVPORTAL, free_port

START_SECONDS = 90  # workers import the whole stack; on a busy 2-core machine that takes a while


def govportal(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([GOVPORTAL, *args], cwd=cwd, capture_output=True, text=True, timeout=120, env=os.environ | (env or {}))


@dataclass
class Served:
    base: str
    process: subprocess.Popen[bytes]
    log: list[str] = field(default_factory=list)  # stderr lines, once stopped

    def workers(self) -> list[int]:
        """The worker processes' ids (uvicorn's supervisor spawns them)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children if b"spawn_main" in _cmdline(int(pid))]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def healthy(base: str) -> bool:
    try:
        return httpx.get(base + "/api/feedback/health", timeout=5).status_code == 200
    except httpx.TransportError:
        return False


@contextmanager
def serve(cwd: Path, site: Path, database_url: str, workers: int, env: dict[str, str] | None = None) -> Iterator[Served]:
    """Start the receiver and wait until every worker answers; stop it (SIGTERM) on the way out."""
    port = free_port()
    command = [GOVPORTAL, "feedback", "serve", "--site-dir", str(site), "--port", str(port), "--workers", str(workers), "--database-url", database_url]
    # Logs to a file, not a pipe: a pipe nobody reads fills up (64 KB) and blocks every worker.
    log = cwd / f"receiver-{port}.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr, env=os.environ | (env or {}))
    served = Served(f"http://127.0.0.1:{port}", process)
    try:
        deadline = time.monotonic() + START_SECONDS
        while not (healthy(served.base) and len(served.workers()) == workers):
            assert process.poll() is None and time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.2)
        yield served
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        served.log = log.read_text(encoding="utf-8").splitlines()
