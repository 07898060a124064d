"""Fingerprints and translation records: what makes a translation stale, and what does not."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from govportal.model.translation import (
    SERVICE_TEXT,
    Translation,
    TranslationFields,
    field_name,
    fingerprint,
    split_language,
    text_fields,
)

SERVICE = {
    "title": "Renew your license",
    "agency": "dmv",
    "topics": ["driving"],
    "who_can_use": ["You are 21 or older."],
    "how_to_apply": {"phone": {"number": "(801) 555-0111", "notes": "Call before 10 a.m."}},
}


def test_text_fields_are_what_people_read_in_file_order() -> None:
    found = [(field_name(path), text) for path, text in text_fields(SERVICE, SERVICE_TEXT)]
    assert found == [("title", "Renew your license"), ("who_can_use[1]", "You are 21 or older."), ("how_to_apply.phone.notes", "Call before 10 a.m.")]


def test_an_editors_save_without_changes_keeps_the_fingerprint() -> None:
    fields = list(text_fields(SERVICE, SERVICE_TEXT))
    assert fingerprint(fields, "Line one.\n\nLine two.\n") == fingerprint(fields, "\r\nLine one.   \r\n\r\nLine two.\r\n\r\n")


def test_a_changed_word_or_number_changes_the_fingerprint() -> None:
    before = fingerprint(list(text_fields(SERVICE, SERVICE_TEXT)), "Body.")
    reworded = {**SERVICE, "who_can_use": ["You are 18 or older."]}
    assert fingerprint(list(text_fields(reworded, SERVICE_TEXT)), "Body.") != before
    assert fingerprint(list(text_fields(SERVICE, SERVICE_TEXT)), "Body!") != before


def test_fields_not_translated_do_not_count() -> None:
    moved = {**SERVICE, "how_to_apply": {"phone": {"number": "(801) 555-0199", "notes": "Call before 10 a.m."}}}
    assert fingerprint(list(text_fields(moved, SERVICE_TEXT))) == fingerprint(list(text_fields(SERVICE, SERVICE_TEXT)))


@pytest.mark.parametrize(("translated_from", "stale"), [("abcdef012345", False), ("0123456789ab", True), (None, True)])
def test_stale_when_the_fingerprints_differ_or_nobody_marked_it(translated_from: str | None, stale: bool) -> None:
    record = Translation("es", "services/dmv/renew.es.md", "services/dmv/renew.md", "abcdef012345", translated_from)
    assert record.stale is stale


def test_a_fingerprint_of_digits_only_is_read_as_text() -> None:
    assert TranslationFields.model_validate({"translated_from": 123456789012}).translated_from == "123456789012"


def test_a_fingerprint_nobody_wrote_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a fingerprint govportal wrote"):
        TranslationFields.model_validate({"translated_from": "yesterday"})


def test_language_part_of_a_file_name() -> None:
    assert split_language("renew-license.es") == ("renew-license", "es")
    assert split_language("renew-license") == ("renew-license", None)
