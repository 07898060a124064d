"""YAML as editors expect it to behave.

PyYAML follows YAML 1.1, where ``no`` is false and ``17:30`` is the number 1050.
Editors writing ``languages: [no]`` or ``closes: 17:30`` mean text, so this loader
only treats ``true``/``false`` as booleans and never reads times as base-60 numbers.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


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


class YamlProblem(Exception):
    """The file is not valid YAML; ``where`` says the line to look at."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def parse_yaml(text: str) -> Any:
    """Parse ``text``, turning PyYAML's errors into a line number and a plain message."""
    try:
        return yaml.load(text, Loader=EditorLoader)  # noqa: S506 - EditorLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}" if mark else ""
        problem = exc.problem or "the file is not valid YAML"
        raise YamlProblem(
            line,
            f"{problem}; check indentation and quote text that contains ': ' or starts with a special character",
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("", f"the file is not valid YAML: {exc}") from None


def split_front_matter(text: str) -> tuple[str, str] | None:
    """Split a Markdown file into (front matter YAML, body); ``None`` when there is no front matter."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)(.*)\Z", text, re.S)
    if not match:
        return None
    return match[1] or "", match[2]
