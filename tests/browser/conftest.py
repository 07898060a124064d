"""Real Chromium against a real build of the sample portal, served on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from govportal.build import build
from govportal.gate.browser import launch
from govportal.gate.server import serve_directory
from tests.conftest import NOW, REPO

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
}


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portal, built once per test session with the clock at Monday 10:00 in Denver."""
    root = tmp_path_factory.mktemp("sample")
    for name in ("content", "theme"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "site.yml", root / "site.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOVPORTAL_NOW", NOW)
        report = build(root / "site.yml")
    assert report.ok, report.findings
    return root / "site"


@pytest.fixture(scope="session")
def base_url(sample_site: Path) -> Iterator[str]:
    with serve_directory(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    yield tab
    context.close()
