"""What makes pages fast on slow phones must change nothing people see.

The build drops the stylesheet rules no page uses (govportal.unused_css); the sample portal
must look the same, pixel for pixel, with Material's whole stylesheet. And without JavaScript
the search boxes must not drop the words silently.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import material
import pytest
from playwright.sync_api import Browser, expect

from govportal.gate.browser import _options
from govportal.gate.server import serve_directory
from tests.conftest import NOW

MATERIAL_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
PAGES = ["", "services/dmv/renew-drivers-license/", "agencies/dmv/", "services/", "search/", "404.html"]


@pytest.fixture(scope="module")
def whole_css_site(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portal as built, but with Material's stylesheet as Material ships it."""
    site = tmp_path_factory.mktemp("whole-css") / "site"
    shutil.copytree(sample_site, site)
    for shipped in site.glob("assets/stylesheets/main.*.min.css"):
        shutil.copy(MATERIAL_CSS / shipped.name, shipped)
    return site


def _screenshots(browser: Browser, site: Path, width: int) -> dict[str, bytes]:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.clock.set_fixed_time(datetime.fromisoformat(NOW))  # the status line reads the clock
    shots = {}
    with serve_directory(site) as base:
        for path in PAGES:
            page.goto(base + path, wait_until="networkidle" if path == "search/" else "load")  # search fills in after Pagefind loads
            shots[path] = page.screenshot(full_page=True, animations="disabled", caret="hide")
    context.close()
    return shots


@pytest.mark.parametrize("width", [320, 1280])
def test_dropping_unused_css_changes_no_pixel(browser: Browser, sample_site: Path, whole_css_site: Path, width: int) -> None:
    shipped = next(sample_site.glob("assets/stylesheets/main.*.min.css"))
    assert shipped.stat().st_size < (MATERIAL_CSS / shipped.name).stat().st_size / 3  # it did drop most of it
    pruned, whole = _screenshots(browser, sample_site, width), _screenshots(browser, whole_css_site, width)
    assert [p for p in PAGES if pruned[p] != whole[p]] == []


def test_without_javascript_search_says_it_needs_javascript(browser: Browser, sample_site: Path) -> None:
    """Chromium with scripts off in its settings, as a person turns them off: unlike Playwright's
    java_script_enabled=False, it shows <noscript> content."""
    chromium = browser.browser_type
    options = _options(chromium.executable_path, isolated=False)
    no_scripts = chromium.launch(**{**options, "args": [*options["args"], "--blink-settings=scriptEnabled=false"]})
    with serve_directory(sample_site) as base:
        page = no_scripts.new_page(viewport={"width": 1280, "height": 800})
        page.goto(base + "help/")
        page.get_by_label("Search this website").fill("fishing license")
        page.get_by_label("Search this website").press("Enter")
        expect(page.get_by_role("heading", level=1)).to_have_text("All services A to Z")
        message = page.locator("noscript p")  # Playwright's text and role locators skip <noscript>
        expect(message).to_be_visible()
        expect(message).to_contain_text("Search needs JavaScript, which is off in your browser")
        assert "q=fishing+license" in page.url  # the words stay in the address bar
        expect(message.locator("a[href='../topics/']")).to_have_text("browse services by topic")
    no_scripts.close()
