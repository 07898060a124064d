"""Check what editors write below the front matter, the way a reader and a screen reader meet it.

The front matter is checked by the model; the Markdown body was left to chance. This lint names
the line of each problem and what to do, all at once:

- errors (the page would be broken or wrong for someone): links to pages or files that do not
  exist, images without alt text, tables that would show as a paragraph of ``|`` signs, text left
  from the ``govportal new`` template (in the body or in any field);
- warnings (worth fixing, the page still works): ``http://`` links, headings that skip a level or a
  second top-level heading, sections with nothing under their heading.

Unsafe raw HTML is checked by :mod:`govportal.content.html_policy` when the content is loaded.

The body is parsed with markdown-it (CommonMark, with tables), which gives each block its line;
where it reads Markdown differently from Python-Markdown, which renders the pages, the checks
follow Python-Markdown (a table right after a line of text is not a table there).
This module knows nothing of MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from govportal.content.errors import excerpt
from govportal.content.files import FileProblem, read_text
from govportal.content.site_addresses import SiteMap, is_internal, relative_link, resolve
from govportal.content.yamlfile import YamlProblem, parse_yaml, split_front_matter
from govportal.findings import Finding, Severity

DECORATIVE = re.compile(r"^\{:?[^{}\n]*(?<![\w-])\.decorative(?![\w-])[^{}\n]*\}")
_ATTR_LIST = re.compile(r"\s*\{:?[^{}\n]*\}\s*$")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PLACEHOLDER = re.compile(r"\{\w+\}")
# Data files the build writes itself (forms.csv, directory.json, closures.ics, sitemap.xml, robots.txt):
# not in the content folder, so a link to one is left for MkDocs to check.
_BUILT_FILES = (".json", ".csv", ".ics", ".xml", ".txt")


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong on ``line`` of a Markdown body."""

    line: int
    message: str
    severity: Severity = "error"


def parser() -> MarkdownIt:
    """CommonMark with tables, as the pages are rendered (MkDocs always turns tables on)."""
    return MarkdownIt("commonmark").enable("table")


def lint_markdown(body: str, page_src: str, site: SiteMap, first_line: int = 1, top_level: int = 1) -> list[Problem]:
    """Every problem in the Markdown ``body`` of the page ``page_src`` (its path in the content folder).

    ``first_line`` is the file line the body starts on; ``top_level`` is the level of the heading the
    page's template puts above the body (2 for a service page, whose body comes after its own sections).
    """
    tokens = parser().parse(body)
    lines = body.splitlines()
    found = [
        *_link_problems(tokens, page_src, site),
        *_heading_problems(tokens, top_level),
        *_table_problems(tokens, lines),
        *_template_lines(tokens),
    ]
    return sorted({Problem(line + first_line, message, severity) for line, message, severity in found})


def _inline_tokens(tokens: list[Token]) -> Iterator[tuple[int, Token, Token | None]]:
    """Each inline token (link, image, text) with its line in the body and the token after it."""
    for block in tokens:
        if block.type != "inline" or block.map is None or not block.children:
            continue
        line = block.map[0]
        for index, child in enumerate(block.children):
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            following = block.children[index + 1] if index + 1 < len(block.children) else None
            yield line, child, following


def body_links(body: str) -> Iterator[tuple[int, str]]:
    """Every link and image address in a Markdown body, with its line in the body (from 0)."""
    for line, token, _ in _inline_tokens(parser().parse(body)):
        if token.type in ("link_open", "image"):
            yield line, str(token.attrs.get("href" if token.type == "link_open" else "src", ""))


def _link_problems(tokens: list[Token], page_src: str, site: SiteMap) -> Iterator[tuple[int, str, Severity]]:
    for line, token, following in _inline_tokens(tokens):
        if token.type == "image":
            url = str(token.attrs.get("src", ""))
            if not token.content.strip() and not (following is not None and following.type == "text" and DECORATIVE.match(following.content)):
                yield line, _no_alt(url), "error"
        elif token.type == "link_open":
            url = str(token.attrs.get("href", ""))
        else:
            continue
        if url.lower().startswith("http://"):
            yield line, f"the link '{excerpt(url)}' uses http://, which is not private or safe; use https:// if the site has it", "warning"
        elif is_internal(url) and (message := _broken(url, page_src, site, "image" if token.type == "image" else "link")):
            yield line, message, "error"


