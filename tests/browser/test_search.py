"""Search in Chromium: Pagefind with JavaScript, the A to Z list without it."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from govportal.content import load_content
from govportal.model.form import FormsSettings
from tests.conftest import REPO, TODAY


def test_no_empty_more_button_before_or_after_a_short_search(page: Page, base_url: str) -> None:
    page.goto(base_url + "search/")
    expect(page.get_by_role("button", name="more result")).to_be_hidden()
    page.goto(base_url + "search/?q=fishing")
    expect(page.locator("[data-gp-search-results] li").first).to_be_visible()
    assert page.locator("[data-gp-search-results] li").count() <= 5
    expect(page.locator(".gp-search__more")).to_be_hidden()


def test_search_finds_a_service_and_leads_to_it(page: Page, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url)
    page.get_by_label("Search for a service").fill("fishing license")
    page.get_by_role("button", name="Search").first.click()
    results = page.locator("[data-gp-search-results] li a")
    expect(results.first).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("for \u201cfishing license\u201d")
    expect(results.first).to_have_text("Buy a fishing license")
    fetched = sum(1 for url in requests if "/pagefind/" in url)
    assert fetched < 20  # a few index chunks, not the whole index
    results.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Buy a fishing license")


def test_filters_narrow_results_to_an_agency(page: Page, base_url: str) -> None:
    page.goto(base_url + "search/?q=license")
    expect(page.locator("[data-gp-search-results] li").first).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("results for")
    everything = page.get_by_role("status").inner_text()
    page.get_by_label("Agency").select_option("Division of Wildlife Resources")
    expect(page.get_by_role("status")).not_to_have_text(everything)
    expect(page.get_by_role("status")).to_contain_text("for \u201clicense\u201d")
    titles = page.locator("[data-gp-search-results] li a").all_text_contents()
    assert titles and "Renew your driver license" not in titles and "Buy a fishing license" in titles


def test_without_javascript_search_leads_to_every_service(browser: Browser, base_url: str, sample_site: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(base_url)
    page.get_by_label("Search for a service").fill("fishing")
    page.get_by_role("button", name="Search").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("All services A to Z")
    content = load_content(REPO / "content", TODAY, FormsSettings(allowed_hosts=["forms.example.gov", "sign.example.gov"])).content
    assert content is not None
    listed = page.locator("#main-content a").all_text_contents()
    assert {s.service.title for s in content.services} <= set(listed)
    page.goto(base_url + "search/")
    expect(page.get_by_text("Search needs JavaScript")).to_be_visible()
    context.close()


def test_results_come_five_at_a_time_and_more_on_request(page: Page, base_url: str) -> None:
    """Each result shown costs a request for its excerpt: on a slow network, five come first."""
    excerpts: list[str] = []
    page.on("request", lambda r: excerpts.append(r.url) if "/pagefind/fragment/" in r.url else None)
    page.goto(base_url + "search/?q=license")
    items = page.locator("[data-gp-search-results] li")
    expect(items).to_have_count(5)
    total = int(page.get_by_role("status").inner_text().split()[0])
    assert total > 5, "the sample has more than five results for 'license'"
    expect(page.get_by_role("status")).to_contain_text("Showing the first 5.")
    assert len(excerpts) == 5
    page.get_by_role("button", name="more result").click()
    expect(items).to_have_count(min(total, 10))
    expect(items.nth(5).locator("a")).to_be_focused()  # keyboard users land on the first new result
