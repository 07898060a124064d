"""One pydantic field -> one Decap CMS field: the widget, whether it is required, and its help.

Walks the models' own type annotations, so a field added to a model appears in the editor
without a change here. Types are mapped by what editors write, not by what Python keeps:
a review period (``6 months``) or a day's hours (``8:00-17:00``) is parsed from text, so it is
a text box with the same hint the error message gives.
"""

from __future__ import annotations

import types
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, MinLen
from pydantic import BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from govportal.model.hours import parse_ranges
from govportal.model.review import parse_period

Widget = dict[str, Any]

# Types parsed from text: the editor shows a text box, with the format in the hint and a
# pattern the form checks before saving.
WRITTEN_AS_TEXT: dict[Any, tuple[str, str]] = {
    parse_period: (r"^\s*\d+\s*(day|week|month|year)s?\s*$", "Write it like 6 months, 1 year, 12 weeks or 90 days."),
    parse_ranges: (r"^\s*(closed|\d{1,2}:\d{2}\s*(-|–|to)\s*\d{1,2}:\d{2}(\s*,\s*\d{1,2}:\d{2}\s*(-|–|to)\s*\d{1,2}:\d{2})*)\s*$", "Like 8:00-17:00 (24-hour clock), two ranges as 8:00-12:00, 13:00-17:00, or closed."),
}
# Text that runs to more than a line: a bigger box.
LONG_TEXT = frozenset({"summary", "description", "message", "notes", "address", "text", "purpose", "mail"})
# Words that read better than the field name turned into words.
LABELS = {"url": "Web address", "tty": "TTY", "in_person": "In person", "open_24_7": "Open 24 hours, 7 days a week", "who_can_use": "Who can use it", "e_signature": "E-signature"}
DATE = {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False, "picker_utc": True}
DATE_TIME = {"widget": "datetime", "format": "YYYY-MM-DDTHH:mm", "date_format": "YYYY-MM-DD", "time_format": "HH:mm"}


@dataclass(frozen=True)
class Context:
    """What the fields need beyond the models: choices from the content, help from the scaffolds."""

    choices: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # field name -> [{label, value}]
    help: dict[str, str] = field(default_factory=dict)  # dotted path -> hint
    notes: dict[str, str] = field(default_factory=dict)  # dotted path -> extra words after the hint


def model_fields(model: type[BaseModel], context: Context, path: str = "", skip: frozenset[str] = frozenset(), *, optional: bool = False) -> list[Widget]:
    """The CMS fields of every field of ``model`` (except ``skip``), in the model's order.

    ``optional``: the model is an optional part (``how_to_apply.online``). Decap checks required
    fields of an object even when it is left empty, so none are required in the form there;
    ``govportal validate`` (run after each save by ``govportal edit``) still asks for them.
    """
    return [_field(name, info, context, f"{path}{name}", optional) for name, info in model.model_fields.items() if name not in skip]


def label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def _field(name: str, info: FieldInfo, context: Context, path: str, in_optional: bool) -> Widget:
    optional = _without_none(info.annotation)[0] or not info.is_required() or in_optional
    widget: Widget = {"name": name, "label": label(name)}
    widget |= _widget(name, info.annotation, list(info.metadata), context, path, optional)
    widget["required"] = not optional
    if info.default is True and not in_optional:
        # Unticked would say the opposite of leaving the field out. Not in an optional part:
        # the default alone would make the part exist, and then it lacks its required fields.
        widget["default"] = True
    hint = " ".join(text for text in (context.help.get(path), widget.pop("format_hint", None), context.notes.get(path)) if text)
    if hint:
        widget["hint"] = hint
    return widget


