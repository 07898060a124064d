"""Translations read beside their English sources: checked like the English, merged over it, stale when it changes."""

from __future__ import annotations

from pathlib import Path

from govportal.content import load_content
from tests.conftest import TODAY
from tests.unit.content.test_translations import CAMPSITE, SPANISH, SPANISH_PAGE, loaded, messages, translated

__all__ = ["translated"]  # a fixture, used by name


def test_the_spanish_portal_has_the_translations_merged(translated: Path) -> None:
    spanish = loaded(translated).in_language("es")
    page = spanish.services[0]
    assert (page.id, page.service.title, page.body.strip()) == ("parks/reserve-a-campsite", "Reserve un lugar para acampar", "Llegue después de las 2 p.m.")
    assert page.translation is not None and not page.translation.stale and page.translation.source == CAMPSITE
    agency = spanish.agencies["parks"]
    assert (agency.name, agency.main_phone and agency.main_phone.number) == ("División de Parques Estatales", "(801) 555-0180")  # the number from English
    assert (spanish.topics["outdoors"].title, spanish.topics["outdoors"].description) == ("Al aire libre", "Parks and camping.")
    assert spanish.translations.agencies["parks"].file == "agencies/parks.es.yml" and spanish.only_in_english == []


def test_services_without_a_translation_are_listed_as_only_in_english(content: Path) -> None:
    spanish = loaded(content).in_language("es")
    assert spanish.services == [] and [s.id for s in spanish.only_in_english] == ["parks/reserve-a-campsite"]
    assert spanish.agencies["parks"].name == "Division of State Parks" and spanish.translations.agencies == {}


def test_the_english_portal_has_no_translation_files_as_pages(translated: Path) -> None:
    english = loaded(translated)
    assert [s.source for s in english.services] == [CAMPSITE] and list(english.agencies) == ["parks"]
    assert english.in_language("en") is english


def test_every_translation_problem_is_reported_at_once(translated: Path) -> None:
    (translated / "services/parks/close-a-trail.es.md").write_text(SPANISH_PAGE)
    (translated / SPANISH).write_text(SPANISH_PAGE.replace("number: (801) 555-0180", "number: 555").replace("agency: parks", "agency: zoo"))
    (translated / "agencies/parks.es.yml").write_text("channels:\n  - label: Teléfono\n  - label: Correo\n  - label: Otro\n")
    (translated / "topics.es.yml").write_text("topics:\n  - id: hiking\n    title: Caminatas\n")
    (translated / "agencies/parks.fr.yml").write_text("name: Parcs\n")
    found = messages(translated)
    assert "content/services/parks/close-a-trail.es.md: has no English source: there is no content/services/parks/close-a-trail.md; translate an existing file, or rename this one after it" in found
    assert any(m.startswith("content/services/parks/reserve-a-campsite.es.md: how_to_apply.phone.number: '555' is not a phone number") for m in found)
    assert any(m.startswith("content/agencies/parks.es.yml: channels[3]: does not match the English file; use at most 2 items") for m in found)
    assert any(m.startswith("content/topics.es.yml: topics[1]: does not match the English file; use one of the ids in the English file: outdoors") for m in found)
    assert any(m.startswith("content/agencies/parks.fr.yml: 'fr' is not a language govportal publishes") for m in found)


def test_an_english_edit_makes_the_translation_stale(translated: Path) -> None:
    english = translated / CAMPSITE
    english.write_text(english.read_text().replace("Arrive after 2 p.m.", "Arrive after 3 p.m."))
    assert messages(translated) == [
        "content/services/parks/reserve-a-campsite.es.md: translated_from: content/services/parks/reserve-a-campsite.md changed since this Spanish translation was made; update the translation, then run: govportal translations mark content/services/parks/reserve-a-campsite.es.md"
    ]
    record = loaded(translated).in_language("es").services[0].translation
    assert record is not None and record.stale


def test_whitespace_only_edits_keep_it_current(translated: Path) -> None:
    english = translated / CAMPSITE
    english.write_bytes(english.read_text().replace("\n", "  \r\n").replace("Anyone 18 or older.", "  Anyone 18 or older.").encode())
    assert messages(translated) == []


def test_a_stale_machine_translation_says_it_is_a_machine_translation(translated: Path) -> None:
    (translated / SPANISH).write_text((translated / SPANISH).read_text().replace("---\n", "---\nmachine: true\n", 1))
    (translated / CAMPSITE).write_text((translated / CAMPSITE).read_text().replace("$25 a night", "$30 a night"))
    assert messages(translated) == [
        "content/services/parks/reserve-a-campsite.es.md: machine: this machine translation is older than its English source content/services/parks/reserve-a-campsite.md, which changed since; translate it again, then run: govportal translations mark content/services/parks/reserve-a-campsite.es.md"
    ]


def test_an_unmarked_translation_is_a_warning(content: Path) -> None:
    (content / SPANISH).write_text(SPANISH_PAGE)
    found = load_content(content, TODAY).findings
    assert [(f.path, f.field, f.severity) for f in found] == [("content/" + SPANISH, "translated_from", "warning")]
