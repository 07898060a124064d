"""The citizen theme in a real browser: Live Help, reflow, keyboard, no third-party requests, axe."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.conftest import PAGE_TYPES

WIDTHS = (320, 375, 1280)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def live_help_in_view(page: Page) -> bool:
    """True when the Live Help link is inside the header and fully inside the viewport."""
    return bool(
        page.evaluate(
            """() => {
              const link = document.querySelector('[data-gp-live-help]');
              if (!link || !link.closest('header')) return false;
              const box = link.getBoundingClientRect();
              return box.width > 0 && box.top >= 0 && box.left >= 0
                && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
            }"""
        )
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_live_help_is_visible_on_load_and_after_scrolling(page: Page, base_url: str, kind: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 640})
    page.goto(base_url + PAGE_TYPES[kind])
    assert page.get_by_role("link", name="Live Help").first.inner_text().startswith("Live Help")
    assert live_help_in_view(page), "Live Help not in view on load"
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_timeout(50)
    assert page.evaluate("window.scrollY") > 0 or kind == "not found"
    assert live_help_in_view(page), "Live Help scrolled out of view"


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


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_horizontal_scrolling_at_320(page: Page, base_url: str, kind: str) -> None:
    page.goto(base_url + PAGE_TYPES[kind])
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_request_leaves_the_site(page: Page, base_url: str, kind: str) -> None:
    hosts: list[str] = []
    page.on("request", lambda request: hosts.append(urlparse(request.url).netloc))
    page.goto(base_url + PAGE_TYPES[kind], wait_until="networkidle")
    own = urlparse(base_url).netloc
    assert hosts and set(hosts) == {own}, hosts


@pytest.mark.parametrize("width", (320, 1280))
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_axe_finds_no_violations(page: Page, base_url: str, kind: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + PAGE_TYPES[kind])
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
    assert live_help_in_view(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_open_status_is_in_the_page_without_javascript(browser: object, base_url: str) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(base_url + PAGE_TYPES["agency"])
        assert tab.locator("header [data-gp-status-text]").inner_text() == "Open now, until 5:00 p.m."
    finally:
        context.close()


def test_script_refreshes_status_from_the_visitors_clock(page: Page, base_url: str) -> None:
    # Saturday 20:00 in Denver: the DMV phone line opens again on Monday.
    page.clock.set_fixed_time("2026-11-29T03:00:00Z")
    page.goto(base_url + PAGE_TYPES["agency"])
    status = page.locator("header [data-gp-status-text]")
    assert status.inner_text() == "Closed now. Opens Monday at 8:00 a.m."
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