def _without_none(annotation: Any) -> tuple[bool, Any]:
    """``(True, X)`` for ``X | None``; unions of several types other than None stay unions."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(rest) < len(get_args(annotation)):
            return True, rest[0] if len(rest) == 1 else Union[tuple(rest)]
    return False, annotation


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    """The type inside ``Annotated[...]`` layers, with their metadata collected."""
    while get_origin(annotation) is Annotated:
        annotation, *extra = get_args(annotation)
        for item in extra:  # Field(min_length=1) inside Annotated keeps its constraints in .metadata
            metadata = [*metadata, *(item.metadata if isinstance(item, FieldInfo) else [item])]
    optional, inner = _without_none(annotation)
    return (_unwrap(inner, metadata) if optional else (annotation, metadata))


def _widget(name: str, annotation: Any, metadata: list[Any], context: Context, path: str, optional: bool = False) -> Widget:
    annotation, metadata = _unwrap(annotation, metadata)
    for item in metadata:
        if isinstance(item, BeforeValidator) and item.func in WRITTEN_AS_TEXT:
            pattern, hint = WRITTEN_AS_TEXT[item.func]
            return {"widget": "string", "pattern": [pattern, hint], "format_hint": hint}
    if name in context.choices:
        return _choice(name, annotation, context)
    origin = get_origin(annotation)
    if origin in (list, tuple):
        return _list(name, get_args(annotation)[0], metadata, context, path)
    if origin is Literal:
        return {"widget": "select", "options": [str(value) for value in get_args(annotation)]}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = model_fields(annotation, context, f"{path}.", optional=optional)
        return {"widget": "object", "collapsed": False, "fields": fields}
    return _scalar(name, annotation, metadata)


def _scalar(name: str, annotation: Any, metadata: list[Any]) -> Widget:
    if annotation is bool:
        return {"widget": "boolean"}
    if annotation is int:
        minimum = [item.ge for item in metadata if isinstance(item, Ge)]
        return {"widget": "number", "value_type": "int", **({"min": minimum[0]} if minimum else {})}
    if annotation is datetime:
        return dict(DATE_TIME)
    if annotation is date:
        return dict(DATE)
    patterns = [getattr(item, "pattern", None) for item in metadata if getattr(item, "pattern", None)]
    widget: Widget = {"widget": "text" if name in LONG_TEXT else "string"}
    if patterns:
        widget["pattern"] = [patterns[0], "Check the format: see the hint."]
    return widget


def _choice(name: str, annotation: Any, context: Context) -> Widget:
    """A pick from the content (agencies, topics, shared forms); a list of ids picks several."""
    many = get_origin(annotation) in (list, tuple)
    return {"widget": "select", "options": context.choices[name], "multiple": many, **({"min": 1} if many else {})}


def _list(name: str, item: Any, metadata: list[Any], context: Context, path: str) -> Widget:
    if name in context.choices:
        return _choice(name, list[item], context)
    item, item_metadata = _unwrap(item, [])
    minimum = [entry.min_length for entry in metadata if isinstance(entry, MinLen)]
    widget: Widget = {"widget": "list", "collapsed": True, **({"min": minimum[0]} if minimum else {})}
    if get_origin(item) in (Union, types.UnionType):
        return widget | _variants(item, context, path)
    if isinstance(item, type) and issubclass(item, BaseModel):
        return widget | {"fields": model_fields(item, context, f"{path}.")}
    one = {"name": "item", "label": label(name)} | _widget("item", item, item_metadata, context, path)
    one.pop("format_hint", None)
    return widget | {"collapsed": False, "field": one}


def _models(union: Any) -> list[type[BaseModel]]:
    return [arg for arg in (_unwrap(a, [])[0] for a in get_args(union)) if isinstance(arg, type) and issubclass(arg, BaseModel)]


def _type_key(variants: list[type[BaseModel]]) -> str | None:
    """The field every variant fixes to one value (``type: phone``), which says which it is."""
    shared = set.intersection(*(set(model.model_fields) for model in variants))
    for name in sorted(shared):
        if all(get_origin(model.model_fields[name].annotation) is Literal and len(get_args(model.model_fields[name].annotation)) == 1 for model in variants):
            return name
    return None


def _variants(union: Any, context: Context, path: str) -> Widget:
    """A list whose items are of several kinds: Decap's list ``types``, keyed by the kind field.

    A union without such a field (a service's forms: written out in full, or a shared form by
    id) offers its smallest kind, the one editors pick from a list; the rest stay in the file.
    """
    variants = _models(union)
    key = _type_key(variants)
    if key is None:
        smallest = min(variants, key=lambda model: len(model.model_fields))
        return {"fields": model_fields(smallest, context, f"{path}.")}
    kinds = []
    for model in variants:
        kind = get_args(model.model_fields[key].annotation)[0]
        kinds.append({"name": kind, "label": label(kind), "widget": "object", "fields": model_fields(model, context, f"{path}.{kind}.", frozenset({key}))})
    return {"types": kinds, "typeKey": key}

