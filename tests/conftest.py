"""Shared fixtures: copies of fixture content trees that a test may break on purpose,
the sample portal built once, and one Chromium per test session."""

from __future__ import annotations

import asyncio
import fcntl
import os
import pickle
import shutil
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from govportal.build import build
from govportal.gate.browser import launch

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
TODAY = date(2026, 11, 23)
# A Monday at 10:00 in Denver: weekday offices are open.
NOW = "2026-11-23T10:00:00-07:00"


T = TypeVar("T")

# The kind of a test is the folder it lives in; its marker lets a run pick or skip a kind
# (``-m "not browser"``) without every test repeating it.
MARKER_BY_FOLDER = {"browser": "browser", "db": "db", "build": "slow"}


# The longest tests (minutes each), started first so they run beside the rest rather than after it:
# the suite lasts as long as its slowest worker.
LONGEST_FIRST = (
    "tests/bench/",
    "tests/browser/test_gate.py::test_the_sample_portal_passes_the_gate",
    "tests/build/test_shards.py",
    "tests/build/test_package.py",
    "tests/browser/test_gate_axe_widths.py",
    "tests/db/test_crash_safety.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test after its folder (tests/browser, tests/db, tests/build); longest first."""
    tests = Path(__file__).parent
    for item in items:
        folder = item.path.relative_to(tests).parts[0] if item.path.is_relative_to(tests) else ""
        if folder in MARKER_BY_FOLDER:
            item.add_marker(MARKER_BY_FOLDER[folder])
    items.sort(key=lambda item: not item.nodeid.startswith(LONGEST_FIRST))  # stable: the rest keep their order


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[], T]) -> T:
    """``make()`` once in the whole test run, by whichever of the test workers asks first; the
    others wait for it and read its result. For the costliest fixtures (a gate run over the sample
    portal, a wheel build), which each worker made again (pytest-xdist's ``xdist_group``, meant for
    this, has no effect under pytest 9: it renames tests through an attribute pytest 9 dropped)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    made = root / f"{name}.pickle"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if made.exists():
            return cast(T, pickle.loads(made.read_bytes()))  # noqa: S301 - written by this test run
        value = make()
        made.write_bytes(pickle.dumps(value))
        return value


def run_coroutine(work: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` in a thread of its own: once a test in this process has used the session's
    browser, Playwright's sync API keeps an event loop running in the test thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the minimal valid content tree, at ``<tmp>/content``."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable portal project (site.yml, minimal content; the theme comes from the package) with the clock pinned."""
    root = tmp_path / "portal"
    shutil.copytree(FIXTURES / "minimal", root / "content")
    shutil.copy(REPO / "site.yml", root / "site.yml")
    monkeypatch.setenv("GOVPORTAL_NOW", NOW)
    return root


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the sample portal project, with the clock pinned."""
    root = tmp_path / "sample"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "site.yml", root / "site.yml")
    monkeypatch.setenv("GOVPORTAL_NOW", NOW)
    return root


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    """Replace one exact piece of text in a file, failing loudly if it is not there."""

    def replace(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return replace


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portal, built once per test session with the clock at Monday 10:00 in Denver."""
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "site.yml", root / "site.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOVPORTAL_NOW", NOW)
        report = build(root / "site.yml")
    assert report.ok, report.findings
    return root / "site"


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
