"""The theme's components and their examples (theme/components/<name>/examples.yml), GOV.UK
Frontend style: the same examples drive the render test (tests/unit/theme) and the axe run
(tests/browser/theme). Each example gives the fields of the typed view the component's template
reads (govportal.pages.views), validated by pydantic into that dataclass, so an example cannot
drift from what the build hands the template."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml
from jinja2 import Environment
from mkdocs.theme import Theme
from mkdocs.utils import get_theme_dir
from markupsafe import escape
from pydantic import BaseModel, ConfigDict, TypeAdapter, model_validator

from govportal.pages.script_text import script_text

THEME = Path(get_theme_dir("govportal"))
COMPONENTS = THEME / "components"
PLACE = "<!-- component -->"  # where the component goes in its example's surroundings


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    view: Any  # the view's fields; validated against the component's view type
    shows: list[str] = []  # markup the rendered example must contain
    hides: list[str] = []  # markup it must not


class ExamplesFile(BaseModel):
    """One examples.yml: which view the template reads, where, and the examples."""

    model_config = ConfigDict(extra="forbid")

    view: str  # dotted path of the view type: govportal.pages.views.site.LiveHelp
    many: bool = False  # the template reads a tuple of them
    reads: str | None = None  # where the template finds the view: layout.live_help
    macro: str | None = None  # or the macro it is passed to: contact_card
    around: str = f'<div class="md-content"><article class="md-content__inner md-typeset">{PLACE}</article></div>'
    examples: dict[str, Example]

    @model_validator(mode="after")
    def _one_way_in(self) -> ExamplesFile:
        if (self.reads is None) == (self.macro is None):
            raise ValueError("give either reads (a context path) or macro (a macro name)")
        if PLACE not in self.around:
            raise ValueError(f"around must mark the component's place with {PLACE}")
        return self


@dataclass(frozen=True)
class Case:
    """One example of one component, ready to render."""

    component: str
    name: str
    spec: ExamplesFile
    example: Example

    @property
    def id(self) -> str:
        return f"{self.component}: {self.name}"

    def view(self) -> object:
        module, _, name = self.spec.view.rpartition(".")
        kind: Any = getattr(importlib.import_module(module), name)
        return TypeAdapter(tuple[kind, ...] if self.spec.many else kind).validate_python(self.example.view)

    def unknown_fields(self) -> list[str]:
        """Fields the example gives that its view does not have (pydantic ignores them in a dataclass)."""
        return _unknown(self.view(), self.example.view, "view")

    def render(self, template: str | None = None) -> str:
        """The component's markup for this example, as the build draws it (``template``: another
        file that should draw the same, such as the partial portals override)."""
        template = template or f"components/{self.component}/{self.component}.html"
        if self.spec.macro is not None:
            source = f'{{% from "{template}" import {self.spec.macro} with context %}}{{{{ {self.spec.macro}(view) }}}}'
            context: dict[str, object] = {"view": self.view()}
        else:
            source = f'{{% include "{template}" %}}'
            context = _nested(self.spec.reads or "", self.view())
        return theme_env().from_string(source).render(page=None, base_url="", **context)

    def page(self, stylesheet: str, script: str) -> str:
        """A minimal page with the example in its usual surroundings, and the real stylesheet and script."""
        body = self.spec.around.replace(PLACE, self.render())
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{self.id}</title>'
            f"<style>{stylesheet}</style></head><body dir=\"ltr\">{body}<script data-gp-text=\"{escape(script_text('en'))}\">{script}</script></body></html>"
        )


@cache
def theme_env() -> Environment:
    """The theme's Jinja environment (govportal over Material), escaping as the build does (GovportalPlugin.on_env)."""
    env = Theme(name="govportal").get_env()
    env.autoescape = True
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]  # English, as the build installs per page
    return env


def components() -> list[str]:
    return sorted(p.parent.name for p in COMPONENTS.glob("*/examples.yml"))


@cache  # each example of a component is a test case: read its file once, not once per example
def spec(component: str) -> ExamplesFile:
    text = (COMPONENTS / component / "examples.yml").read_text(encoding="utf-8")
    return ExamplesFile.model_validate(yaml.safe_load(text))


def cases() -> list[Case]:
    return [Case(name, example_name, spec(name), example) for name in components() for example_name, example in spec(name).examples.items()]


def _nested(path: str, value: object) -> dict[str, object]:
    """``layout.live_help`` and a value: the context in which the template finds it there."""
    first, *rest = path.split(".")
    for key in reversed(rest):
        value = SimpleNamespace(**{key: value})
    return {first: value}


def _unknown(value: object, given: object, where: str) -> list[str]:
    if is_dataclass(value) and isinstance(given, dict):
        names = {f.name for f in fields(value)}
        extra = [f"{where}.{key}" for key in given if key not in names]
        return extra + [found for key in given if key in names for found in _unknown(getattr(value, key), given[key], f"{where}.{key}")]
    if isinstance(value, tuple) and isinstance(given, list):
        return [found for i, (item, raw) in enumerate(zip(value, given)) for found in _unknown(item, raw, f"{where}[{i}]")]
    return []
