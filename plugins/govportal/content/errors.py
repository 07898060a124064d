"""Turn pydantic's validation errors into findings an editor can act on.

A message quotes at most a short excerpt of a value: a value can be a megabyte long,
and the message is for finding the mistake, not for reading the value back.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from govportal.findings import Finding
from govportal.model.agency import CHANNEL_TYPES
from govportal.model.form import FORM_TAGS

_PLAIN = {
    "missing": "is required but missing; add it (run 'govportal new' to see an example file)",
    "string_type": "should be text",
    "list_type": "should be a list; write each item on its own line starting with '- '",
    "model_type": "should be a group of fields, each on its own indented line",
    "model_attributes_type": "should be a group of fields, each on its own indented line",
    "dict_type": "should be a group of fields, each on its own indented line",
    "bool_type": "should be true or false",
    "bool_parsing": "should be true or false",
    "date_type": "should be a date written as YYYY-MM-DD, for example 2026-03-01",
    "date_parsing": "should be a date written as YYYY-MM-DD, for example 2026-03-01",
    "date_from_datetime_parsing": "should be a date written as YYYY-MM-DD, for example 2026-03-01",
    "too_short": "needs at least one item",
}


EXCERPT_CHARS = 60


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """``value`` as text, cut to ``limit`` characters with an ellipsis; one line."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def shorten_quoted(message: str) -> str:
    """Cut every 'quoted value' in ``message`` to an excerpt (messages quote values in '...')."""
    return re.sub(rf"'([^'\n]{{{EXCERPT_CHARS + 1},}})'", lambda m: f"'{excerpt(m[1])}'", message)


def _shorten(message: str, value: object) -> str:
    """Cut the value a model's validator wrote into its message, even one with quotes inside."""
    if len(message) > 4 * EXCERPT_CHARS:
        text = str(value)
        if len(text) > EXCERPT_CHARS:
            message = message.replace(text, excerpt(text))
    return shorten_quoted(message)


def _field_path(loc: tuple[str | int, ...]) -> str:
    """``('channels', 0, 'phone', 'number')`` -> ``channels[1].number`` (items count from 1)."""
    parts: list[str] = []
    previous: str | int | None = None
    for part in loc:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{part + 1}]"]
        elif isinstance(previous, int) and (part in CHANNEL_TYPES or part in FORM_TAGS):
            pass  # the name pydantic gives a kind of channel or form; editors do not write it
        else:
            parts.append(part)
        previous = part
    return ".".join(parts)


def _known_names(models: Iterable[type[BaseModel]]) -> set[str]:
    names: set[str] = set()
    seen: set[type[BaseModel]] = set()
    todo = list(models)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        names.update(model.model_fields)
        for info in model.model_fields.values():
            todo.extend(_models_in(info.annotation))
    return names


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(_models_in(arg))
    for meta in getattr(annotation, "__metadata__", ()) or ():
        found.extend(_models_in(meta))
    return found


def _unknown_field(name: str, model: type[BaseModel]) -> str:
    # A name known elsewhere in the file (url is a field of downloads) is not a useful guess here.
    close = difflib.get_close_matches(name, sorted(_known_names([model]) - {name}), n=1, cutoff=0.7)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"is not a field we know; {hint}check the spelling or remove it"


def _message(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    if kind == "govportal":
        return str(error["msg"])
    if kind == "extra_forbidden":
        return _unknown_field(str(error["loc"][-1]), model)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        found = error.get("ctx", {}).get("tag", "")
        choices = ", ".join(CHANNEL_TYPES)
        return f"'{found}' is not a kind of channel; use type: with one of {choices}" if found else f"add type: with one of {choices}"
    if kind == "literal_error":
        return f"must be one of {error.get('ctx', {}).get('expected', '')}"
    return _PLAIN.get(kind, str(error["msg"]))


def findings_from(exc: ValidationError, path: str, model: type[BaseModel]) -> list[Finding]:
    """One finding per problem pydantic reported in the file at ``path``."""
    found = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        found.append(Finding(path, _field_path(loc), _shorten(_message(dict(error), model), error.get("input"))))
    return found
