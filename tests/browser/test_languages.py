"""English and Spanish in Chromium: the switcher keeps your place, search has an index per language,
and the script writes the open or closed line in the page's language."""

from __future__ import annotations

from playwright.sync_api import Page, expect

RENEW = "services/dmv/renew-drivers-license/"


def follow_by_keyboard(page: Page, name: str, lang: str) -> None:
    """Tab-reachable, announced in its own language, a full-size target inside a 320 px screen; then Enter."""
    link = page.get_by_role("link", name=name, exact=True)
    assert (link.get_attribute("lang"), link.get_attribute("hreflang")) == (lang, lang)
    box = link.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 320 and box["height"] >= 44
    link.focus()
    page.keyboard.press("Enter")


def test_the_switcher_keeps_your_place_both_ways(page: Page, base_url: str) -> None:
    page.goto(base_url + RENEW)
    follow_by_keyboard(page, "Español", "es")
    expect(page).to_have_url(base_url + "es/" + RENEW)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text("Renueve su licencia de manejar")
    follow_by_keyboard(page, "English", "en")
    expect(page).to_have_url(base_url + RENEW)
    expect(page.get_by_role("heading", level=1)).to_have_text("Renew your driver license")


def test_a_page_only_in_english_leads_to_the_spanish_home_page_and_says_so(page: Page, base_url: str) -> None:
    page.goto(base_url + "forms/")
    follow_by_keyboard(page, "Página principal en español", "es")
    expect(page).to_have_url(base_url + "es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")


def test_spanish_search_finds_a_spanish_word_in_the_spanish_index_only(page: Page, base_url: str) -> None:
    page.goto(base_url + "es/search/?q=renueve")
    first = page.locator("[data-gp-search-results] li a").first
    expect(first).to_have_text("Renueve su licencia de manejar")
    expect(page.get_by_role("status")).to_contain_text("para \u201crenueve\u201d")
    assert "/es/" in (first.get_attribute("href") or "")
    page.goto(base_url + "search/?q=renueve")  # the English index has English pages only
    expect(page.get_by_role("status")).to_contain_text("No results for \u201crenueve\u201d")


def test_the_open_or_closed_line_is_in_spanish_on_spanish_pages(page: Page, base_url: str) -> None:
    page.clock.install(time="2026-11-23T23:59:30Z")  # Monday 16:59:30 in Denver
    page.goto(base_url + "es/" + RENEW)
    status = page.locator("header [data-gp-status-text]")
    expect(status).to_have_text("Abierto ahora, hasta las 5 p. m.")
    page.clock.run_for(2 * 60 * 1000)
    expect(status).to_have_text("Cerrado ahora. Abre mañana a las 8 a. m.")