def _no_alt(url: str) -> str:
    return (
        f"the image '{excerpt(url, 40)}' has no alt text, so people who cannot see it miss it; say what it shows "
        f"between the brackets, ![like this]({excerpt(url, 40)}), or if it is only decoration write ![]({excerpt(url, 40)}){{: .decorative }}"
    )


def _broken(url: str, page_src: str, site: SiteMap, what: str) -> str | None:
    """What is wrong with an internal link, or ``None`` when it leads to a page or file."""
    target = resolve(url, page_src, site)
    if target.source is not None or not site.complete or target.address.endswith(_BUILT_FILES):
        return None
    nearest = site.nearest(target.address)
    if nearest is None:
        return f"the {what} '{excerpt(url)}' leads to no page or file of this site; check the address"
    as_file = url.split("#")[0].split("?")[0].endswith(".md")
    suggestion = relative_link(site.by_address[nearest], page_src) if as_file else nearest
    return f"the {what} '{excerpt(url)}' leads to no page or file of this site; did you mean '{suggestion}'?"


def _heading_problems(tokens: list[Token], top_level: int) -> Iterator[tuple[int, str, Severity]]:
    """Levels that skip one (h2 then h4), a second top-level heading, and headings with nothing under them."""
    previous, top_seen = top_level, False
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        level, line, text = int(token.tag[1]), token.map[0], excerpt(_ATTR_LIST.sub("", tokens[index + 1].content), 40)
        if level == 1 and (top_level > 1 or top_seen):
            yield line, f"'{text}' is a second top-level heading (#): the page has its title already; use ## for it", "warning"
        elif level > previous + 1:
            yield line, f"the heading '{text}' jumps from level {previous} to level {level}, so it looks like a section is missing; write it with {'#' * (previous + 1)}", "warning"
        top_seen, previous = top_seen or level == 1, level
        after = next((t for t in tokens[index + 3 :] if t.level == 0 and t.nesting >= 0), None)  # after heading_open, inline, heading_close
        if after is None or after.type == "heading_open" and int(after.tag[1]) <= level:
            yield line, f"the section '{text}' is empty: nothing is written under its heading; add text or remove the heading", "warning"


def _table_problems(tokens: list[Token], lines: list[str]) -> Iterator[tuple[int, str, Severity]]:
    """Pipes that will show as text: a table with no header row, or one right after a line of text."""
    for token in tokens:
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "table_open" and start > 0 and lines[start - 1].strip():
            yield start, "this table comes right after a line of text, so it shows as text; put an empty line before it", "error"
        elif token.type == "paragraph_open" and _looks_like_table(lines[start:end]):
            yield start, "this looks like a table but has no header row, so it shows as one paragraph of | signs; put the column names first and a line like | --- | --- | under them", "error"


def _looks_like_table(lines: list[str]) -> bool:
    """A row written like ``| a | b |``, or two or more lines that each have a ``|`` (outside code)."""
    rows = [_CODE_SPAN.sub("", line).replace("\\|", "") for line in lines]
    return any(_TABLE_ROW.match(row) and row.count("|") >= 2 for row in rows) or len(rows) > 1 and all("|" in row for row in rows)


def _template_lines(tokens: list[Token]) -> Iterator[tuple[int, str, Severity]]:
    """Paragraphs left as the template wrote them."""
    examples = scaffold_examples().body
    for token in tokens:
        if token.type == "inline" and token.map is not None and _normal(token.content) in examples:
            yield token.map[0], f"'{excerpt(token.content, 40)}' is the example text from the template; replace it with what people need to know", "error"


@dataclass(frozen=True)
class ScaffoldExamples:
    """Example values of the ``govportal new`` templates that no real page would keep."""

    values: frozenset[str]
    body: frozenset[str]


