"""Proof that axe's limited run at the second width finds what a full run finds there.

On every page of the gate fixtures (each broken, passing and warned variant, and pages whose
findings change with width), the stock Material site, and one page of each kind of the sample
portal (its 110 pages are 27 kinds: by language, section, depth and the components on the page;
the proof over all 110 passed too, and took 1-1.5 minutes of the suite's 2 cores): axe runs at 320 px,
then at 1280 px once limited (WIDTH_RULES, the rest repeated from 320 px) and once in full. The
findings must be the same, finding for finding. A rule that differs belongs in WIDTH_RULES; the
failure names it.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

from govportal.config.gate import GateSettings
from govportal.gate.browser import launch_async
from govportal.gate.checks import Where
from govportal.gate.checks.axe import COLOUR_RULES, PageAxe, SharedParts, axe_source
from govportal.gate.runner import PROBES
from govportal.gate.server import serve_directory
from govportal.site_folder import html_pages, page_url
from playwright.async_api import Page, async_playwright

from tests.browser.test_gate import BROKEN, PASSING, WARNED, make_site, page_html
from tests.conftest import FIXTURES, run_coroutine

# Pages whose axe findings change with width, made from the gate fixture: the proof must be able
# to fail, and the fixtures above find the same at every width.
NARROW_ONLY = "@media (max-width: 600px)"
BY_WIDTH: dict[str, list[tuple[str, str]]] = {
    # target-size: the buttons shrink on phones only
    "small-targets-on-phones": [("{head}", f"<style>{NARROW_ONLY} {{ .zoom button {{ width: 16px; height: 16px; min-height: 0; padding: 0 }} }}</style>"),
                                ("{body}", '<p class="zoom"><button aria-label="Zoom in">+</button><button aria-label="Zoom out">-</button></p>')],
    # scrollable-region-focusable: the box scrolls sideways on phones only, and nothing in it takes focus
    "scroll-box-on-phones": [("{body}", '<div style="overflow: auto"><p style="width: 600px">Fees: renewal 30 dollars, late renewal 45 dollars.</p></div>')],
}
# Pages where the width change shows or hides something: every rule runs again there.
SHOWN_BY_WIDTH: dict[str, list[tuple[str, str]]] = {
    "image-on-phones-only": [("{head}", "<style>@media (min-width: 601px) { .phone-only { display: none } }</style>"),
                             ("{body}", '<img class="phone-only" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">')],
    "field-on-desktops-only": [("{head}", f"<style>{NARROW_ONLY} {{ .wide-only {{ display: none }} }}</style>"), ("{body}", '<input class="wide-only" type="text" name="q">')],
}
LIMITED = GateSettings()
FULL = GateSettings(axe_second_width="full")
Finding = tuple[str, str, str, str]  # rule, element, message, help


class Outcome:
    """Per page: the second width's findings both ways, and whether the limited run was possible."""

    def __init__(self) -> None:
        self.differences: dict[str, tuple[list[Finding], list[Finding]]] = {}
        self.pages = 0
        self.limited = 0  # pages where nothing was shown or hidden by the width change

    def rules_that_differ(self) -> set[str]:
        return {f[0] for limited, full in self.differences.values() for f in set(limited) ^ set(full)}


async def _compare_page(tab: Page, url: str, page: str, shared: SharedParts, outcome: Outcome) -> None:
    first, second = LIMITED.viewports
    await tab.set_viewport_size({"width": first.width, "height": first.height})
    await tab.goto(url, wait_until="load")
    axe = PageAxe(shared, list(COLOUR_RULES))  # never repeated from the first width (see WIDTH_RULES): left out, as they are most of axe's time
    await axe.check(tab, Where(page, first.name, LIMITED, True))
    hidden_first = await tab.evaluate("__gp.hiddenEdges()")
    await tab.set_viewport_size({"width": second.width, "height": second.height})
    limited = await axe.check(tab, Where(page, second.name, LIMITED, True))
    full = await axe.check(tab, Where(page, second.name, FULL, True))
    unchanged = hidden_first == await tab.evaluate("__gp.hiddenEdges()")
    outcome.pages += 1
    outcome.limited += unchanged
    found = (sorted((i.rule, i.selector, i.message, i.help_url) for i in limited), sorted((i.rule, i.selector, i.message, i.help_url) for i in full))
    if found[0] != found[1]:
        outcome.differences[page] = found


