"""Checks over the built folder, no browser needed: links and anchors, tel/mailto, page weight."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from email_validator import EmailNotValidError, validate_email

from govportal.gate.html import PageFacts, read_page
from govportal.gate.issues import Issue
from govportal.rules import rule
from govportal.site_folder import page_url

_ORIGIN = "http://site.invalid/"
_TEL = re.compile(r"^tel:(?:\+[0-9][0-9().\-]{6,}|[0-9]{3})(?:;ext=[0-9]+)?$")
_TEXT_ASSET = (".html", ".css", ".js", ".svg", ".json")


def target_file(site: Path, url_path: str) -> Path | None:
    """The file a site path is served from, as a static web server would choose it."""
    candidate = site / unquote(url_path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


class SiteFiles:
    """The built folder, read once: each page's ids, links and assets."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self._facts: dict[Path, PageFacts] = {}
        self._sizes: dict[Path, int] = {}
        self._targets: dict[str, Path | None] = {}  # most links (menu, footer) repeat on every page

    def facts(self, file: Path) -> PageFacts:
        if file not in self._facts:
            self._facts[file] = read_page(file.read_text(encoding="utf-8", errors="replace"))
        return self._facts[file]

    def check_links(self, file: Path) -> list[Issue]:
        here = page_url(file, self.site)
        found = []
        for href in self.facts(file).links:
            problem = self._link_problem(here, href)
            if problem:
                rule_id, message = problem
                details = rule(rule_id)
                found.append(Issue(rule_id, here, "", f'a[href="{href}"]', message, details.severity, details.help_url))
        return found

    def _link_problem(self, here: str, href: str) -> tuple[str, str] | None:
        if href.startswith("tel:"):
            return None if _TEL.match(href) else ("bad-tel", f"'{href}' is not a number a phone can dial; write tel:+1-801-555-0123")
        if href.startswith("mailto:"):
            return self._mailto_problem(href)
        absolute = urljoin(_ORIGIN + here, href)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not absolute.startswith(_ORIGIN):
            return None  # another site, or a scheme browsers handle themselves
        if parts.path not in self._targets:
            self._targets[parts.path] = target_file(self.site, parts.path)
        target = self._targets[parts.path]
        if target is None:
            return "broken-link", f"'{href}' leads to a page that does not exist"
        if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in self.facts(target).ids:
            return "broken-anchor", f"'{href}' points to #{parts.fragment}, which is not on that page"
        return None

    @staticmethod
    def _mailto_problem(href: str) -> tuple[str, str] | None:
        address = unquote(href[len("mailto:") :].split("?")[0])
        try:
            for one in address.split(","):
                validate_email(one.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            return "bad-mailto", f"'{href}' is not a valid email link: {exc}"
        return None

    def check_weight(self, file: Path, budget_kb: int) -> list[Issue]:
        here = page_url(file, self.site)
        total = self._transfer_size(file)
        for target in self.assets_of(file):
            total += self._transfer_size(target)
        if total <= budget_kb * 1024:
            return []
        details = rule("page-weight")
        message = f"the first visit transfers {total / 1024:.0f} KB (HTML, CSS, JavaScript and images, text compressed); the budget is {budget_kb} KB"
        return [Issue("page-weight", here, "", "html", message, details.severity, details.help_url)]


    def assets_of(self, file: Path) -> list[Path]:
        """The site's own files a page loads (stylesheets, scripts, images)."""
        here = page_url(file, self.site)
        found = []
        for asset in self.facts(file).assets:
            absolute = urljoin(_ORIGIN + here, asset)
            target = target_file(self.site, urlsplit(absolute).path) if absolute.startswith(_ORIGIN) else None
            if target is not None:
                found.append(target)
        return found

    def _transfer_size(self, file: Path) -> int:
        """Bytes sent for a file, text compressed as any web server would."""
        if file not in self._sizes:
            data = file.read_bytes()
            self._sizes[file] = len(gzip.compress(data, 6)) if file.suffix in _TEXT_ASSET else len(data)
        return self._sizes[file]
