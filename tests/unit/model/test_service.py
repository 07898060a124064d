"""A service's front matter: a one-sentence summary and always a way to apply without the internet."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from govportal.model.service import Service


def service(**changes: Any) -> Service:
    data = {
        "title": "Reserve a campsite",
        "summary": "Reserve a campsite in a state park.",
        "agency": "parks",
        "topics": ["outdoors"],
        "who_can_use": "Anyone 18 or older.",
        "what_you_need": ["A credit or debit card"],
        "cost": "$25 a night",
        "time_to_complete": "About 5 minutes.",
        "how_to_apply": {"online": {"url": "https://parks.example.gov/reserve"}, "phone": {"number": "801-555-0180"}},
        "last_reviewed": "2026-10-01",
    }
    return Service.model_validate(data | changes, context={"today": date(2026, 11, 23)})


def errors_of(**changes: Any) -> list[tuple[tuple[object, ...], str]]:
    with pytest.raises(ValidationError) as raised:
        service(**changes)
    return [(e["loc"], e["msg"]) for e in raised.value.errors()]


def test_one_item_written_as_text_is_a_list_of_one() -> None:
    campsite = service()
    assert campsite.who_can_use == ["Anyone 18 or older."]
    assert campsite.how_to_apply.online is not None and campsite.how_to_apply.online.label == "Apply online"
    assert campsite.how_to_apply.phone is not None and campsite.how_to_apply.phone.number == "(801) 555-0180"


def test_online_only_is_refused() -> None:
    assert errors_of(how_to_apply={"online": {"url": "https://parks.example.gov/reserve"}}) == [
        (("how_to_apply",), "add at least one way to apply without the internet: phone, mail or in_person")
    ]


@pytest.mark.parametrize(
    ("summary", "message"),
    [
        ("Reserve a campsite. Pay online.", "write the summary as one sentence; move the rest into the page text"),
        ("x" * 201, "is 201 characters long; keep the summary under 200 characters"),
    ],
)
def test_the_summary_is_one_short_sentence(summary: str, message: str) -> None:
    assert errors_of(summary=summary) == [(("summary",), message)]


def test_every_mistake_is_reported_at_once() -> None:
    found = errors_of(topics=[], agency="Parks", cost="  ", last_reviewed="2027-01-01")
    assert [place for place, _ in found] == [("agency",), ("topics",), ("cost",), ("last_reviewed",)]
