"""Read what the static checks need from a built HTML file, without a browser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class PageFacts:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # href of <a> and <area>
    assets: list[str] = field(default_factory=list)  # stylesheets, scripts, images
    govportal: bool = False  # built by govportal (<meta name="govportal">)
    title: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._in_title = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.facts.title += data

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(name):
                self.facts.ids.add(values[name])
        if tag in ("a", "area") and "href" in values:
            self.facts.links.append(values["href"])
        elif tag == "link" and "stylesheet" in values.get("rel", "").split() and values.get("href"):
            self.facts.assets.append(values["href"])
        elif tag in ("script", "img") and values.get("src"):
            self.facts.assets.append(values["src"])
        elif tag == "meta" and values.get("name") == "govportal":
            self.facts.govportal = True
        elif tag == "title":
            self._in_title = True


def read_page(html: str) -> PageFacts:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.facts
