"""What HTML editors may write in Markdown pages: one allowlist, checked and enforced.

Markdown passes raw HTML through as written, so a page could run a script, frame another
site, collect what people type, or hide text with a style. The allowlist below is used twice:

- :func:`check_markdown` runs at ``govportal validate`` (so before every build) and names the
  line of anything the allowlist does not allow, so the editor fixes the page;
- :func:`sanitise` runs on every rendered page body and removes it with Ammonia (``nh3``), so
  nothing unsafe is published even if validation was skipped or missed a Markdown corner.

A page that validates comes out of the sanitiser with the same elements, attributes and
text; only the spelling of the markup may change (``<br />`` becomes ``<br>``).
This module knows nothing of MkDocs.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import nh3
from markdown.extensions.attr_list import get_attrs_and_remainder

from govportal.content.errors import excerpt

TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
})
_CELL = frozenset({"colspan", "rowspan", "headers"})
ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"class", "id", "title", "lang", "dir"}),
    "a": frozenset({"href", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "td": _CELL,
    "th": _CELL | {"scope", "abbr"},
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "li": frozenset({"value"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
    "details": frozenset({"open"}),
}
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
URL_SCHEMES = frozenset({"https", "http", "mailto", "tel"})

_REASONS = {
    "it runs code in visitors' browsers": {"script", "noscript", "template", "svg", "math"},
    "it shows another site or a plug-in inside the page": {"iframe", "frame", "frameset", "object", "embed", "applet", "portal"},
    "it collects what people type outside the approved forms services; link to the form instead": {
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output",
    },
    "it changes how the whole page looks or behaves": {"style", "link", "meta", "base", "html", "head", "body", "title"},
}
_TAG_REASONS = {tag: reason for reason, tags in _REASONS.items() for tag in tags}
_SCHEME_REASONS = {
    "javascript": "javascript: addresses run code",
    "vbscript": "vbscript: addresses run code",
    "data": "data: addresses can carry a whole page or a script",
}
_ANY_ATTRIBUTE = frozenset().union(*ATTRIBUTES.values())  # where Markdown, not the editor, picks the element

# Markdown the checker skips (code, autolinks) or reads (links, attribute lists), and HTML
# start tags. Every pattern is linear: a megabyte of brackets or backticks must not stall a build.
_FENCE_LINE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})(.*)$", re.M)
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>")
_AUTOMAIL = re.compile(r"<[^<> !]+@[^@<> ]+>")
_LINK_URL = re.compile(r"\]\([ \t]*<?((?:[^\s()<>]|\([^\s()<>]*\))+)")
_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)", re.M)
_ATTR_LIST = re.compile(r"\{:?[ ]*([^{}\n ][^{}\n]*)\}")
_TAG_NAME = re.compile(r"<([A-Za-z][^\s/<>]*+)")
_ATTRIBUTE = re.compile(r"""[\s/]*+([^\s"'<>/=]++)(?:\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'<>]++)))?""")
_TAG_END = re.compile(r"\s*+/?>")

Spans = Callable[[str], Iterator[tuple[int, int]]]  # (start, end) of each piece of a text


@dataclass(frozen=True, order=True)
class HtmlProblem:
    """Something on ``line`` of a Markdown file that the allowlist refuses."""

    line: int
    message: str


def check_markdown(text: str, first_line: int = 1) -> list[HtmlProblem]:
    """Every refused tag, attribute and address in ``text``; ``first_line`` is its line in the file.

    Code (in backticks or fenced) is text, not HTML, and is skipped.
    """
    source = _blank(_code_spans, _blank(_fenced_blocks, text))
    found = [*_markdown_problems(source), *_tag_problems(_blank(_matches(_AUTOMAIL), _blank(_matches(_AUTOLINK), source)))]
    newlines = [m.start() for m in re.finditer("\n", text)]
    return sorted({HtmlProblem(bisect.bisect(newlines, index) + first_line, message) for index, message in found})


def sanitise(body: str) -> str:
    """``body`` (HTML rendered from Markdown) with everything outside the allowlist removed."""
    return _CLEANER.clean(body)


def _blank(spans: Spans, text: str) -> str:
    """``text`` with each span replaced by spaces, so line numbers stay right."""
    parts, done = [], 0
    for start, end in spans(text):
        parts += [text[done:start], re.sub(r"[^\n]", " ", text[start:end])]
        done = end
    return "".join([*parts, text[done:]])


def _matches(pattern: re.Pattern[str]) -> Spans:
    return lambda text: (m.span() for m in pattern.finditer(text))


def _fenced_blocks(text: str) -> Iterator[tuple[int, int]]:
    """From a fence line (three or more ` or ~) to the next fence line that closes it."""
    opened: tuple[int, str] | None = None
    for line in _FENCE_LINE.finditer(text):
        if opened is None:
            opened = (line.start(), line[1])
        elif line[1][0] == opened[1][0] and len(line[1]) >= len(opened[1]) and not line[2].strip():
            yield opened[0], line.end()
            opened = None


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """A run of backticks opens a code span that the next run of the same length in the same
    paragraph closes (CommonMark's rule); a run that nothing closes is plain text."""
    starts = [0, *(m.end() for m in _BLANK_LINE.finditer(text))]
    ends = [*(m.start() for m in _BLANK_LINE.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        runs = [m.span() for m in _BACKTICKS.finditer(text, start, end)]
        closing: dict[int, int] = {}  # run -> the next run of the same length
        later: dict[int, int] = {}  # length -> the nearest run of that length seen from the end
        for index in range(len(runs) - 1, -1, -1):
            length = runs[index][1] - runs[index][0]
            if length in later:
                closing[index] = later[length]
            later[length] = index
        index = 0
        while index < len(runs):
            if index in closing:
                yield runs[index][0], runs[closing[index]][1]
                index = closing[index] + 1
            else:
                index += 1


def _markdown_problems(text: str) -> Iterator[tuple[int, str]]:
    """Links, images and attribute lists written in Markdown rather than HTML, by position."""
    written = [(m.start(1), _link_attribute(text, m.start()), html.unescape(m[1])) for m in _LINK_URL.finditer(text)]
    written += [(m.start(1), "href", html.unescape(m[1])) for p in (_REFERENCE, _AUTOLINK) for m in p.finditer(text)]
    for match in _ATTR_LIST.finditer(text):
        attrs, _ = get_attrs_and_remainder(match[1])
        # Only name=value: a bare word is '.class', '#id' or, more often, text in braces.
        written += [(match.start(), name.lower(), value) for name, value in attrs if value is not None and name not in (".", "id")]
    for index, name, value in written:
        for message in _attribute_problems("", name, value):
            yield index, message


def _link_attribute(text: str, bracket: int) -> str:
    """``src`` for an image (``![alt](...)``), else ``href``; looks back a little way only."""
    opening = text.rfind("[", max(0, bracket - 500), bracket)
    return "src" if opening > 0 and text[opening - 1] == "!" else "href"


def _tag_problems(text: str) -> Iterator[tuple[int, str]]:
    """Every start tag, comment, declaration and processing instruction, read left to right with
    ``str.find`` and anchored patterns, so each character is looked at a bounded number of times.
    (``html.parser`` takes seconds on a few kilobytes of ``<a <a <a``.)"""
    index = text.find("<")
    while index >= 0:
        index, found = _markup_at(text, index)
        yield from found
        index = text.find("<", index)


def _markup_at(text: str, index: int) -> tuple[int, list[tuple[int, str]]]:
    """Where reading goes on after the ``<`` at ``index``, and what is wrong there."""
    if text.startswith("<!--", index):
        end = text.find("-->", index + 4)  # comments are removed from the page, whatever they say
        return (len(text) if end < 0 else end + 3), []
    if text.startswith(("<!", "<?"), index):
        end = text.find(">", index, index + 200)
        shown = excerpt(text[index : end + 1 if end >= 0 else index + 30], 30)
        return index + 2, [(index, f"{shown} is not HTML we allow in pages; remove it")]
    tag = _TAG_NAME.match(text, index)
    if tag is None:
        return index + 1, []
    attributes: list[tuple[str, str | None]] = []
    position = tag.end()
    while (attribute := _ATTRIBUTE.match(text, position)) is not None:
        value = next((v for v in attribute.group(2, 3, 4) if v is not None), None)
        attributes.append((attribute[1].lower(), None if value is None else html.unescape(value)))
        position = attribute.end()
    closed = _TAG_END.match(text, position)
    if closed is None:
        return tag.end(), []  # not a tag: Markdown shows the '<' as text
    return closed.end(), [(index, message) for message in _start_tag_problems(tag[1].lower(), attributes)]


def _start_tag_problems(tag: str, attributes: list[tuple[str, str | None]]) -> Iterator[str]:
    if tag not in TAGS:
        reason = _TAG_REASONS.get(tag)
        if reason:
            yield f"<{tag}> is not allowed in pages: {reason}; remove it"
        else:
            yield f"<{tag}> is not HTML we allow in pages; use Markdown, or see 'HTML in pages' in README.md for what is allowed"
        return
    for name, value in attributes:
        yield from _attribute_problems(tag, name, value)


def _attribute_problems(tag: str, name: str, value: str | None) -> Iterator[str]:
    """What is wrong with one attribute; ``tag`` is "" when Markdown decides the element."""
    shown = name if value is None else f'{name}="{excerpt(value, 40)}"'
    allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, frozenset()) if tag else _ANY_ATTRIBUTE
    if name.startswith("on"):
        yield f"{shown} is not allowed: it runs code when someone uses the page; remove it"
    elif name == "style":
        yield f"{shown} is not allowed: styles can hide text from some readers or show it only to others; use Markdown, or a class the theme defines"
    elif name == "markdown":
        return  # Python-Markdown's md_in_html switch, read and removed by Markdown itself
    elif name not in allowed:
        yield f"{shown} is not an attribute we allow{f' on <{tag}>' if tag else ''}; remove it"
    elif name in URL_ATTRIBUTES and value and (scheme := _scheme(value)) not in URL_SCHEMES | {None}:
        reason = _SCHEME_REASONS.get(scheme or "", "only https:, http:, mailto: and tel: addresses, and pages on this site, are allowed")
        yield f"{shown} is not allowed: {reason}; link to an https:// address or a page on this site"


def _scheme(url: str) -> str | None:
    """The scheme a browser would see: it ignores spaces and control characters inside it."""
    match = re.match(r"([a-z][a-z0-9+.-]*):", re.sub(r"[\x00-\x20]+", "", url).lower())
    return match[1] if match else None


# Table alignment from Markdown's tables extension is the one style kept.
_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style"},
    attributes={tag: set(names | ({"style"} if tag in ("td", "th") else set())) for tag, names in ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    filter_style_properties={"text-align"},
    link_rel=None,
    strip_comments=True,
)
