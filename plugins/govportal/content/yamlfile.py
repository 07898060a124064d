"""YAML as editors expect it to behave.

PyYAML follows YAML 1.1, where ``no`` is false and ``17:30`` is the number 1050.
Editors writing ``languages: [no]`` or ``closes: 17:30`` mean text, so this loader
only treats ``true``/``false`` as booleans and never reads times as base-60 numbers.

Anchors and aliases (``&name``, ``*name``) are refused rather than bounded: editors'
files have no need for them, and nine lines of them ("billion laughs") expand into a
billion values that validation and error messages would walk. Refusing is checked on
the parsed node graph, before any value is built, so it costs one pass over the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from govportal.content.files import FileProblem, read_text
from govportal.content.yaml_mistakes import diagnose


# libyaml's C parser when PyYAML has it (it reads front matter about 10x faster);
# the resolvers below are Python either way, so both behave the same.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class EditorLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """SafeLoader with YAML 1.2 booleans and no sexagesimal numbers."""


EditorLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9_]*)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?$", "-+0123456789"),
):
    EditorLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


ALIASES = "uses a YAML anchor (&) or alias (*); govportal does not read them, because a few of them can expand into billions of values: write each value out in full"


class YamlProblem(Exception):
    """The file is not valid YAML; ``where`` says the line (and column) to look at."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def read_yaml(path: Path, loader_class: type[yaml.SafeLoader] = EditorLoader) -> Any:
    """A whole YAML file, with the same bounds as content (size, UTF-8, no aliases)."""
    try:
        return load_yaml(read_text(path), loader_class)
    except FileProblem as problem:
        raise YamlProblem("", problem.message) from None


def parse_yaml(text: str, first_line: int = 1) -> Any:
    """Parse an editor's YAML; ``first_line`` is the file line ``text`` starts on, for messages."""
    return load_yaml(text, EditorLoader, first_line)


def load_yaml(text: str, loader_class: type[yaml.SafeLoader] = EditorLoader, first_line: int = 1) -> Any:
    """Parse ``text`` with a SafeLoader subclass, refusing aliases; PyYAML's errors become
    a :class:`YamlProblem` with the line and column of the mistake and a plain message."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node, first_line)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mistake = diagnose(text, exc)
        raise YamlProblem(f"line {mistake.line + first_line}, column {mistake.column + 1}", mistake.message) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("", f"the file is not valid YAML: {exc}") from None
    except RecursionError:  # PyYAML's pure-Python composer recurses once per level
        raise YamlProblem("", "is nested too deeply to read; use fewer levels of indentation or brackets") from None
    finally:
        loader.dispose()


def _refuse_aliases(root: yaml.Node, first_line: int) -> None:
    """An alias makes a node appear twice in the graph; report the first, in document order."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            raise YamlProblem(f"line {node.start_mark.line + first_line}", ALIASES)
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            todo.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                todo += [value, key]


def split_front_matter(text: str) -> tuple[str, str] | None:
    """Split a Markdown file into (front matter YAML, body); ``None`` when there is no front matter."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)(.*)\Z", text, re.S)
    if not match:
        return None
    return match[1] or "", match[2]
