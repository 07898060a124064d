"""CMS fields made from the content models: widgets, labels, required flags and help, by field type."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from govportal.editor.fields import DATE, Context, label, model_fields


class Part(BaseModel):
    name: str
    notes: str | None = None


class Example(BaseModel):
    title: str
    summary: str
    url: str | None = None
    kind: Literal["online", "in_person"] = "online"
    count: Annotated[int, Field(ge=1)] = 1
    reviewed: date | None = None
    steps: list[str] = []
    part: Part | None = None
    agency: str = ""


def fields(context: Context = Context()) -> dict[str, dict[str, object]]:
    return {str(f["name"]): f for f in model_fields(Example, context)}


def test_labels_are_words() -> None:
    assert (label("who_can_use"), label("url"), label("last_reviewed")) == ("Who can use it", "Web address", "Last reviewed")


def test_each_field_in_the_model_s_order_with_its_required_flag() -> None:
    made = fields()
    assert list(made) == ["title", "summary", "url", "kind", "count", "reviewed", "steps", "part", "agency"]
    assert made["title"].get("required", True) is True and made["url"]["required"] is False
    assert made["summary"]["widget"] == "text" and made["title"]["widget"] == "string"  # long text gets a box
    assert {k: made["reviewed"][k] for k in DATE} == DATE


def test_choices_and_help_come_from_the_context() -> None:
    made = fields(Context(choices={"agency": [{"label": "Parks", "value": "parks"}]}, help={"title": "What people call it."}))
    assert made["agency"]["widget"] == "select" and made["agency"]["options"] == [{"label": "Parks", "value": "parks"}]
    assert made["title"]["hint"] == "What people call it."


def test_an_optional_part_requires_nothing_inside() -> None:
    part = fields()["part"]
    assert part["widget"] == "object" and part["required"] is False
    assert all(f.get("required") is False for f in part["fields"])  # type: ignore[attr-defined]
