"""Drop the theme's CSS rules no built page can use, so a phone on a slow network paints sooner.

Material's stylesheet (138 KB) blocks the first paint, and the pages use about a sixth of it.
A selector is kept unless it names a class, id or element found in no page and in none of the
pages' scripts (a script may add a class later, so every word in it counts): the safe side of
PurgeCSS's rule. What is inside ``:not()``, ``:is()`` and other functions is never judged.
At-rules other than ``@media``/``@supports``/``@layer`` (fonts, keyframes, page) are kept whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import tinycss2
from tinycss2.ast import AtRule, Node, QualifiedRule

_WORD = re.compile(rb"[A-Za-z_][\w-]*")
_NESTED = frozenset({"media", "supports", "layer", "container"})


_TAG = re.compile(r"<([a-zA-Z][\w-]*)")
_ATTRIBUTE = re.compile(r"""\s([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def used_names(site: Path, leave: str | None = None) -> set[str]:
    """Every name a selector may need: from each page, and every word of the scripts pages load
    (``src``, or a ``data-`` attribute naming a module to import). Scripts in the folder ``leave``
    are not read: the search index, which Pagefind may still be writing, draws no markup.

    Regular expressions, not an HTML parser: MkDocs writes well-formed attributes, and they read
    a 10,000-page site many times faster; a stray match only keeps a rule."""
    names: set[str] = set()
    scripts: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8", errors="replace")
        names.update(tag.lower() for tag in _TAG.findall(html))
        for name, double, single in _ATTRIBUTE.findall(html):
            value = double or single
            if name in ("class", "id"):
                names.update(value.split())
            elif value.endswith(".js") and "://" not in value:
                # the path as written, not resolved: a resolve() per page cost 0.3 s at 2,000 pages
                scripts.add(os.path.normpath(os.path.join(page.parent, value)))
    left = os.path.join(os.path.normpath(site / leave), "") if leave else None
    for script in scripts:
        if (left is None or not script.startswith(left)) and os.path.isfile(script):
            names.update(w.decode() for w in _WORD.findall(Path(script).read_bytes()))
    return names


# A stylesheet read once into what pruning needs: its rules, each selector with the names it
# needs. Parsing Material's 138 KB sheet is most of the pruning's time and the sheet changes only
# with Material, so the plan can be kept (see prune_site).
_PLAN_FORMAT = 1  # raise when _plan changes what it writes, so older kept plans are not used
_Rule = list[Any]  # ["rule", [selector...], body] | ["nested", "@media screen", [rule...]] | ["kept", text]


def stylesheet_plan(css: str) -> list[_Rule]:
    """``css`` parsed into the rules pruning chooses from, in a form that can be saved as JSON."""
    return [_plan(rule) for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)]


def _plan(rule: Node) -> _Rule:
    if isinstance(rule, QualifiedRule):
        selectors = [(sorted(_needed(s)), tinycss2.serialize(s).strip()) for s in _split_selectors(rule.prelude)]
        return ["rule", selectors, tinycss2.serialize(rule.content)]
    if isinstance(rule, AtRule) and rule.lower_at_keyword in _NESTED and rule.content is not None:
        inner = [_plan(r) for r in tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)]
        return ["nested", f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", inner]
    return ["kept", str(tinycss2.serialize([rule]))]


def prune_stylesheet(css: str, names: set[str]) -> str:
    """``css`` without the selectors that need a name not in ``names``; empty rules go too."""
    return prune_plan(stylesheet_plan(css), names)


def prune_plan(plan: list[_Rule], names: set[str]) -> str:
    """The stylesheet a plan was made from, without what needs a name not in ``names``."""
    return "".join(_pruned(rule, names) for rule in plan)


def _pruned(rule: _Rule, names: set[str]) -> str:
    if rule[0] == "rule":
        selectors = [text for needed, text in rule[1] if names.issuperset(needed)]
        return f"{','.join(selectors)}{{{rule[2]}}}" if selectors else ""
    if rule[0] == "nested":
        inner = prune_plan(rule[2], names)
        return f"{rule[1]}{{{inner}}}" if inner else ""
    return str(rule[1])


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


def prune_site(site: Path, stylesheets: list[Path], cache: Path | None = None, leave: str | None = None) -> dict[str, tuple[int, int]]:
    """Rewrite each stylesheet without unused rules; (bytes before, bytes after) by file name.

    ``cache`` is a folder to keep each stylesheet's plan in, for the next build; ``leave`` as in :func:`used_names`.
    """
    names = used_names(site, leave)
    sizes = {}
    for sheet in stylesheets:
        before = sheet.read_text(encoding="utf-8")
        after = prune_plan(_cached_plan(before, cache), names)
        sheet.write_text(after, encoding="utf-8")
        sheet.with_name(sheet.name + ".map").unlink(missing_ok=True)  # it maps the whole sheet, no longer this one
        sizes[sheet.name] = (len(before.encode()), len(after.encode()))
    return sizes


def _cached_plan(css: str, cache: Path | None) -> list[_Rule]:
    """The plan of ``css`` from ``cache`` when an earlier build made it (same sheet, same parser), else made and kept."""
    if cache is None:
        return stylesheet_plan(css)
    key = hashlib.sha256(f"{_PLAN_FORMAT}|{tinycss2.__version__}|{css}".encode()).hexdigest()
    kept = cache / f"css-plan-{key}.json"
    try:
        plan: list[_Rule] = json.loads(kept.read_text(encoding="utf-8"))
        return plan
    except (OSError, ValueError):
        plan = stylesheet_plan(css)
    cache.mkdir(parents=True, exist_ok=True)
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(plan), encoding="utf-8")
    partial.replace(kept)  # whole or not at all, for a build running beside this one
    return plan
