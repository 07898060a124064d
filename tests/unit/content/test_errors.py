"""pydantic's errors as findings an editor can act on: the field as they wrote it, plain words, short quotes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from govportal.content.errors import excerpt, findings_from, shorten_quoted
from govportal.findings import Finding
from govportal.model.agency import Agency

PATH = "content/agencies/parks.yml"


def findings(model: Any, data: dict[str, Any]) -> list[Finding]:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data, context={"today": date(2026, 11, 23)})
    return findings_from(raised.value, PATH, model)


def test_excerpts_are_one_short_line() -> None:
    assert excerpt("short") == "short"
    assert excerpt("a\n  b") == "a b"
    assert excerpt("x" * 100) == "x" * 59 + "\u2026"
    assert shorten_quoted(f"'{'y' * 100}' is wrong; 'ok' is fine") == f"'{'y' * 59}\u2026' is wrong; 'ok' is fine"


def test_fields_are_named_as_editors_write_them_counting_from_one() -> None:
    found = findings(Agency, {"channels": [{"type": "email", "address": "a@example.gov"}, {"type": "phone", "number": "801-555-0180"}]})
    assert Finding(PATH, "channels[2].hours", "is required but missing; add it (run 'govportal new' to see an example file)") in found
    assert Finding(PATH, "name", "is required but missing; add it (run 'govportal new' to see an example file)") in found


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"channels": [{"type": "fax"}]}, "channels[1]", "'fax' is not a kind of channel; use type: with one of phone, tty, email, chat, in_person"),
        ({"channels": [{"number": "1"}]}, "channels[1]", "add type: with one of phone, tty, email, chat, in_person"),
        ({"languages": "English"}, "languages", "should be a list; write each item on its own line starting with '- '"),
        ({"last_reviewed": "soon"}, "last_reviewed", "'soon' is not a date; write it as YYYY-MM-DD, for example 2026-03-01"),
        ({"webiste": "https://a.gov/"}, "webiste", "is not a field we know; did you mean 'website'? check the spelling or remove it"),
        ({"colour": "blue"}, "colour", "is not a field we know; check the spelling or remove it"),
        ({"draft": "maybe"}, "draft", "should be true or false"),
    ],
)
def test_each_kind_of_mistake_in_plain_words(data: dict[str, Any], field: str, message: str) -> None:
    assert Finding(PATH, field, message) in findings(Agency, data)


def test_a_long_value_is_quoted_as_an_excerpt() -> None:
    found = findings(Agency, {"customer_relations": {"name": "Manager", "phone": "9" * 300}})
    [phone] = [f for f in found if f.field == "customer_relations.phone"]
    assert phone.message.startswith(f"'{'9' * 59}\u2026' is not a phone number we can dial")
