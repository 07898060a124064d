"""Help information that is never wrong: hours without a build-time "open now", the same hours
rules in the browser as in Python, scheduled alerts, and services that are not working."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from govportal.build import build
from govportal.gate import GateOptions, GateRun, run_gate
from govportal.gate.server import serve_directory
from tests.hours_table import cases, python_answers, sweeps

NOW_CLAIM = re.compile(r"\b(open|closed) now\b", re.IGNORECASE)
RUN_CASES = """([cases]) => cases.map(([data, at]) => {
  const found = window.govportal.hours.status(data, new Date(at));
  return found === null ? null : found.text;
})"""
RUN_SWEEP = """([data, start, step, count]) => {
  const answers = [];
  for (let n = 0; n < count; n++) {
    const found = window.govportal.hours.status(data, new Date(start + n * step * 60000));
    answers.push(found === null ? null : [found.open, found.text]);
  }
  return answers;
}"""


@pytest.fixture
def no_script(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    yield context.new_page()
    context.close()


def test_shared_table_passes_in_chromium(page: Page, base_url: str) -> None:
    page.goto(base_url)  # the site's own govportal.js
    table = cases()
    found = page.evaluate(RUN_CASES, [[[c.schedule.data(), c.moment.isoformat()] for c in table]])
    assert [(c.name, text) for c, text in zip(table, found)] == [(c.name, c.expect) for c in table]


@pytest.mark.parametrize("sweep", sweeps(), ids=lambda s: s.name)
def test_every_hour_of_a_year_agrees_with_python(page: Page, base_url: str, sweep: object) -> None:
    from tests.hours_table import Sweep

    assert isinstance(sweep, Sweep)
    page.goto(base_url)
    start = int(sweep.start.timestamp() * 1000)
    found = page.evaluate(RUN_SWEEP, [sweep.schedule.data(), start, sweep.step, sweep.count])
    expected = python_answers(sweep)
    differ = [(m.isoformat(), a, b) for m, a, b in zip(sweep.moments(), expected, found) if a != b]
    assert differ == [] and len(found) == len(expected)


@pytest.mark.parametrize("path", ["", "help/", "agencies/dmv/", "services/dmv/renew-drivers-license/"])
def test_without_javascript_pages_state_hours_and_never_open_now(no_script: Page, base_url: str, path: str) -> None:
    no_script.goto(base_url + path)
    text = no_script.locator("body").inner_text()
    assert not NOW_CLAIM.search(text), NOW_CLAIM.search(text)
    header = no_script.locator("header [data-gp-status-text]").inner_text()
    assert header in ("24 hours a day, 7 days a week", "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time")
    if path:
        assert "8 a.m. to 5 p.m." in text and "Mountain Time" in text and ":00" not in text.replace("10:00", "")


def test_service_questions_line_states_hours_and_updates(page: Page, no_script: Page, base_url: str) -> None:
    path = base_url + "services/dmv/renew-drivers-license/"
    no_script.goto(path)
    line = no_script.locator(".gp-service-contact li").first
    assert line.inner_text().startswith("Call the DMV at (801) 555-0111, Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays.")
    page.clock.install(time="2026-11-23T23:59:30Z")  # Monday 16:59:30 in Denver
    page.goto(path)
    status = page.locator(".gp-service-contact [data-gp-status]")
    expect(status).to_have_text("Open now, until 5 p.m.")
    page.clock.run_for(2 * 60 * 1000)
    expect(status).to_have_text("Closed now. Opens tomorrow at 8 a.m.")


def test_header_status_is_live_only_after_the_first_fill(page: Page, base_url: str) -> None:
    page.clock.install(time="2026-11-26T17:00:00Z")  # Thanksgiving, 10:00 in Denver
    page.goto(base_url + "agencies/dmv/")
    header = page.locator("header [data-gp-hours]")
    expect(header.locator("[data-gp-status-text]")).to_have_text("Closed today. Opens tomorrow at 8 a.m.")
    assert header.get_attribute("aria-live") == "polite"
    assert page.locator("main [data-gp-status][aria-live]").count() == 0  # one voice, not twenty


def test_status_lines_are_left_out_of_print(page: Page, base_url: str) -> None:
    page.clock.set_fixed_time("2026-11-23T17:00:00Z")
    page.goto(base_url + "agencies/dmv/")
    expect(page.locator("main [data-gp-status]").first).to_be_visible()
    page.emulate_media(media="print")
    assert page.locator("[data-gp-status]:visible, header [data-gp-hours]:visible").count() == 0
    expect(page.locator("table.gp-hours").first).to_be_visible()


def test_coming_closures_and_special_hours_are_listed(no_script: Page, base_url: str) -> None:
    no_script.goto(base_url + "agencies/dmv/")
    days = no_script.locator(".gp-contact--phone .gp-hours__days").inner_text()
    assert "Thursday, November 26: closed (Thanksgiving Day)" in days
    assert "Friday, December 11: closed (Staff training day)" in days
    assert "Thursday, December 24: open 8 a.m. to noon (Christmas Eve)" in days


def alert_titles(page: Page) -> list[str]:
    return [t.strip() for t in page.locator(".gp-alert:visible .gp-alert__title").all_inner_texts()]


def test_alerts_in_their_window_and_scope_without_javascript(no_script: Page, base_url: str) -> None:
    no_script.goto(base_url)
    assert alert_titles(no_script) == ["Information: State offices are closed for Thanksgiving"]
    alert = no_script.locator(".gp-alert").first
    assert alert.evaluate("el => el.closest('header') === null && el.previousElementSibling === null || true")
    assert no_script.get_by_role("region", name="Information: State offices are closed for Thanksgiving").is_visible()
    no_script.goto(base_url + "topics/driving/")
    assert alert_titles(no_script) == ["Warning: Winter driving", "Information: State offices are closed for Thanksgiving"]
    no_script.goto(base_url + "agencies/dmv/")  # the DMV's own alert starts on Friday evening
    assert "Emergency: DMV offices closed Saturday for a system upgrade" not in alert_titles(no_script)


def test_alert_sits_under_the_official_banner(page: Page, base_url: str) -> None:
    page.goto(base_url)
    order = page.evaluate("""() => [...document.body.querySelectorAll('.gp-official, .gp-alerts, header.gp-header')].map(e => e.className)""")
    assert order == ["gp-official", "gp-alerts", "gp-header"]


def test_built_later_the_window_moves(sample: Path, browser: Browser, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-28T10:00:00-07:00")
    report = build(sample / "site.yml")
    assert report.ok, report.findings
    said = [f.message for f in report.findings if f.path == "content/alerts.yml"]
    assert any("'State offices are closed for Thanksgiving' ended" in m and "left out" in m for m in said), said
    assert any("'DMV offices closed Saturday for a system upgrade' ends 2026-11-29 00:00, within a day" in m for m in said), said
    context = browser.new_context(java_script_enabled=False)
    try:
        with serve_directory(sample / "site") as url:
            tab = context.new_page()
            tab.goto(url + "agencies/dmv/")
            assert alert_titles(tab) == ["Emergency: DMV offices closed Saturday for a system upgrade"]
            tab.goto(url)
            assert alert_titles(tab) == []
    finally:
        context.close()


def test_script_hides_an_alert_once_it_has_ended(page: Page, base_url: str) -> None:
    page.clock.set_fixed_time("2026-11-27T15:00:01Z")  # 8:00:01 in Denver: the Thanksgiving alert has ended
    page.goto(base_url)
    assert alert_titles(page) == []
    assert page.locator(".gp-alert").count() == 1  # still in the HTML, as built


def test_a_service_that_is_down_shows_the_ways_that_work(no_script: Page, base_url: str) -> None:
    no_script.goto(base_url + "services/dmv/register-a-vehicle/")
    notice = no_script.get_by_role("region", name="Not working: Register a vehicle")
    assert "Register by mail or in person" in notice.inner_text()
    assert [a.inner_text() for a in notice.get_by_role("link").all()] == ["By mail", "In person"]
    headings = no_script.locator("main h2, main h3").all_inner_texts()
    assert headings.index("Not working: Register a vehicle") < headings.index("How to apply")
    ways = headings[headings.index("How to apply") + 1:]
    assert ways[:3] == ["By mail", "In person", "Online"], ways  # the broken way last, not as a button
    assert no_script.locator("#apply-online ~ p .gp-button").count() == 0


def test_a_channel_being_fixed_is_not_offered_first(no_script: Page, base_url: str) -> None:
    no_script.goto(base_url + "help/")
    cards = no_script.locator("#portal-help ~ .gp-contacts .gp-contact__title").all_inner_texts()
    assert cards[0].startswith("Phone") and cards[-1] == "Live chat: Live Help chat"
    assert "Closed for maintenance: Live Help chat is being upgraded." in no_script.locator(".gp-contact--chat").first.inner_text()


def test_status_page_and_json_list_what_is_not_working(no_script: Page, base_url: str, sample_site: Path) -> None:
    no_script.goto(base_url + "status/")
    assert no_script.locator(".gp-status-list__title").all_inner_texts() == ["Register a vehicle", "Live Help chat"]
    data = json.loads((sample_site / "status.json").read_text(encoding="utf-8"))
    assert [(i["name"], i["state"]) for i in data["not_working"]] == [("Register a vehicle", "down"), ("Live Help chat", "maintenance")]


def test_agency_hours_exports(sample_site: Path) -> None:
    hours = json.loads((sample_site / "agencies/dmv/hours.json").read_text(encoding="utf-8"))
    phone = hours["contactPoint"][0]
    assert phone["description"] == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays"
    dated = {(s["validFrom"], s["opens"], s["closes"]) for s in phone["hoursAvailable"] if "validFrom" in s}
    assert {("2026-11-26", "00:00", "00:00"), ("2026-12-24", "08:00", "12:00"), ("2026-12-11", "00:00", "00:00")} <= dated
    ics = (sample_site / "agencies/dmv/closures.ics").read_text(encoding="utf-8")
    assert "SUMMARY:DMV: Closed: Christmas Day" in ics and "DTSTART;VALUE=DATE:20261225" in ics
    assert "DTSTART;VALUE=DATE:20270705" in ics  # Sunday July 4, 2027 observed on Monday


def test_gate_passes_on_pages_with_alerts_at_320_and_1280(sample_gate_run: GateRun) -> None:
    run = sample_gate_run
    assert {"", "topics/driving/", "services/dmv/register-a-vehicle/", "status/"} <= {p.removesuffix("index.html") for p in run.pages}
    assert run.viewports == ["mobile", "desktop"]  # 320 and 1280 pixels wide
    assert run.errors == [], [(i.rule, i.page, i.viewport, i.selector, i.message) for i in run.errors]


def test_gate_fails_a_page_still_showing_an_ended_alert(sample_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(sample_site / "assets", site / "assets")
    (site / "index.html").write_bytes((sample_site / "index.html").read_bytes())  # built on November 23

    def expired(today: date) -> list[str]:
        run = run_gate(GateOptions(site=site, today=today))
        return [i.message for i in run.errors if i.rule == "expired-alert"]

    assert expired(date(2026, 11, 23)) == []
    assert expired(date(2026, 11, 28)) == ["an alert or status that ended 2026-11-27T08:00:00-07:00 is still in the page; rebuild the site"]
