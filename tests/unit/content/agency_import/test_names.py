"""Agency names: one agency under two spellings, acronyms in brackets, ids for file names."""

from __future__ import annotations

import pytest

from govportal.content.agency_import.names import name_key, slug, split_acronym


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dept. of Parks & Recreation", "Department of Parks and Recreation"),
        ("The Board of Elections", "board of elections"),
        ("Office of Tourism", "Office  of  Tourism."),
        ("Caf\u00e9 Licensing Office", "Cafe Licensing Office"),
    ],
)
def test_two_spellings_of_one_agency_share_a_key(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


def test_different_agencies_keep_different_keys() -> None:
    assert name_key("Department of Parks") != name_key("Department of Parking")
    assert name_key("Theatre Board") == "theatre board"  # "The" is dropped only as a word


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Administration for Children and Families (ACF)", ("Administration for Children and Families", "ACF")),
        ("Parks & Recreation (P&R)", ("Parks & Recreation", "P&R")),
        ("Office of Tourism (see note)", ("Office of Tourism (see note)", None)),
        ("  Office of Tourism ", ("Office of Tourism", None)),
    ],
)
def test_an_acronym_in_brackets_is_split_off(name: str, parts: tuple[str, str | None]) -> None:
    assert split_acronym(name) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Department of Parks & Recreation", "department-of-parks-recreation"),
        ("  Caf\u00e9 / Food Licensing ", "cafe-food-licensing"),
        ("Office of the Commissioner of Agriculture and Food Safety for the State", "office-of-the-commissioner-of-agriculture-and-food-safety"),
    ],
)
def test_ids_are_lowercase_ascii_words_cut_at_a_word(text: str, expected: str) -> None:
    assert slug(text) == expected
    assert len(slug(text)) <= 60
