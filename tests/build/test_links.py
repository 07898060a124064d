"""Links in editors' Markdown, end to end: site addresses build, wrong ones are named before the
build, unedited templates fail, and links to other sites are checked against a real local server."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from govportal.build import build
from govportal.validate import Validated, validate
from govportal.cli import main
from govportal.content.external_links import Checked, Limits, check_links, read_cache, write_cache
from govportal.content.scaffold import new_agency, new_service

Edit = Callable[[Path, str, str], None]
SERVICE = "content/services/parks/reserve-a-campsite.md"


def checked(project: Path) -> Validated:
    result = validate(project / "site.yml")
    assert isinstance(result, Validated)
    return result


def test_links_written_as_site_addresses_or_files_build(project: Path, edit: Edit) -> None:
    edit(project / SERVICE, "Arrive after 2 p.m.", "Arrive after 2 p.m. Read [our privacy policy](/privacy/), see [the parks](/agencies/parks)\nor [this page](reserve-a-campsite.md).")
    edit(project / "content/privacy.md", "We do not track you.", "We do not track you. [Reserve a campsite](/services/parks/reserve-a-campsite/), [ask](/services/parks/reserve-a-campsite/#contact).")
    report = build(project / "site.yml")
    assert report.ok, report.findings
    service = (project / "site/services/parks/reserve-a-campsite/index.html").read_text(encoding="utf-8")
    assert 'href="../../../privacy/"' in service and 'href="../../../agencies/parks/"' in service and 'href="./"' in service
    privacy = (project / "site/privacy/index.html").read_text(encoding="utf-8")
    assert 'href="../services/parks/reserve-a-campsite/"' in privacy and 'href="../services/parks/reserve-a-campsite/#contact"' in privacy  # an anchor the template draws


def test_wrong_links_and_other_body_problems_stop_the_build_with_the_line(project: Path, edit: Edit) -> None:
    edit(project / SERVICE, "Arrive after 2 p.m.", "Arrive after 2 p.m.\n\nSee [the agency](/agencies/park/) and [old](http://parks.example.gov/).\n\n![](map.png)")
    report = build(project / "site.yml")
    assert not report.ok and report.staging is None  # nothing was rendered
    assert [str(f) for f in report.findings if f.path == SERVICE] == [
        f"{SERVICE}: line 21: the link '/agencies/park/' leads to no page or file of this site; did you mean '/agencies/parks/'?",
        f"{SERVICE}: line 21: the link 'http://parks.example.gov/' uses http://, which is not private or safe; use https:// if the site has it",
        f"{SERVICE}: line 23: the image 'map.png' has no alt text, so people who cannot see it miss it; say what it shows between the brackets, ![like this](map.png), or if it is only decoration write ![](map.png){{: .decorative }}",
        f"{SERVICE}: line 23: the image 'map.png' leads to no page or file of this site; check the address",
    ]


def test_an_unedited_template_fails_validate(project: Path) -> None:
    docs = project / "content"
    new_agency(docs, "libraries", date(2026, 11, 1))
    service = new_service(docs, "libraries", "get-a-library-card", date(2026, 11, 1))
    placeholder = service.read_text(encoding="utf-8").splitlines().index("Write anything else people need to know here, in plain words. Use ## for headings.") + 1
    result = CliRunner().invoke(main, ["validate", "--config", str(project / "site.yml")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "error: content/agencies/libraries.yml: name: is still the template's example 'Example Agency'; write the real one" in lines
    assert "error: content/services/libraries/get-a-library-card.md: title: is still the template's example 'Do an example thing'; write the real one" in lines
    assert any(line.startswith(f"error: content/services/libraries/get-a-library-card.md: line {placeholder}: 'Write anything else") for line in lines)


class _Site(http.server.BaseHTTPRequestHandler):
    """A small web site: /ok works, /gone is gone, /no-head refuses HEAD but answers GET."""

    def do_HEAD(self) -> None:  # http.server's name
        self._answer(405 if self.path == "/no-head" else None)

    def do_GET(self) -> None:  # http.server's name
        self._answer(None)

    def _answer(self, status: int | None) -> None:
        # Noted before answering: once answered, the client may look at the list before this thread
        # gets to run again (it did, on a loaded machine).
        self.server.hits.append(f"{self.command} {self.path}")  # type: ignore[attr-defined]
        self.send_response(status or {"/ok": 200, "/no-head": 200, "/moved": 301}.get(self.path, 404))
        if self.path == "/moved":
            self.send_header("Location", "/ok")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # the base class's name; quiet in tests
        pass


@pytest.fixture
def site() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on a free local port, its address and the requests it got."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.hits = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server.hits  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def test_external_links_are_checked_cached_and_bounded(site: tuple[str, list[str]], tmp_path: Path) -> None:
    base, hits = site
    silent = socket.create_server(("127.0.0.1", 0))  # accepts connections and never answers
    hang = f"http://127.0.0.1:{silent.getsockname()[1]}/"
    urls = [f"{base}/ok", f"{base}/gone", f"{base}/no-head", f"{base}/moved", hang]
    cache: dict[str, Checked] = {}
    with silent:
        answers = check_links(urls, Limits(timeout=0.5, workers=4), cache, now=1000.0)
    assert {url: (a.ok, a.status) for url, a in answers.items()} == {
        f"{base}/ok": (True, 200), f"{base}/gone": (False, 404), f"{base}/no-head": (True, 200), f"{base}/moved": (True, 200), hang: (False, None),
    }
    assert "timed out" in answers[hang].reason and answers[f"{base}/gone"].reason == "404: the page is not there"
    assert sorted(hits) == ["GET /gone", "GET /no-head", "GET /ok", "HEAD /gone", "HEAD /moved", "HEAD /no-head", "HEAD /ok"]
    write_cache(tmp_path / "links.json", answers)
    cached = read_cache(tmp_path / "links.json")
    hits.clear()
    again = check_links(urls[:3], Limits(max_age=60), cached, now=1030.0)
    assert hits == [] and again == {url: answers[url] for url in urls[:3]}  # fresh answers come from the cache
    check_links([f"{base}/ok"], Limits(max_age=60), cached, now=2000.0)
    assert hits == ["HEAD /ok"]  # an old answer is asked again


def test_links_command_names_each_place_of_a_broken_link(project: Path, edit: Edit, site: tuple[str, list[str]]) -> None:
    base, _ = site
    edit(project / SERVICE, "Arrive after 2 p.m.", f"Arrive after 2 p.m. See [the map]({base}/ok) and [rules]({base}/gone).")
    for path in (project / SERVICE, project / "content/agencies/parks.yml"):  # every link leads to the local server, none to the web
        path.write_text(path.read_text(encoding="utf-8").replace("https://parks.example.gov/", f"{base}/gone?"), encoding="utf-8")
    result = CliRunner().invoke(main, ["links", "--external", "--config", str(project / "site.yml"), "--timeout", "2"])
    assert result.exit_code == 1, result.output
    assert f"error: content/agencies/parks.yml: website: the link '{base}/gone?' does not work (404: the page is not there); fix the address or remove the link" in result.stderr
    assert f"error: {SERVICE}: line 19: the link '{base}/gone' does not work (404: the page is not there); fix the address or remove the link" in result.stderr
    assert "error: content/agencies/parks.yml: guidelines.url: the link" in result.stderr
    assert result.stdout.endswith("do not.\n") and "Checked 5 addresses to other sites: 1 work, 4 do not." in result.stdout
    assert (project / ".govportal/links.json").is_file()
