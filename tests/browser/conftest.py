"""Real Chromium against a real build of the sample portal, served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from govportal.gate import GateOptions, GateRun, run_gate
from govportal.gate.server import serve_directory
from govportal.site_folder import html_pages, page_url
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
    """The gate over the sample portal at 320 and 1280 px, run once: it is the slowest step of the suite.
    Every page but repeats of generated pages (see pages_gated_in_the_suite)."""
    select = pages_gated_in_the_suite(sample_site)
    return made_once(tmp_path_factory, "sample-gate-run", lambda: run_gate(GateOptions(site=sample_site, today=TODAY, select=select)))


def pages_gated_in_the_suite(site: Path) -> Callable[[str], bool]:
    """Every page of the sample portal but repeats of two generated kinds, gated once per group:
    survey pages by language and agency (they differ only in the service's name and dates; the
    agency's alerts, Live Help and form are the same) and topic pages by language (lists of services
    whose own pages are gated, under the same alerts). 74 of 110 pages, about 70 of the suite's
    CPU-seconds saved; `govportal build` of the sample portal (the README's first command) gates all."""
    chosen: dict[tuple[str, ...], str] = {}
    for url in [PAGE_TYPES["survey"], PAGE_TYPES["topic"], *sorted(page_url(f, site) for f in html_pages(site))]:
        parts = [part for part in url.split("/") if part]
        language = parts.pop(0) if parts[:1] == ["es"] else "en"
        if parts[-1:] == ["survey"]:
            chosen.setdefault(("survey", language, parts[1]), url)
        elif len(parts) == 2 and parts[0] == "topics":
            chosen.setdefault(("topic", language), url)
        else:
            chosen[(url,)] = url
    kept = set(chosen.values())
    return kept.__contains__


@pytest.fixture(scope="session")
def base_url(sample_site: Path) -> Iterator[str]:
    with serve_directory(sample_site) as url:
        yield url