@cache
def scaffold_examples() -> ScaffoldExamples:
    """Read from the templates themselves, so a new example there is caught at once. A value counts
    when it says "example" (``Do an example thing``, ``Example Agency``): generic ones such as
    ``Free`` or ``6 months`` are fine to keep."""
    folder = resources.files("govportal.content").joinpath("scaffolds")
    values: set[str] = set()
    body: set[str] = set()
    for name in ("service.md", "agency.yml"):
        text = _PLACEHOLDER.sub("x", folder.joinpath(name).read_text(encoding="utf-8"))
        front, rest = split_front_matter(text) or (text, "")
        values |= {_normal(v) for _, v in text_fields(parse_yaml(front)) if "example" in v.lower()}
        body |= {_normal(t.content) for t in parser().parse(rest) if t.type == "inline"}
    return ScaffoldExamples(frozenset(values), frozenset(body))


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def text_fields(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text value in ``data`` with its field, written as in other messages (``channels[2].address``)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from text_fields(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for number, value in enumerate(data, start=1):
            yield from text_fields(value, f"{path}[{number}]")
    elif isinstance(data, str):
        yield path, data


def scaffold_leftovers(data: Any) -> Iterator[tuple[str, str]]:
    """Fields whose value is still the template's example, with the value."""
    examples = scaffold_examples().values
    for field, value in text_fields(data):
        if _normal(value) in examples:
            yield field, value


@dataclass(frozen=True)
class ContentFile:
    """One editor's file as the lint reads it: its fields (front matter or YAML) and Markdown body."""

    name: str  # as editors see it: content/services/dmv/renew.md
    src: str  # its path in the content folder: services/dmv/renew.md
    data: Any  # the fields; None when there are none or they cannot be read (loading reports that)
    body: str = ""
    first_line: int = 1  # the file line the body starts on

    @property
    def is_service(self) -> bool:
        return self.src.startswith("services/") and self.src.endswith(".md")


def content_files(docs_dir: Path) -> Iterator[ContentFile]:
    """Every Markdown page and YAML file under ``docs_dir``; files that cannot be read are skipped
    (symbolic links, not UTF-8, too big): loading the content reports them."""
    for path in sorted([*docs_dir.rglob("*.md"), *docs_dir.rglob("*.yml"), *docs_dir.rglob("*.yaml")]):
        text = _text(path)
        if text is None:
            continue
        name, src = str(path.relative_to(docs_dir.parent)), path.relative_to(docs_dir).as_posix()
        if path.suffix != ".md":
            yield ContentFile(name, src, _data(text))
            continue
        front, body = split_front_matter(text) or ("", text)
        yield ContentFile(name, src, _data(front, 2), body, text.count("\n", 0, len(text) - len(body)) + 1)


def lint_content(docs_dir: Path, generated: Iterable[str] | None) -> list[Finding]:
    """Lint every Markdown page, service and agency under ``docs_dir``; ``generated`` lists the pages
    govportal adds (``agencies/dmv/index.md``...), ``None`` when unknown."""
    site = SiteMap.of([*_published_files(docs_dir), *(generated or [])], complete=generated is not None)
    found: list[Finding] = []
    for file in content_files(docs_dir):
        if file.is_service or file.src.startswith("agencies/"):
            found += _leftover_findings(file.name, file.data)
        if file.src.endswith(".md"):
            problems = lint_markdown(file.body, file.src, site, file.first_line, top_level=2 if file.is_service else 1)
            found += [Finding(file.name, f"line {p.line}", p.message, p.severity) for p in problems]
    return found


def _published_files(docs_dir: Path) -> Iterator[str]:
    """The files MkDocs publishes as they are or as pages: all but data (YAML) and hidden files."""
    for path in docs_dir.rglob("*"):
        relative = path.relative_to(docs_dir).as_posix()
        if path.is_file() and path.suffix not in (".yml", ".yaml") and not any(part.startswith(".") for part in relative.split("/")):
            yield relative


def _leftover_findings(name: str, data: Any) -> list[Finding]:
    """Template examples left in a file; only warnings in a draft, which is never published."""
    draft = isinstance(data, dict) and (data.get("draft") is True or data.get("status") == "draft")
    return [
        Finding(name, field, f"is still the template's example '{excerpt(value, 40)}'; write the real one", "warning" if draft else "error")
        for field, value in scaffold_leftovers(data)
    ]


def _text(path: Path) -> str | None:
    if path.is_symlink():
        return None
    try:
        return read_text(path)
    except (FileProblem, OSError):
        return None


def _data(text: str, first_line: int = 1) -> Any:
    try:
        return parse_yaml(text, first_line)
    except YamlProblem:
        return None
