"""Seconds from saving a service to ``govportal serve`` showing the change, with N services.

    python -m bench.preview_reload              # 1,000 services, 3 saves
    python -m bench.preview_reload --services 100 --saves 5

Starts ``govportal serve`` on a synthetic portal (bench/synthetic.py), waits for the first
build, then renames one service per save and polls its page, and its agency's page, until the
new title shows. ``preview_reload_s`` is the median time to the service page; the agency page
is reported too, as it must change in the same rebuild. ``rebuild_cpu_s`` is the CPU time the
server spent from save to page (Linux' /proc): on a busy machine it says more than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from bench.synthetic import make_portal

GOVPORTAL = str(Path(sys.executable).parent / "govportal")
START_TIMEOUT_S = 600.0
SAVE_TIMEOUT_S = 120.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(url: str, text: str, timeout: float) -> float:
    """Poll ``url`` until its body contains ``text``; returns when it did (monotonic seconds)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback only
                if text in response.read().decode("utf-8", "replace"):
                    return time.monotonic()
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.01)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _save(service: Path, old: str, new: str) -> float:
    """Rewrite the service's title like an editor's save; returns when (monotonic seconds)."""
    service.write_text(service.read_text(encoding="utf-8").replace(f"title: {old}\n", f"title: {new}\n", 1), encoding="utf-8")
    return time.monotonic()


def measure(services: int, saves: int, work: Path) -> dict[str, Any]:
    """Start the preview on a fresh portal and time ``saves`` edits of one service."""
    site = make_portal(work / f"preview-{services}", services)
    project = site.parent
    service = sorted(project.glob("content/services/*/*.md"))[len(list(project.glob("content/services/*/*.md"))) // 2]
    agency, slug = service.parent.name, service.stem
    title = re.search(r"^title: (.+)$", service.read_text(encoding="utf-8"), re.M).group(1)  # type: ignore[union-attr]
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    log = (work / f"serve-{services}.log").open("w", encoding="utf-8")
    server = subprocess.Popen([GOVPORTAL, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env, stdout=log, stderr=log)
    try:
        started = time.monotonic()
        _wait_for(f"{base}/services/{agency}/{slug}/", title, START_TIMEOUT_S)
        first_build = time.monotonic() - started
        time.sleep(1.0)  # let the watcher settle after the first build
        page_s: list[float] = []
        agency_s: list[float] = []
        cpu_s: list[float] = []
        for number in range(1, saves + 1):
            new = f"{title} edited {number}"
            cpu = cpu_seconds(server.pid)
            saved = _save(service, title if number == 1 else f"{title} edited {number - 1}", new)
            page_s.append(_wait_for(f"{base}/services/{agency}/{slug}/", new, SAVE_TIMEOUT_S) - saved)
            agency_s.append(_wait_for(f"{base}/agencies/{agency}/", new, SAVE_TIMEOUT_S) - saved)
            cpu_s.append(cpu_seconds(server.pid) - cpu)
            time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return {
        "services": services,
        "first_build_s": round(first_build, 2),
        "preview_reload_s": round(statistics.median(page_s), 3),
        "agency_page_s": round(statistics.median(agency_s), 3),
        "rebuild_cpu_s": round(statistics.median(cpu_s), 3),
        "runs_s": [round(s, 3) for s in page_s],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govportal-preview-") as work:
        print(json.dumps(measure(args.services, args.saves, Path(work)), indent=2))


if __name__ == "__main__":
    main()
