"""Spell out acronyms on first use: the portal's glossary and the page's agency acronym.

People who do not know "DMV" or "WIC" should not have to guess (WCAG 3.1.4, plain
language). The first use on a page, in the main content, becomes
``Expansion (<abbr title="Expansion">TERM</abbr>)``: the words are visible to everyone,
including touch, keyboard and screen reader users who never see a ``title`` tooltip, and
the ``<abbr>`` tells the gate's acronym check the term is defined. Where the editor already
wrote the expansion next to the term ("Division of Motor Vehicles (DMV)", "WIC stands for
..."), only the ``<abbr>`` is added.

The HTML is the one the portal's own templates and sanitiser wrote, so it is split into
tags and text with a regular expression rather than parsed and written out again, which
would change markup the gate and the tests rely on. Headings, links, buttons, labels,
code and existing ``<abbr>`` elements are left alone: an expansion there would make them
long or change what they say.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from html import escape

from govportal.i18n import N_
from govportal.model.portal import PortalContent
from govportal.model.translation import SOURCE_LANGUAGE

_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>", re.S)
_SKIP = frozenset({
    "a", "abbr", "address", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "label", "option",
    "pre", "samp", "script", "select", "style", "svg", "textarea", "title", "var",
})
# Text marked with its own language (lang="en" on English left untranslated on a Spanish page)
# is left alone too: a spelling-out in the page's language would put two languages in one part.
_OTHER_LANGUAGE = re.compile(r"\slang=", re.I)
_MAIN = re.compile(r"<main\b[^>]*>(.*)</main>", re.S)
_DEFINED = re.compile(r"<abbr\b[^>]*\btitle=\"[^\"]+\"[^>]*>\s*([^<]+?)\s*</abbr>")


# How a term is spelled out on first use. Translated, it says the letters come from the English
# name: "Departamento de Salud (DOH, por sus siglas en inglés)".
SPELLED_OUT = N_("%(expansion)s (%(abbr)s)")


def page_terms(content: PortalContent, agency_id: str | None) -> dict[str, str]:
    """Terms to spell out on a page: the glossary, and the acronym of the agency it belongs to.
    In a translated portal only the agency's, by its name there: the glossary is written in English."""
    terms = content.glossary.expansions() if content.language == SOURCE_LANGUAGE else {}
    agency = content.agencies.get(agency_id or "")
    if agency is not None and agency.acronym:
        terms[agency.acronym] = agency.name  # the agency's own name wins on its pages
    return terms


def expand_in_main(page: str, terms: Mapping[str, str], spelled_out: str = SPELLED_OUT) -> str:
    """``page`` with the first use of each term in ``<main>`` spelled out (the whole text if there is no main)."""
    found = _MAIN.search(page)
    if found is None:
        return expand_first_use(page, terms, spelled_out)
    return page[: found.start(1)] + expand_first_use(found[1], terms, spelled_out) + page[found.end(1) :]


def expand_first_use(html: str, terms: Mapping[str, str], spelled_out: str = SPELLED_OUT) -> str:
    """``html`` with the first use of each term outside headings, links and code spelled out,
    in the words of ``spelled_out`` (``%(expansion)s`` and ``%(abbr)s``)."""
    pending = {escape(term): expansion for term, expansion in terms.items()}
    for defined in _DEFINED.findall(html):
        pending.pop(defined, None)  # the editor marked it up already
    if not pending:
        return html
    pattern = re.compile(r"(?<![\w&-])(" + "|".join(map(re.escape, sorted(pending, key=len, reverse=True))) + r")(?![\w-])")
    if pattern.search(html) is None:
        return html  # most pages: no term anywhere, so no need to walk the tags
    parts: list[str] = []
    open_skips: Counter[str] = Counter()
    done = 0
    for tag in _TAG.finditer(html):
        if not pending:
            break  # every term spelled out: the rest is as it is
        text = html[done : tag.start()]
        parts += [text if open_skips.total() else _expand(text, pattern, pending, parts, spelled_out), tag[0]]
        done = tag.end()
        name = (tag[2] or "").lower()
        if tag[0].endswith("/>"):
            continue
        if tag[1]:
            open_skips[name] = max(open_skips[name] - 1, 0)
        elif name in _SKIP or open_skips[name] or _OTHER_LANGUAGE.search(tag[0]):
            open_skips[name] += 1  # inside one, count its kind's nesting to find where it ends
    tail = html[done:]
    parts.append(tail if open_skips.total() else _expand(tail, pattern, pending, parts, spelled_out))
    return "".join(parts)


def _expand(text: str, pattern: re.Pattern[str], pending: dict[str, str], before: list[str], spelled_out: str) -> str:
    """Spell out the terms still ``pending`` in one text node, each once."""
    if not pending or not text.strip():
        return text

    def first_use(match: re.Match[str]) -> str:
        term = match[1]
        expansion = pending.pop(term, None)
        if expansion is None:
            return term
        abbr = f'<abbr title="{escape(expansion)}">{term}</abbr>'
        near = _plain_tail(before) + text[: match.start() + 300]  # the editor spelled it out next to it
        written_out = escape(expansion).lower() in near.lower()
        if written_out:
            return abbr
        in_brackets = text[match.start() - 1 : match.start()] == "(" and text[match.end() : match.end() + 1] == ")"
        return f"{escape(expansion)}, {abbr}" if in_brackets else spelled_out % {"expansion": escape(expansion), "abbr": abbr}

    return pattern.sub(first_use, text)


def _plain_tail(parts: list[str], length: int = 300) -> str:
    """The last few hundred characters of text before this node, tags removed."""
    return _TAG.sub("", "".join(parts[-8:]))[-length:]
