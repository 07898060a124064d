"""The "Forms and signing" section and the forms inventory, in Chromium at 320 px."""

from __future__ import annotations

import json

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

SERVICE = "services/dmv/renew-drivers-license/"


def test_signing_and_download_links_name_the_form(page: Page, base_url: str) -> None:
    page.goto(base_url + SERVICE)
    section = page.locator("section.gp-form", has=page.get_by_role("heading", name="Driver license renewal form (DL-12)"))
    expect(section.get_by_role("link", name="Fill out and sign Driver license renewal form online")).to_have_attribute(
        "href", "https://forms.example.gov/dmv/dl-12"
    )
    expect(section.get_by_role("link", name="Sign with your State of Example digital ID: Driver license renewal form (leaves this portal)")).to_be_visible()
    download = section.get_by_role("link", name="Download Driver license renewal form (PDF, 1 KB)")
    assert page.request.get(base_url + SERVICE + (download.get_attribute("href") or "")).body().startswith(b"%PDF")
    expect(section).to_contain_text("Mail it to DMV Forms")
    expect(section).to_contain_text("leaves this portal")
    names = section.get_by_role("link").evaluate_all("links => links.map(a => a.textContent.trim())")
    assert not [n for n in names if n.lower() in {"click here", "here", "link", "download"}]


def test_forms_section_passes_axe_at_320(page: Page, base_url: str) -> None:
    page.goto(base_url + SERVICE)
    page.evaluate(Axe().axe_script)
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}
    results = page.evaluate(f"axe.run({{include: [['#forms'], ['section.gp-form']]}}, {json.dumps(options)})")
    assert results["violations"] == []
    assert results["passes"]  # axe did look at the section


def test_inventory_lists_every_status_without_sideways_scrolling(page: Page, base_url: str) -> None:
    page.goto(base_url + "forms/")
    for status in ("Fully digital, with e-signature", "Online, without e-signature", "Download only"):
        expect(page.locator(".gp-figures").first).to_contain_text(status)
    expect(page.get_by_role("heading", name="Control numbers that expire soon")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    csv = page.request.get(base_url + "forms.csv")
    assert csv.ok and csv.text().startswith("id,title,number,agencies")
