"""Export to translators as CSV or XLIFF 2.0 and import back: round trips, refusals, bounds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from govportal.content import load_content
from govportal.content.translation_exchange import ExchangeProblem, Format, bundle, export, import_bundles, read_exchange
from tests.conftest import TODAY
from tests.unit.content.test_translations import CAMPSITE, SPANISH, loaded


@pytest.mark.parametrize("fmt", ["csv", "xliff"])
def test_export_and_import_round_trip(content: Path, fmt: Format) -> None:
    exported = export([bundle(content, CAMPSITE, "es"), bundle(content, "agencies/parks.yml", "es")], fmt, "es")
    spanish = {"Reserve a campsite": "Reserve un lugar para acampar", "Arrive after 2 p.m.": "Llegue después de las 2 p.m.", "Division of State Parks": "División de Parques Estatales"}
    for english, translation in spanish.items():
        if fmt == "xliff":
            exported = exported.replace(f"{english}</source>\n        <target />", f"{english}</source>\n        <target>{translation}</target>")
        else:
            exported = exported.replace(f",{english},\n", f",{english},{translation}\n")
    bundles = read_exchange(exported.encode(), fmt)
    assert {u.target for b in bundles for u in b.units} == {"", *spanish.values()}
    # The translator fills in the rest; the agency's strings come back from machine translation.
    done = [replace(b, machine=b.source == "agencies/parks.yml", units=tuple(replace(u, target=u.target or f"[es] {u.source}") for u in b.units)) for b in bundles]
    result = import_bundles(content, done, "es")
    assert result.refused == [] and sorted(result.written) == ["agencies/parks.es.yml", SPANISH]
    assert load_content(content, TODAY).findings == []
    spanish_portal = loaded(content).in_language("es")
    page = spanish_portal.services[0]
    assert (page.service.title, page.service.summary, page.body.strip()) == ("Reserve un lugar para acampar", "[es] Reserve a campsite in a state park up to 4 months ahead.", "Llegue después de las 2 p.m.")
    assert page.translation is not None and not page.translation.stale and not page.translation.machine
    parks = spanish_portal.translations.agencies["parks"]
    assert spanish_portal.agencies["parks"].name == "División de Parques Estatales" and parks.machine and not parks.stale


def test_import_refuses_units_whose_english_changed(content: Path) -> None:
    exported = export([bundle(content, CAMPSITE, "es")], "csv", "es").replace(",Reserve a campsite,\n", ",Reserve a campsite,Reserve un lugar\n")
    exported = exported.replace(",$25 a night,\n", ",$25 a night,$25 por noche\n")
    (content / CAMPSITE).write_text((content / CAMPSITE).read_text().replace("title: Reserve a campsite", "title: Book a campsite"))
    result = import_bundles(content, read_exchange(exported.encode(), "csv"), "es")
    assert [str(f) for f in result.refused] == ["services/parks/reserve-a-campsite.md: title: the English text changed since the export (or is gone); export again and translate the new text"]
    written = (content / SPANISH).read_text()
    assert "cost: $25 por noche" in written and "title: Book a campsite" in written  # the refused unit left as the English is now
    assert "translated_from" not in written  # still behind: nothing claims it is up to date


def test_a_partly_translated_import_is_not_marked_up_to_date(content: Path) -> None:
    exported = export([bundle(content, CAMPSITE, "es")], "csv", "es").replace(",Reserve a campsite,\n", ",Reserve a campsite,Reserve un lugar\n")
    assert import_bundles(content, read_exchange(exported.encode(), "csv"), "es").written == [SPANISH]
    record = loaded(content).in_language("es").services[0].translation
    assert record is not None and not record.marked


def test_import_bounds_what_it_reads() -> None:
    with pytest.raises(ExchangeProblem, match="document type"):
        read_exchange(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff/>', "xliff")
    with pytest.raises(ExchangeProblem, match="first row must name the columns"):
        read_exchange(b"a,b\n1,2\n", "csv")
