"""People send feedback from real pages in Chromium, with and without JavaScript."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.db.receiver import StartReceiver, receiver_for, stored_rows

SERVICE = "services/dmv/renew-drivers-license/"


@pytest.fixture(params=[False, True], ids=["no-js", "js"])
def tab(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=request.param)
    yield context.new_page()
    context.close()


@pytest.fixture
def receiver(sample_site: Path) -> StartReceiver:
    return receiver_for(sample_site)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/feedback.sqlite3"


def test_was_this_page_helpful(tab: Page, receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        tab.goto(f"{base}/{SERVICE}?utm_source=mail")
        thanks = tab.locator("#gp-feedback-thanks")
        expect(thanks).to_be_hidden()
        tab.get_by_label("No").check()
        tab.get_by_label("What were you trying to do?").fill("Find the fee for a late renewal")
        tab.get_by_role("button", name="Send feedback").click()
        expect(thanks).to_be_visible()
        expect(thanks).to_contain_text("Thank you for your feedback")
        expect(tab.locator("form[data-gp-feedback]")).to_be_hidden()
        assert urlsplit(tab.url).path == "/" + SERVICE
    [row] = stored_rows(sqlite_url)
    assert (row["page"], row["helpful"], row["comment"]) == ("/" + SERVICE, False, "Find the fee for a late renewal")


def test_javascript_sends_in_place_and_moves_focus(browser: Browser, receiver: StartReceiver, sqlite_url: str) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 640})
    with receiver(sqlite_url) as base:
        page.goto(f"{base}/{SERVICE}")
        page.get_by_label("Yes").check()
        page.get_by_role("button", name="Send feedback").click()
        expect(page.locator("#gp-feedback-thanks")).to_be_focused()
        assert "#" not in page.url  # no page load happened
    page.close()
    [row] = stored_rows(sqlite_url)
    assert re.fullmatch(r"[0-9a-f]{32}", str(row["nonce"])), "the page sends a key, so an answer sent again is stored once"


def test_survey_with_follow_up(tab: Page, receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        tab.goto(f"{base}/{SERVICE}")
        tab.get_by_role("link", name="Tell us how it went").click()
        expect(tab.get_by_role("heading", level=1)).to_contain_text("Tell us about")
        contact = tab.get_by_label("Your e-mail address or phone number")
        expect(contact).to_be_hidden()  # shown only when people ask for a reply
        tab.locator("#gp-survey-satisfaction").get_by_label("Satisfied", exact=True).check()
        tab.locator("#gp-survey-trust").get_by_label("Strongly agree").check()
        tab.get_by_label("It was easy to do").check()
        tab.get_by_label("It took too long").check()
        tab.get_by_label("Yes, you can contact me").check()
        expect(contact).to_be_visible()
        contact.fill("(801) 555-0142")
        tab.get_by_role("button", name="Send my answers").click()
        expect(tab.locator("#gp-survey-thanks")).to_be_visible()
    [row] = stored_rows(sqlite_url)
    assert (row["service"], row["satisfaction"], row["trust"]) == ("dmv/renew-drivers-license", 4, 5)
    assert (row["went_well"], row["could_be_better"], row["contact"]) == (["ease"], ["efficiency"], "(801) 555-0142")


def test_survey_errors_are_listed_and_linked_to_their_fields(browser: Browser, receiver: StartReceiver, sqlite_url: str) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 640})
    with receiver(sqlite_url) as base:
        page.goto(f"{base}/{SERVICE}survey/")
        page.get_by_label("Yes, you can contact me").check()
        page.get_by_role("button", name="Send my answers").click()
        summary = page.locator("form.gp-survey [data-gp-errors]")
        expect(summary).to_be_focused()
        expect(summary.get_by_role("heading")).to_have_text("There is a problem")
        links = summary.get_by_role("link")
        expect(links).to_have_count(3)  # satisfaction, trust, contact
        expect(page.locator("#gp-survey-contact")).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#gp-survey-contact-error")).to_be_visible()
        links.last.click()
        assert page.url.endswith("#gp-survey-contact")
    page.close()
    assert stored_rows(sqlite_url) == []


def test_without_javascript_errors_come_back_as_a_page_with_links(browser: Browser, receiver: StartReceiver, sqlite_url: str) -> None:
    """A browser that skips the required check (old or assistive) still gets a usable error page."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route("**/survey/", lambda route: route.fulfill(response=(r := route.fetch()), body=r.text().replace(" required", "")))
    with receiver(sqlite_url) as base:
        page.goto(f"{base}/{SERVICE}survey/")
        page.get_by_role("button", name="Send my answers").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("There is a problem with your feedback")
        expect(page.get_by_role("link", name="Choose an answer from 1 to 5 for: I am satisfied with the service I received.")).to_have_attribute(
            "href", f"/{SERVICE}survey/#gp-survey-satisfaction"
        )
    context.close()
