"""Help text for the editor's fields, read from the comments in the ``govportal new`` scaffolds.

The scaffolds (``content/scaffolds/service.md`` and ``agency.yml``) already explain each field
in plain words, right above it. Reading them here keeps one text for both ways of editing.
A comment block belongs to the key on the line after it; a blank line ends a block.
Fields inside list items are keyed without the index, and by the item's ``type`` when it has
one (``channels.tty.number``), since the same field can mean something else per type.
"""

from __future__ import annotations

import re
from importlib import resources

_KEY = re.compile(r"^(?P<indent>\s*)(?P<dash>-\s+)?(?P<key>[a-z_][a-z0-9_]*):(?P<value>.*)$")
_PLACEHOLDER = re.compile(r"\s*:?\s*\{[a-z_]+\}")


def scaffold_text(name: str) -> str:
    return resources.files("govportal.content").joinpath("scaffolds", name).read_text(encoding="utf-8")


def field_help(text: str) -> dict[str, str]:
    """``{"title": "Start with a verb...", "channels.tty.number": "711 connects..."}`` from a scaffold.

    An optional field may be shown commented out (``# owner: Example Agency web team``): the
    comments above it are its help, and those of the next commented-out fields too
    (``# draft: true``, ``# publish_on: ...`` share one explanation).
    """
    found: dict[str, str] = {}
    comments: list[str] = []
    after_example = False  # the last line was a commented-out field
    stack: list[tuple[int, str]] = []  # (indent of the key, path segment)
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            said = stripped[1:]
            example = _example(said)
            if example is not None:
                if comments and not said.startswith("  "):  # top-level: a field of its own
                    found.setdefault(example, _clean(" ".join(comments)))
            else:
                comments = [said.strip()] if after_example else [*comments, said.strip()]
            after_example = example is not None
            continue
        after_example = False
        match = _KEY.match(line)
        if match is None:
            comments = []
            continue
        path = _place(stack, match)
        if comments:
            found.setdefault(path, _clean(" ".join(comments)))
        comments = []
    return found


def _example(said: str) -> str | None:
    """The field name when a comment is a commented-out field, not words that happen to
    start with one (``forms: allowed_hosts in site.yml. Every form...``)."""
    match = _KEY.match(said.strip())
    if match is None or ". " in match["value"].split(" #")[0]:
        return None
    return match["key"]


def _place(stack: list[tuple[int, str]], match: re.Match[str]) -> str:
    """The dotted path of the key on this line; ``stack`` keeps the keys it is nested in."""
    column = len(match["indent"])  # a new list item ends everything of the item before it
    while stack and stack[-1][0] >= column:
        stack.pop()
    key = match["key"]
    parent = ".".join(segment for _, segment in stack)
    if match["dash"] and key == "type":  # a list item of one type: its fields are keyed by it
        stack.append((column, match["value"].strip()))
        return f"{parent}.type" if parent else "type"
    stack.append((column + len(match["dash"] or ""), key))
    return f"{parent}.{key}" if parent else key


def _clean(comment: str) -> str:
    """Placeholders such as ``{topic_ids}`` are filled by ``govportal new``; the editor lists choices itself."""
    return _PLACEHOLDER.sub("", comment).strip()
