"""The citizen theme in a real browser: Live Help, reflow, keyboard, no third-party requests, axe."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from govportal.config.gate import GateSettings
from govportal.gate import GateRun
from govportal.gate.checks import Where
from govportal.gate.checks.live_help import PROBE, live_help_issues
from govportal.gate.runner import PROBES
from govportal.gate.server import serve_directory
from tests.browser.conftest import PAGE_TYPES

WIDTHS = (320, 375, 1280)  # a long agency name must wrap at each
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def live_help_problems(page: Page) -> list[str]:
    """What the gate says about the Live Help link on this page: its own probe (probes.js) measures
    the link on load and after scrolling to the end, and its own check judges it."""
    if not page.evaluate("'__gp' in window"):
        page.evaluate(PROBES)
    size = page.viewport_size or {"width": 0}
    where = Where(page.url, str(size["width"]), GateSettings(), govportal=True)
    return [f"{i.rule}: {i.message}" for i in live_help_issues(page.evaluate(PROBE), where)]


# Live Help, reflow, axe, requests to other sites and policy violations are the gate's checks: on
# every kind of page at 320 and 1280 px they are proven once, by the gate run over the sample portal.
# What the gate does not do is tested here in the browser: a phone width between its two, and the
# search page with results (the gate loads it without a query, so Pagefind never runs).
PLAIN_LANGUAGE_RULES = {"reading-level", "acronym"}  # advice to editors on the sample's own text


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_kind_of_page_passes_the_gates_browser_checks(sample_gate_run: GateRun, kind: str) -> None:
    page = PAGE_TYPES[kind].split("?")[0]
    assert page in sample_gate_run.pages and sample_gate_run.viewports == [v.name for v in GateSettings().viewports]  # 320 and 1280 px
    found = [(i.rule, i.viewport, i.selector) for i in sample_gate_run.issues if i.page == page and i.rule not in PLAIN_LANGUAGE_RULES]
    assert found == []


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_live_help_is_visible_on_load_and_after_scrolling_at_375(page: Page, base_url: str, kind: str) -> None:
    page.set_viewport_size({"width": 375, "height": 640})
    page.goto(base_url + PAGE_TYPES[kind])
    assert page.get_by_role("link", name="Live Help").first.inner_text().startswith("Live Help")
    assert live_help_problems(page) == []
    assert page.evaluate("__gp.scrollToEnd()") > 0 or kind == "not found"  # the page was long enough to test scrolling


@pytest.mark.parametrize(("path", "agency"), [("services/workforce/file-unemployment-claim/", "workforce"), ("agencies/health/", "health")])
def test_contextual_live_help_leads_to_the_agency_section(page: Page, base_url: str, path: str, agency: str) -> None:
    page.goto(base_url + path)
    link = page.locator("[data-gp-live-help]")
    assert link.get_attribute("href") == f"../../help/#{agency}" or link.get_attribute("href") == f"../../../help/#{agency}"
    link.click()
    assert page.url.endswith(f"/help/#{agency}")
    heading = page.locator(f"h2#{agency}")
    assert heading.is_visible()
    name = page.evaluate(f"() => document.getElementById('{agency}').textContent")
    assert name.startswith({"workforce": "Department of Workforce Services", "health": "Department of Health"}[agency])


def test_portal_pages_lead_to_portal_help_and_offer_a_call(page: Page, base_url: str) -> None:
    page.goto(base_url)
    assert page.locator("[data-gp-live-help]").get_attribute("href") == "help/"
    call = page.get_by_role("link", name="Call (800) 555-0100")
    assert call.get_attribute("href") == "tel:+1-800-555-0100"


def test_agency_page_offers_the_agency_phone(page: Page, base_url: str) -> None:
    page.goto(base_url + "agencies/dmv/")
    assert page.get_by_role("link", name="Live Help for DMV").is_visible()
    assert page.locator("header a[href^='tel:']").get_attribute("href") == "tel:+1-801-555-0111"


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_agency_name_wraps_in_the_header(page: Page, base_url: str, width: int) -> None:
    """Imported agencies may have long names and no short form; the header must not widen the page."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + PAGE_TYPES["agency"])
    page.evaluate(
        """() => { document.querySelector('[data-gp-live-help] .gp-wide-only').textContent =
             '\u00a0for Joint Program Executive Office for Chemical, Biological, Radiological and Nuclear Defense'; }"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert live_help_problems(page) == []


def test_no_request_leaves_the_site_when_search_shows_results(page: Page, base_url: str) -> None:
    hosts: list[str] = []
    page.on("request", lambda request: hosts.append(urlparse(request.url).netloc))
    page.goto(base_url + PAGE_TYPES["search"], wait_until="networkidle")
    own = urlparse(base_url).netloc
    assert hosts and set(hosts) == {own}, hosts


@pytest.mark.parametrize("width", (320, 1280))
def test_axe_finds_no_violations_in_search_results(page: Page, base_url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + PAGE_TYPES["search"])
    expect(page.locator("[data-gp-search-results] li").first).to_be_visible()
    page.evaluate(Axe().axe_script)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = page.evaluate(f"axe.run(document, {json.dumps(options)})")
    problems = [(v["id"], [n["target"] for n in v["nodes"]]) for v in results["violations"]]
    assert problems == []


def test_skip_link_is_first_and_moves_focus_to_main(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE_TYPES["service"])
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".gp-skip").is_visible(), "the skip link must show when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#main-content') !== null")


def test_live_help_is_reached_within_three_tabs(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE_TYPES["service"])
    seen = []
    for _ in range(3):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.hasAttribute('data-gp-live-help')"))
    assert any(seen)


def test_sticky_header_stays_small_at_400_percent_zoom(page: Page, base_url: str) -> None:
    # 1280 x 800 at 400 % zoom is a 320 x 200 CSS-pixel window.
    page.set_viewport_size({"width": 320, "height": 200})
    page.goto(base_url + PAGE_TYPES["service"])
    page.evaluate("window.scrollTo(0, 2000)")
    height = page.evaluate("document.querySelector('header').getBoundingClientRect().height")
    assert height <= 200 * 0.35, f"the sticky header covers {height}px of a 200px window"
    assert live_help_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_hours_not_status_are_in_the_page_without_javascript(browser: object, base_url: str) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(base_url + PAGE_TYPES["agency"])
        assert tab.locator("header [data-gp-status-text]").inner_text() == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time"
    finally:
        context.close()


def test_script_refreshes_status_from_the_visitors_clock(page: Page, base_url: str) -> None:
    # Saturday 20:00 in Denver: the DMV phone line opens again on Monday.
    page.clock.set_fixed_time("2026-11-29T03:00:00Z")
    page.goto(base_url + PAGE_TYPES["agency"])
    status = page.locator("header [data-gp-status-text]")
    assert status.inner_text() == "Closed now. Opens Monday at 8 a.m."
    assert "gp-livehelp__status--open" not in (page.locator("header [data-gp-hours]").get_attribute("class") or "")


def test_touch_targets_are_at_least_24px(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE_TYPES["home"])
    # The spam trap is hidden from people (aria-hidden, off-screen), so it is not a target.
    small = page.evaluate(
        """() => [...document.querySelectorAll('header a, nav a, button, input, footer a')]
            .filter(el => !el.closest('[aria-hidden=true]'))
            .map(el => [el.id || el.textContent.trim(), el.getBoundingClientRect()])
            .filter(([, box]) => box.width > 0 && (box.width < 24 || box.height < 24))
            .map(([text]) => text)"""
    )
    assert small == []


def test_print_hides_the_screen_furniture(page: Page, base_url: str) -> None:
    page.goto(base_url + PAGE_TYPES["service"])
    page.emulate_media(media="print")
    assert not page.locator("[data-gp-live-help]").is_visible()
    assert page.get_by_role("heading", name="Renew your driver license").is_visible()


# Collects what a page's Content Security Policy blocks, from before the page's first element.
RECORD_VIOLATIONS = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);"""


def open_recording_violations(page: Page, url: str, kind: str) -> None:
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(url)
    if kind == "search":  # Pagefind (a worker and WebAssembly) has answered
        expect(page.locator("[data-gp-search-results] li").first).to_be_visible()
    page.wait_for_load_state("networkidle")


class _PolicyAndScripts(HTMLParser):
    """The page's <meta> Content Security Policy and how many inline scripts it has (JSON-LD apart)."""

    def __init__(self) -> None:
        super().__init__()
        self.policy, self.inline_scripts = "", 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("http-equiv") == "Content-Security-Policy":
            self.policy = values.get("content") or ""
        elif tag == "script" and "src" not in values and values.get("type") != "application/ld+json":
            self.inline_scripts += 1


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_page_has_a_strict_policy_and_no_inline_script(sample_site: Path, kind: str) -> None:
    """What the browser then blocks on each page is the gate's csp-violation check (above)."""
    path = PAGE_TYPES[kind].split("?")[0]
    parser = _PolicyAndScripts()
    parser.feed((sample_site / (path if path.endswith(".html") else path + "index.html")).read_text(encoding="utf-8"))
    policy = parser.policy
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "unsafe" not in policy.replace("'wasm-unsafe-eval'", "")
    assert ("'wasm-unsafe-eval'" in policy) == (kind == "search")
    assert parser.inline_scripts == 0


def test_nothing_breaks_the_policy_when_search_shows_results(page: Page, base_url: str) -> None:
    open_recording_violations(page, base_url + PAGE_TYPES["search"], "search")
    assert page.evaluate("window.__violations") == []


def headers_of(site: Path) -> dict[str, str]:
    """The ``/*`` rule of the site's ``_headers`` file."""
    lines = (site / "_headers").read_text(encoding="utf-8").splitlines()
    rule = lines[lines.index("/*") + 1 :]
    return dict(line.strip().split(": ", 1) for line in rule if line.startswith("  "))


@pytest.mark.parametrize("kind", ["search", "service", "agency", "survey"])
def test_pages_work_under_the_headers_file_policy_too(page: Page, sample_site: Path, kind: str) -> None:
    """As on Netlify or Cloudflare Pages: the header policy and each page's <meta> policy both apply."""
    headers = headers_of(sample_site)
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"] and headers["X-Content-Type-Options"] == "nosniff"
    with serve_directory(sample_site, headers) as url:
        response = page.request.get(url + PAGE_TYPES[kind])
        assert response.headers["content-security-policy"] == headers["Content-Security-Policy"]
        open_recording_violations(page, url + PAGE_TYPES[kind], kind)
        assert page.evaluate("window.__violations") == []
