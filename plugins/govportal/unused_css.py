"""Drop the theme's CSS rules no built page can use, so a phone on a slow network paints sooner.

Material's stylesheet (138 KB) blocks the first paint, and the pages use about a sixth of it.
A selector is kept unless it names a class, id or element found in no page and in none of the
pages' scripts (a script may add a class later, so every word in it counts): the safe side of
PurgeCSS's rule. What is inside ``:not()``, ``:is()`` and other functions is never judged.
At-rules other than ``@media``/``@supports``/``@layer`` (fonts, keyframes, page) are kept whole.
"""

from __future__ import annotations

import re
from pathlib import Path

import tinycss2
from tinycss2.ast import AtRule, Node, QualifiedRule

_WORD = re.compile(rb"[A-Za-z_][\w-]*")
_NESTED = frozenset({"media", "supports", "layer", "container"})


_TAG = re.compile(r"<([a-zA-Z][\w-]*)")
_ATTRIBUTE = re.compile(r"""\s([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def used_names(site: Path) -> set[str]:
    """Every name a selector may need: from each page, and every word of the scripts pages load
    (``src``, or a ``data-`` attribute naming a module to import).

    Regular expressions, not an HTML parser: MkDocs writes well-formed attributes, and they read
    a 10,000-page site many times faster; a stray match only keeps a rule."""
    names: set[str] = set()
    scripts: set[Path] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8", errors="replace")
        names.update(tag.lower() for tag in _TAG.findall(html))
        for name, double, single in _ATTRIBUTE.findall(html):
            value = double or single
            if name in ("class", "id"):
                names.update(value.split())
            elif value.endswith(".js") and "://" not in value:
                scripts.add((page.parent / value).resolve())
    for script in scripts:
        if script.is_file():
            names.update(w.decode() for w in _WORD.findall(script.read_bytes()))
    return names


def prune_stylesheet(css: str, names: set[str]) -> str:
    """``css`` without the selectors that need a name not in ``names``; empty rules go too."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "".join(_prune(rule, names) for rule in rules)


def _prune(rule: Node, names: set[str]) -> str:
    if isinstance(rule, QualifiedRule):
        selectors = [s for s in _split_selectors(rule.prelude) if _needed(s) <= names]
        return f"{','.join(tinycss2.serialize(s).strip() for s in selectors)}{{{tinycss2.serialize(rule.content)}}}" if selectors else ""
    if isinstance(rule, AtRule) and rule.lower_at_keyword in _NESTED and rule.content is not None:
        inner = "".join(_prune(r, names) for r in tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
        return f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}" if inner else ""
    return str(tinycss2.serialize([rule]))


def _split_selectors(prelude: list[Node]) -> list[list[Node]]:
    parts: list[list[Node]] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def _needed(selector: list[Node]) -> set[str]:
    """Classes, ids and element names the selector requires, outside functions such as ``:not()``."""
    needed: set[str] = set()
    previous: Node | None = None
    for token in selector:
        if token.type == "ident":
            after_dot = previous is not None and previous.type == "literal" and previous.value == "."
            after_colon = previous is not None and previous.type == "literal" and previous.value == ":"
            if after_dot or not after_colon:
                needed.add(token.value if after_dot else token.value.lower())
        elif token.type == "hash":
            needed.add(token.value)
        previous = token
    return needed


def prune_site(site: Path, stylesheets: list[Path]) -> dict[str, tuple[int, int]]:
    """Rewrite each stylesheet without unused rules; (bytes before, bytes after) by file name."""
    names = used_names(site)
    sizes = {}
    for sheet in stylesheets:
        before = sheet.read_text(encoding="utf-8")
        after = prune_stylesheet(before, names)
        sheet.write_text(after, encoding="utf-8")
        sheet.with_name(sheet.name + ".map").unlink(missing_ok=True)  # it maps the whole sheet, no longer this one
        sizes[sheet.name] = (len(before.encode()), len(after.encode()))
    return sizes
