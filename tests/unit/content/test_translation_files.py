"""Where translations live and how an agency's, the topics' or the portal's translation merges over the English."""

from __future__ import annotations

import pytest

from govportal.content.translation_files import overlay, source_of, translation_of


@pytest.mark.parametrize(
    ("translation", "source"),
    [
        ("services/dmv/renew.es.md", ("services/dmv/renew.md", "es")),
        ("agencies/dmv.es.yml", ("agencies/dmv.yml", "es")),
        ("topics.es.yml", ("topics.yml", "es")),
        ("portal.fr.yaml", ("portal.yaml", "fr")),
        ("services/dmv/renew.md", None),
        ("glossary.es.yml", None),
    ],
)
def test_a_translation_names_its_source(translation: str, source: tuple[str, str] | None) -> None:
    assert source_of(translation) == source
    if source is not None:
        assert translation_of(*source) == translation


def test_groups_merge_field_by_field_and_channels_in_order() -> None:
    english = {"name": "DMV", "channels": [{"label": "Phone", "number": "711"}, {"label": "Email"}], "have_ready": ["ID"]}
    merged, problems = overlay(english, {"name": "DMV (es)", "channels": [{"label": "Teléfono"}], "have_ready": ["Identificación", "Foto"]})
    assert problems == []
    assert merged == {"name": "DMV (es)", "channels": [{"label": "Teléfono", "number": "711"}, {"label": "Email"}], "have_ready": ["Identificación", "Foto"]}


def test_topics_merge_by_id_and_unknown_ones_are_named() -> None:
    english = {"topics": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]}
    merged, problems = overlay(english, {"topics": [{"id": "b", "title": "Be"}, {"id": "z", "title": "Zeta"}]})
    assert merged == {"topics": [{"id": "a", "title": "A"}, {"id": "b", "title": "Be"}]}
    assert problems == ["topics[2]: does not match the English file; use one of the ids in the English file: a, b"]


def test_more_channels_than_the_english_is_named() -> None:
    _, problems = overlay({"channels": [{"label": "Phone"}]}, {"channels": [{"label": "Uno"}, {"label": "Dos"}]})
    assert problems == ["channels[2]: does not match the English file; use at most 1 items, in the English file's order"]
