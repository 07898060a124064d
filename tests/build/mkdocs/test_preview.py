"""``govportal serve`` never lies: a broken save shows its problems on every page, in an open
tab too, no request hangs, and the next good save brings the portal back by itself."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from govportal.validate import validate
from govportal.findings import errors
from govportal.mkdocs.preview import allow_live_reload
from govportal.preview_error import TITLE
from bench.preview_reload import cpu_seconds
from tests.commands import GOVPORTAL, fetch, free_port

Edit = Callable[[Path, str, str], None]
SERVICE = "content/services/parks/reserve-a-campsite.md"
REBUILD_SECONDS = 90  # a rebuild on a busy 2-core machine; the wait ends as soon as the page changes


def _validate_errors(project: Path) -> list[str]:
    checked = validate(project / "site.yml")
    assert not isinstance(checked, list)
    return [str(f) for f in errors(checked.findings)]


@pytest.mark.slow
@pytest.mark.browser
def test_broken_save_shows_its_problems_and_the_next_good_save_recovers(project: Path, edit: Edit, page: Page) -> None:
    port = free_port()
    terminal = project / "terminal.txt"
    with terminal.open("w", encoding="utf-8") as output:
        server = subprocess.Popen([GOVPORTAL, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, stdout=output, stderr=output)
    try:
        base = f"http://127.0.0.1:{port}"
        fetch(f"{base}/services/parks/reserve-a-campsite/", "$25 a night", 60)
        page.goto(f"{base}/services/parks/reserve-a-campsite/")  # a tab the editor keeps open

        edit(project / SERVICE, "cost: $25 a night", "cost:\u00a0$25 a night")
        expected = _validate_errors(project)
        expect(page).to_have_title(re.compile(f"^{TITLE}: 1 problem to fix"), timeout=REBUILD_SECONDS * 1000)  # live reload
        assert page.get_by_role("listitem").all_inner_texts() == expected

        started = time.monotonic()
        with urllib.request.urlopen(f"{base}/agencies/parks/", timeout=5) as response:  # noqa: S310 - loopback only
            fresh = response.read().decode()
        assert time.monotonic() - started < 5
        assert f"<title>{TITLE}: 1 problem to fix</title>" in fresh and "an invisible non-breaking space" in fresh

        edit(project / SERVICE, "cost:\u00a0$25 a night", "cost: $27 a night")
        expect(page.get_by_text("$27 a night")).to_be_visible(timeout=REBUILD_SECONDS * 1000)
    finally:
        server.terminate()
        server.wait(timeout=20)
    printed = terminal.read_text(encoding="utf-8")
    assert [f"error: {line}" for line in expected] == [line for line in printed.splitlines() if line.startswith("error: ")]
    assert "Fixed: the portal builds again and the preview is up to date." in printed


def test_only_the_live_reload_script_is_let_through_the_page_policy() -> None:
    script = b"livereload(1, 2);"
    html = b'<meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39; &#39;report-sample&#39;"><body><p>Hi</p><script>' + script + b"</script></body>"
    digest = base64.b64encode(hashlib.sha256(script).digest())
    assert allow_live_reload(html) == html.replace(b"&#39;self&#39;", b"&#39;self&#39; &#39;sha256-" + digest + b"&#39;")
    assert allow_live_reload(html.replace(b"<script>" + script + b"</script>", b"")) == html.replace(b"<script>" + script + b"</script>", b"")


@pytest.mark.parametrize("watching", [[], ["--poll"]], ids=["told by the system", "polling"])
def test_a_save_renders_the_service_again_and_the_pages_that_list_it(project: Path, edit: Edit, watching: list[str]) -> None:
    """The preview renders only the pages a save changed (govportal.mkdocs.incremental): the
    service's agency page lists it, so must show the new title after each save, as must the page.
    Saves are noticed as the system reports them, or by MkDocs' polling with --poll; either way
    the preview then rests: a build reads every content file, and a file read is not a save."""
    port = free_port()
    server = subprocess.Popen([GOVPORTAL, "serve", "--dev-addr", f"127.0.0.1:{port}", *watching], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        fetch(f"{base}/agencies/parks/", "Reserve a campsite", 60)
        before = "Reserve a campsite"
        for title in ("Book a campsite", "Book a campsite or cabin"):
            edit(project / SERVICE, f"title: {before}\n", f"title: {title}\n")
            saved = fetch(f"{base}/services/parks/reserve-a-campsite/", f"{title}</h1>", REBUILD_SECONDS)
            assert 'rel="canonical"' not in saved  # pages made without the address: see GovportalPlugin.on_nav
            fetch(f"{base}/agencies/parks/", f"{title}</a>", REBUILD_SECONDS)
            before = title
        time.sleep(1)
        resting = cpu_seconds(server.pid)
        time.sleep(3)
        assert cpu_seconds(server.pid) - resting < 0.5  # one build of this portal takes longer than that
    finally:
        server.terminate()
        server.wait(timeout=20)
