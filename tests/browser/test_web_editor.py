"""The web editor in real Chromium: Decap CMS from govportal's bundle, saving through ``govportal edit``.

One test walks what an editor does: opens /admin/, tries to publish an empty form (refused),
fills in a service, publishes, and the file it wrote passes ``govportal validate``. The CMS is
a 5 MB script, so it is loaded once, and the time limits allow for a busy machine.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from govportal.build import build
from govportal.validate import validate
from govportal.site_folder import html_pages
from tests.commands import GOVPORTAL, free_port

WAIT_MS = 120_000  # parsing the CMS takes seconds on an idle machine, a minute on a loaded one
NEW_FILE = "content/services/parks/renew-a-fishing-license.md"


@pytest.fixture
def editor(project: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``govportal edit`` running on the project, until the test ends."""
    port = free_port()
    process = subprocess.Popen([GOVPORTAL, "edit", "--port", str(port)], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/admin/", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)  # the command is still importing; no event to wait on across processes
    yield base, process
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def admin(browser: Browser, editor: tuple[str, subprocess.Popen[str]]) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    tab.goto(f"{editor[0]}/admin/#/collections/services/new", wait_until="commit")
    tab.get_by_role("button", name="Login").click()  # the local backend needs no account
    yield tab
    context.close()


def publish(admin: Page) -> None:
    admin.get_by_role("button", name="Publish", exact=True).click()
    admin.get_by_text("Publish now").click()


def fill_service(admin: Page) -> None:
    admin.get_by_label("Title", exact=True).fill("Renew a fishing license")
    admin.get_by_label("Summary", exact=True).fill("Renew your fishing license online or by phone.")
    for choice in ("Agency", "Topics"):
        admin.get_by_label(choice, exact=True).click()
        admin.get_by_role("option").first.click()
    for name, item in (("Who can use it", "Anyone with a fishing license."), ("What you need", "Your license number")):
        admin.get_by_role("button", name=f"Add {name.lower()}").click()
        admin.get_by_label(name, exact=True).last.fill(item)
    admin.get_by_label("Cost", exact=True).fill("$30")
    admin.get_by_label("Time to complete", exact=True).fill("About 5 minutes.")
    admin.get_by_label("Number (optional)", exact=True).first.fill("(801) 555-0123")  # how_to_apply.phone
    admin.get_by_label("Last reviewed", exact=True).fill("2026-11-20")


def test_service_created_in_the_form_passes_validate(admin: Page, project: Path, editor: tuple[str, subprocess.Popen[str]]) -> None:
    publish(admin)
    expect(admin.get_by_text("Oops, you've missed a required field.")).to_be_visible()
    expect(admin.get_by_text("Title is required.", exact=False)).to_be_visible()
    assert not (project / NEW_FILE).exists()

    fill_service(admin)
    publish(admin)
    expect(admin.get_by_text("Entry saved")).to_be_visible()

    saved = (project / NEW_FILE).read_text(encoding="utf-8")
    assert saved.startswith("---\ntitle: Renew a fishing license\n") and "agency: parks" in saved
    checked = validate(project / "site.yml")
    assert not isinstance(checked, list) and checked.content is not None, checked
    assert "parks/renew-a-fishing-license" in {page.id for page in checked.content.services}
    process = editor[1]
    process.terminate()
    assert f"Saved {NEW_FILE}: no problems found." in process.communicate(timeout=30)[0]


def test_build_publishes_the_editor_when_site_yml_names_the_repository(project: Path) -> None:
    site_yml = project / "site.yml"
    site_yml.write_text(site_yml.read_text() + "repo_url: https://github.com/example-state/portal\nedit_uri: edit/live/content/\n")
    assert build(site_yml).ok
    admin = project / "site" / "admin"
    assert "script-src 'self' 'unsafe-eval';" in unescape((admin / "index.html").read_text())
    config = (admin / "config.yml").read_text()
    assert "repo: example-state/portal" in config and "branch: live" in config
    assert (admin / "decap-cms.js").is_file()
    assert not any("admin" in page.parts for page in html_pages(project / "site")), "the gate checks citizen pages only"
    assert "/admin/" not in (project / "site" / "sitemap.xml").read_text()
