"""Real Chromium against a real build of the sample portal, served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govportal.gate import GateOptions, GateRun, run_gate
from govportal.gate.server import serve_directory
from tests.conftest import TODAY, made_once

# One page of each kind the portal generates.
PAGE_TYPES = {
    "home": "",
    "service": "services/dmv/renew-drivers-license/",
    "agency": "agencies/dmv/",
    "help": "help/",
    "agencies": "agencies/",
    "services": "services/",
    "topics": "topics/",
    "topic": "topics/driving/",
    "content page": "accessibility/",
    "not found": "404.html",
    "survey": "services/dmv/renew-drivers-license/survey/",
    "performance": "performance/",
    "forms": "forms/",
    "search": "search/?q=license",
}


@pytest.fixture(scope="session")
def sample_gate_run(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> GateRun:
    """The gate over the whole sample portal at 320 and 1280 px, run once: it is the slowest step of the suite."""
    return made_once(tmp_path_factory, "sample-gate-run", lambda: run_gate(GateOptions(site=sample_site, today=TODAY)))


@pytest.fixture(scope="session")
def base_url(sample_site: Path) -> Iterator[str]:
    with serve_directory(sample_site) as url:
        yield url