async def _compare_site(site: Path, pages: list[str] | None = None) -> Outcome:
    """Every page of the site (or those given), two tabs at a time; shared parts are checked once per
    variant, as the gate does."""
    outcome = Outcome()
    shared = SharedParts()
    queue = list(pages) if pages is not None else [page_url(f, site) for f in sorted(html_pages(site))]
    with serve_directory(site) as base:
        async with async_playwright() as playwright:
            browser = await launch_async(playwright, isolated=True)
            context = await browser.new_context(service_workers="block")
            await context.add_init_script(script=PROBES)
            await context.add_init_script(script=axe_source())

            async def worker() -> None:
                tab = await context.new_page()
                while queue:
                    page = queue.pop(0)
                    await _compare_page(tab, base + page, page, shared, outcome)

            try:
                await asyncio.gather(worker(), worker())
            finally:
                await browser.close()
    return outcome


def _gate_fixture_site(root: Path) -> Path:
    site = make_site(root, list(BROKEN), list(PASSING))
    pages = {**{name: replacements for name, (replacements, _) in WARNED.items()}, **BY_WIDTH, **SHOWN_BY_WIDTH}
    for name, replacements in pages.items():
        (site / f"{name}.html").write_text(page_html(name.replace("-", " ").title(), replacements))
    return site


def _material_site(root: Path) -> Path:
    site = root / "site"
    config = FIXTURES / "material/mkdocs.yml"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], check=True, timeout=120, capture_output=True)
    return site


def _one_page_of_each_kind(site: Path) -> list[str]:
    """The first page of each group of pages with the same language, section, depth and govportal
    components (the data-gp-* attributes on it)."""
    kinds: dict[tuple[object, ...], str] = {}
    for file in sorted(html_pages(site)):
        url = page_url(file, site)
        parts = [part for part in url.split("/") if part]
        language = parts.pop(0) if parts[:1] == ["es"] else "en"
        components = frozenset(re.findall(r"data-gp-[a-z-]+", file.read_text(encoding="utf-8")))
        kinds.setdefault((language, tuple(parts[:1]), len(parts), components), url)
    return list(kinds.values())


def _assert_same(outcome: Outcome, least_share_limited: float) -> None:
    assert outcome.differences == {}, f"rules to add to WIDTH_RULES: {sorted(outcome.rules_that_differ())}; pages: {sorted(outcome.differences)}"
    assert outcome.limited >= least_share_limited * outcome.pages, f"only {outcome.limited} of {outcome.pages} pages could use the limited run"


def test_limited_second_width_finds_the_same_on_the_gate_fixtures(tmp_path: Path) -> None:
    outcome = run_coroutine(_compare_site(_gate_fixture_site(tmp_path / "gate")))
    assert outcome.pages == len(BROKEN) + len(PASSING) + len(WARNED) + len(BY_WIDTH) + len(SHOWN_BY_WIDTH) + 2
    assert outcome.limited == outcome.pages - len(SHOWN_BY_WIDTH), "only the pages made for it show or hide something by width"
    _assert_same(outcome, 0.9)


def test_limited_second_width_finds_the_same_on_stock_material(tmp_path: Path) -> None:
    outcome = run_coroutine(_compare_site(_material_site(tmp_path)))
    assert outcome.pages >= 4
    _assert_same(outcome, 0.0)  # Material shows its tabs and sidebars by width: the full run is the fallback


def test_limited_second_width_finds_the_same_on_the_sample_portal(sample_site: Path) -> None:
    pages = _one_page_of_each_kind(sample_site)
    assert len(pages) >= 25 and {"", "es/", "help/", "es/help/", "404.html"} <= set(pages), pages
    outcome = run_coroutine(_compare_site(sample_site, pages))
    assert outcome.pages == len(pages)
    _assert_same(outcome, 0.9)
