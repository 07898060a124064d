"""Escape by default: a real build where every free-text field of the model, the portal settings
and a plain page's front matter holds hostile markup, and no built page lets any of it through."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from itertools import count
from pathlib import Path
from typing import Any

import pytest
import yaml

from govportal.build import build
from tests.conftest import FIXTURES, NOW, REPO

MARKER = re.compile(r"P(\d+)x")
_numbers = count(1)


# A portal's override (custom_dir) that escapes nothing itself, in single quotes.
FORGETFUL = "<p class='gp-forgot' title='{{ layout.meta.description }}'>{{ layout.meta.description }}</p>\n"


def hostile(n: int) -> str:
    """A value that breaks out of a double- or single-quoted attribute and of text, numbered."""
    return f"P{n}x\"'><script>alert({n})</script><img src=x onerror=alert({n})>&"


def fresh() -> str:
    return hostile(next(_numbers))


def as_markdown(text: str) -> str:
    """The same words as Markdown text, not raw HTML (raw HTML in pages has its own policy)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def hours() -> dict[str, Any]:
    return {"weekdays": "8:00-17:00", "closed_on": [{"date": "2026-12-24", "name": fresh()}]}


def channel_text() -> dict[str, Any]:
    return {"label": fresh(), "response_time": fresh(), "have_ready": [fresh()], "languages": [fresh()]}


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_page(path: Path, front: dict[str, Any], body: str) -> None:
    path.write_text(f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The minimal portal with every text field hostile; returns the site and the values by field."""
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(FIXTURES / "minimal", root / "content")
    shutil.copy(REPO / "site.yml", root / "site.yml")
    override = root / "overrides/partials/govportal/page-footer.html"
    override.parent.mkdir(parents=True)
    override.write_text((REPO / "theme/partials/govportal/page-footer.html").read_text(encoding="utf-8") + FORGETFUL, encoding="utf-8")
    content = root / "content"
    named: dict[str, str] = {}

    def keep(name: str) -> str:
        named[name] = fresh()
        return named[name]

    site = yaml.safe_load((root / "site.yml").read_text())
    site["theme"]["custom_dir"] = "overrides"
    site |= {"site_name": keep("site_name"), "site_description": keep("site_description"), "site_author": fresh(), "copyright": fresh()}
    options = site["plugins"][0]["govportal"]
    options |= {"state_name": fresh(), "official_banner": fresh(), "footer_note": fresh(), "footer_links": [{"title": fresh(), "url": "/privacy/"}]}
    write_yaml(root / "site.yml", site)

    write_yaml(content / "portal.yml", {
        "help_channels": [{"type": "phone", "number": "1-800-555-0100", "hours": {"open_24_7": True}, **channel_text()}],
        "languages": [fresh()],
        "holidays": [{"date": "2026-12-25", "name": fresh()}],
        "top_tasks": ["reserve-a-campsite"],
    })
    write_yaml(content / "topics.yml", {"topics": [{"id": "outdoors", "title": keep("topic_title"), "description": keep("topic_description")}]})
    write_yaml(content / "agencies/parks.yml", {
        "name": keep("agency_name"), "acronym": "DS&P", "description": keep("agency_description"), "parent": fresh(),
        "website": "https://parks.example.gov/",
        "customer_relations": {"name": fresh(), "email": "parks.manager@example.gov", "phone": "(801) 555-0181"},
        "channels": [
            {"type": "phone", "number": "(801) 555-0180", "hours": hours(), **channel_text()},
            {"type": "tty", "number": "711", "hours": hours(), **channel_text()},
            {"type": "email", "address": "parks@example.gov", **channel_text()},
            {"type": "chat", "url": "https://parks.example.gov/chat", "hours": hours(), **channel_text()},
            {"type": "in_person", "address": fresh(), "hours": hours(), "appointment_url": "https://parks.example.gov/visit", **channel_text()},
        ],
        "languages": [fresh()], "standards": [fresh()], "guidelines": {"url": "https://parks.example.gov/service", "text": fresh()},
        "last_reviewed": "2026-10-01",
    })
    form = {
        "id": "camp-1", "title": fresh(), "number": fresh(), "purpose": fresh(), "fee": fresh(), "time_to_complete": fresh(),
        "download": {"url": "https://parks.example.gov/camp-1.pdf", "size_kb": 40},
        "submit_offline": {"mail": fresh(), "in_person": fresh(), "fax": "(801) 555-0182", "phone": "(801) 555-0180"},
        "control_number": {"number": fresh(), "expires": "2027-01-31", "issued_by": fresh()},
        "last_reviewed": "2026-10-01",
    }
    write_page(content / "services/parks/reserve-a-campsite.md", {
        "title": keep("service_title"), "summary": keep("service_summary"), "agency": "parks", "topics": ["outdoors"],
        "who_can_use": [fresh()], "what_you_need": [fresh()], "cost": fresh(), "time_to_complete": fresh(),
        "how_to_apply": {
            "online": {"url": "https://parks.example.gov/reserve", "label": fresh()},
            "phone": {"number": "(801) 555-0180", "notes": fresh()},
            "mail": {"address": fresh(), "notes": fresh()},
            "in_person": {"address": fresh(), "notes": fresh(), "appointment_url": "https://parks.example.gov/visit"},
        },
        "forms": [form],
        "last_reviewed": "2026-10-01",
    }, f"## {as_markdown(keep('service_heading'))}\n\nArrive after 2 p.m.")
    write_page(content / "privacy.md", {"title": keep("page_title"), "description": keep("page_description")}, f"# {as_markdown(fresh())}\n\nWe do not track you.")
    (content / "accessibility.md").write_text(f"# {as_markdown(keep('heading_title'))}\n\nTell us if something does not work.\n", encoding="utf-8")

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOVPORTAL_NOW", NOW)
        report = build(root / "site.yml")
    assert report.ok, [str(f) for f in report.findings]
    return root / "site", named


class _Markup(HTMLParser):
    """Every start tag with its attributes, the text of each <script>, and of headings and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.text: dict[str, list[str]] = {"h1": [], "h2": [], "title": []}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append((tag, values))
        if tag == "script":
            self.scripts.append((values, ""))
        if tag == "script" or tag in self.text:
            self._open.append(tag)
            if tag in self.text:
                self.text[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for tag in self._open:
            if tag == "script":
                values, body = self.scripts[-1]
                self.scripts[-1] = (values, body + data)
            else:
                self.text[tag][-1] += data


def parsed(page: Path) -> _Markup:
    markup = _Markup()
    markup.feed(page.read_text(encoding="utf-8"))
    return markup


def intact(value: str) -> bool:
    """Each hostile value inside ``value`` is whole (or only lost its tags, as <title> does):
    a quote that ended the attribute early would leave the number without what follows."""
    for found in MARKER.finditer(value):
        n = int(found[1])
        rest = value[found.start():]
        if not (rest.startswith(hostile(n)) or rest.startswith(f"P{n}x\"'>alert({n})&")):
            return False
    return True


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_hostile_value_becomes_markup_in_any_page(hostile_site: tuple[Path, dict[str, str]]) -> None:
    site, _ = hostile_site
    assert len(pages(site)) >= 10
    for page in pages(site):
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(site).as_posix()
        assert "<script>alert" not in html and "<img src=x" not in html, name
        assert not re.search(r"&amp;(amp|lt|gt|quot|#)", html), f"{name}: escaped twice"
        markup = parsed(page)
        for tag, attrs in markup.tags:
            assert not [a for a in attrs if a.startswith("on")], f"{name}: <{tag}> has an event handler: {attrs}"
            broken = {a: v for a, v in attrs.items() if not intact(v) or not intact(a)}
            assert not broken, f"{name}: <{tag}> attribute broken by a quote: {broken}"
        for attrs, body in markup.scripts:
            assert "src" in attrs or attrs.get("type") in ("application/ld+json", "application/json"), f"{name}: inline script {body[:80]!r}"
            if attrs.get("type") == "application/ld+json":
                assert intact(json.dumps(json.loads(body), ensure_ascii=False).replace('\\"', '"')), name


def meta(page: Path, name: str) -> str:
    found = [attrs.get("content", "") for tag, attrs in parsed(page).tags if tag == "meta" and (attrs.get("name") == name or attrs.get("property") == name)]
    assert len(found) == 1, (page, name, found)
    return found[0]


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("services/parks/reserve-a-campsite/index.html", "service_summary"),
        ("agencies/parks/index.html", "agency_description"),
        ("privacy/index.html", "page_description"),
        ("accessibility/index.html", "site_description"),
        ("topics/outdoors/index.html", "topic_description"),
    ],
)
def test_meta_description_holds_the_whole_value(hostile_site: tuple[Path, dict[str, str]], path: str, field: str) -> None:
    """The issue's break-out: a quote in a summary or description ended <meta name="description">."""
    site, named = hostile_site
    assert meta(site / path, "description") == named[field]


def test_text_reads_as_written(hostile_site: tuple[Path, dict[str, str]]) -> None:
    """Escaped once: people see the editor's characters, not entities."""
    site, named = hostile_site
    service = parsed(site / "services/parks/reserve-a-campsite/index.html")
    assert [t.strip() for t in service.text["h1"]] == [named["service_title"]]
    assert named["service_heading"] in service.text["h2"]
    agency = parsed(site / "agencies/parks/index.html")
    assert agency.text["h1"][0].startswith(named["agency_name"])
    assert [t.strip() for t in parsed(site / "accessibility/index.html").text["h1"]] == [named["heading_title"]]
    assert meta(site / "index.html", "og:site_name") == named["site_name"]


def test_a_portal_override_that_escapes_nothing_is_escaped(hostile_site: tuple[Path, dict[str, str]]) -> None:
    site, named = hostile_site
    tags = parsed(site / "services/parks/reserve-a-campsite/index.html").tags
    assert [attrs["title"] for tag, attrs in tags if attrs.get("class") == "gp-forgot"] == [named["service_summary"]]
