"""Search in Chromium: Pagefind with JavaScript, the A to Z list without it."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Response, expect

from bench.slow3g import serve
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


def test_an_agency_in_the_address_narrows_the_search_and_stays_chosen(page: Page, base_url: str) -> None:
    """The search starts before the lists of agencies arrive; once they do, the agency of the
    address is the one chosen, and one that does not exist gives way to all agencies."""
    page.goto(base_url + "search/?q=license&agency=Division+of+Wildlife+Resources")
    expect(page.get_by_label("Agency")).to_have_value("Division of Wildlife Resources")
    expect(page.get_by_role("status")).to_contain_text("for \u201clicense\u201d")
    titles = page.locator("[data-gp-search-results] li a").all_text_contents()
    assert "Buy a fishing license" in titles and "Renew your driver license" not in titles
    page.goto(base_url + "search/?q=license&agency=No+such+agency")
    expect(page.get_by_label("Agency")).to_have_value("")
    expect(page.locator("[data-gp-search-results] li a", has_text="Renew your driver license")).to_be_visible()


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


def test_the_engine_comes_with_the_page_once_and_from_brotli_copies(browser: Browser, sample_site: Path) -> None:
    """On a host serving the build's .br copies, Pagefind reads its index decoded by the browser, and
    asks once for each file the search page preloads: no second fetch, no worker of its own."""
    context = browser.new_context()
    page = context.new_page()
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    with serve(sample_site, precompressed=True) as base:
        page.goto(base + "search/?q=fishing+license")
        expect(page.locator("[data-gp-search-results] li a").first).to_have_text("Buy a fishing license")
    names = [urlsplit(r.url).path.rsplit("/", 1)[1] for r in responses if "/pagefind/" in r.url]
    assert "pagefind-worker.js" not in names
    for preloaded in re.findall(r'rel="preload" as="fetch" crossorigin href="\.\./pagefind/([^"?]+)', (sample_site / "search" / "index.html").read_text(encoding="utf-8")):
        assert names.count(preloaded) == 1, (preloaded, names)
    engine = next(r for r in responses if r.url.endswith("/wasm.en.pagefind"))
    assert engine.header_value("content-encoding") == "br"
    context.close()


def test_a_search_box_fetches_the_engine_while_the_citizen_types(browser: Browser, sample_site: Path) -> None:
    """Once a citizen is in a search box, Pagefind's script and engine are fetched; the search page
    then takes them from the browser's cache (on a host that says when its files changed, as static
    hosts do: at most a "not modified" answer), where the search page asked for directly fetches them."""
    engine = re.compile(r"/pagefind/(pagefind\.js|wasm\.en\.pagefind)$")
    with serve(sample_site, precompressed=True) as base:
        for from_the_box in (True, False):
            context = browser.new_context()
            page = context.new_page()
            if from_the_box:
                page.goto(base + "services/commerce/register-a-business/")
                with page.expect_request_finished(lambda request: request.url.endswith("/wasm.en.pagefind")):
                    page.locator("form[data-gp-search] input[name=q]").first.focus()
                page.keyboard.type("fishing license")
                page.keyboard.press("Enter")
            else:
                page.goto(base + "search/?q=fishing+license")
            expect(page.locator("[data-gp-search-results] li a").first).to_have_text("Buy a fishing license")
            sent = page.evaluate("() => performance.getEntriesByType('resource').map(e => [e.name, e.transferSize])")
            sizes = [size for name, size in sent if engine.search(name)]
            assert len(sizes) == 2 and all((size < 1024) == from_the_box for size in sizes), sent  # the engine is 60 KB
            context.close()


def test_a_search_box_fetches_nothing_early_when_the_browser_asks_to_save_data(browser: Browser, sample_site: Path) -> None:
    context = browser.new_context()
    context.add_init_script(script="Object.defineProperty(navigator, 'connection', {value: {saveData: true}})")
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    with serve(sample_site, precompressed=True) as base:
        page.goto(base + "services/commerce/register-a-business/")
        page.locator("form[data-gp-search] input[name=q]").first.focus()
        page.keyboard.type("fishing")
        page.wait_for_timeout(500)
    assert page.evaluate("document.querySelectorAll('link[rel=prefetch]').length") == 0
    assert not [url for url in asked if "/pagefind/" in url]
    context.close()
