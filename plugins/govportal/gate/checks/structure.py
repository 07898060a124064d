"""Page structure: one h1, a title, a language; titles unique across the site."""

from __future__ import annotations

from collections import defaultdict

from typing import Any

from govportal.gate.checks import Where
from govportal.i18n import language_of_path
from govportal.gate.issues import Issue
from govportal.rules import rule


def check_structure(info: dict[str, Any], where: Where) -> tuple[list[Issue], str]:
    """The issues in ``__gp.structure()``'s facts of a page, and its title (for the site-wide uniqueness check)."""
    found: list[Issue] = []
    if not info["lang"]:
        found.append(where.issue("html-lang", "html", "add lang=\"en\" (or the page's language) to <html>", per_viewport=False))
    if not info["title"]:
        found.append(where.issue("page-title", "title", "the page has no title", per_viewport=False))
    headings = info["h1"]
    if len(headings) != 1:
        message = "the page has no h1 heading" if not headings else f"the page has {len(headings)} h1 headings; keep one and make the others h2"
        found.append(where.issue("one-h1", ", ".join(headings[1:2]) or "body", message, per_viewport=False))
    return found, info["title"]


def duplicate_titles(titles: dict[str, str]) -> list[Issue]:
    """Pages of one language sharing a title: each is reported with the other pages that use it.
    A page and its translation may share one (an agency's name is often not translated): they are
    told apart by their language, which the page and its hreflang links say."""
    by_title: dict[tuple[str, str], list[str]] = defaultdict(list)
    for page, title in titles.items():
        if title:
            by_title[(language_of_path(page), title)].append(page)
    found = []
    details = rule("page-title")
    for (_, title), pages in by_title.items():
        for page in pages if len(pages) > 1 else []:
            others = ", ".join(p or "/" for p in pages if p != page)
            found.append(Issue("page-title", page, "", "title", f"the title '{title}' is also used by {others}", details.severity, details.help_url))
    return found
