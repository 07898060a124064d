"""govportal translations mark and status; the sample translation and fixtures the other translation tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.content import load_content
from govportal.content.translations import mark, status, with_mark
from govportal.model.portal import PortalContent
from tests.conftest import TODAY

CAMPSITE = "services/parks/reserve-a-campsite.md"
SPANISH = "services/parks/reserve-a-campsite.es.md"
SPANISH_PAGE = """---
title: Reserve un lugar para acampar
summary: Reserve un lugar para acampar en un parque estatal hasta con 4 meses de anticipación.
agency: parks
topics: [outdoors]
who_can_use: Cualquier persona de 18 años o más.
what_you_need:
  - Una tarjeta de crédito o débito
cost: $25 por noche
time_to_complete: Unos 5 minutos.
how_to_apply:
  online:
    url: https://parks.example.gov/reserve
  phone:
    number: (801) 555-0180
last_reviewed: 2026-10-01
---

Llegue después de las 2 p.m.
"""


def loaded(content: Path) -> PortalContent:
    result = load_content(content, TODAY)
    assert result.content is not None, [str(f) for f in result.findings]
    return result.content


def messages(content: Path) -> list[str]:
    return [str(f) for f in load_content(content, TODAY).findings]


@pytest.fixture
def translated(content: Path) -> Path:
    """The minimal content with a marked Spanish campsite page and Spanish agency and topics."""
    (content / SPANISH).write_text(SPANISH_PAGE)
    (content / "agencies/parks.es.yml").write_text("# Spanish\nname: División de Parques Estatales\ndescription: Administramos los parques estatales.\nlanguages: [Inglés]\n")
    (content / "topics.es.yml").write_text("topics:\n  - id: outdoors\n    title: Al aire libre\n")
    marked, problems = mark(content, [content / SPANISH, content / "agencies/parks.es.yml", content / "topics.es.yml"])
    assert problems == [] and len(marked) == 3
    return content


def test_mark_changes_only_its_line_and_keeps_comments() -> None:
    text = "---\n# kept\ntitle: Hola\ntranslated_from: 000000000000  # old\nsummary: x\n---\nbody translated_from: no\n"
    assert with_mark(text, "abcdef012345", markdown=True) == text.replace("000000000000  # old", "abcdef012345")
    assert with_mark("# comment\nname: x\n", "abcdef012345", markdown=False) == "translated_from: abcdef012345\n# comment\nname: x\n"
    assert with_mark("no front matter\n", "abcdef012345", markdown=True) is None


def test_mark_names_files_it_cannot_mark(content: Path) -> None:
    marked, problems = mark(content, [content / CAMPSITE])
    assert marked == [] and "is not a translation" in problems[0].message


def test_status_lists_missing_stale_and_current(translated: Path) -> None:
    (translated / CAMPSITE).write_text((translated / CAMPSITE).read_text().replace("$25 a night", "$30 a night"))
    items = {i.source: i.state for i in status(loaded(translated), translated, "es")}
    assert items == {"agencies/parks.yml": "current", CAMPSITE: "stale", "portal.yml": "missing", "topics.yml": "current"}
