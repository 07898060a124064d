"""The agency directory as open data: CSV that ``import agencies`` reads back, JSON that follows its schema."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import jsonschema

from govportal.model.hours import Hours
from govportal.pages.directory import DIRECTORY_COLUMNS, directory_csv, directory_json, directory_schema, hours_text
from tests.unit.pages.views.portal import agency, minimal

SITE = "https://portal.example.gov/"


def test_hours_in_one_cell_name_every_day() -> None:
    hours = Hours(weekdays="8:00-12:00, 13:00-17:00", saturday="9:00-12:00")  # type: ignore[arg-type]  # parsed by the model
    assert hours_text(hours) == (
        "monday 8:00-12:00, 13:00-17:00; tuesday 8:00-12:00, 13:00-17:00; wednesday 8:00-12:00, 13:00-17:00; "
        "thursday 8:00-12:00, 13:00-17:00; friday 8:00-12:00, 13:00-17:00; saturday 9:00-12:00; sunday closed"
    )
    assert hours_text(Hours(open_24_7=True)) == "24/7"
    assert hours_text(None) == ""


def test_csv_has_one_row_per_agency_by_id_with_the_published_columns() -> None:
    content = replace(minimal(), agencies={"parks": minimal().agencies["parks"], "arts": agency("Arts Council", "ARTS")})
    rows = list(csv.DictReader(io.StringIO(directory_csv(content, SITE))))
    assert [(r["id"], r["name"], r["acronym"]) for r in rows] == [("arts", "Arts Council", "ARTS"), ("parks", "Division of State Parks", "DSP")]
    parks = rows[1]
    assert list(parks) == DIRECTORY_COLUMNS
    assert (parks["phone"], parks["tty"], parks["email"], parks["timezone"]) == ("(801) 555-0180", "", "parks@example.gov", "America/Denver")
    assert parks["phone_hours"].startswith("monday 8:00-17:00; ") and parks["phone_hours"].endswith("; saturday closed; sunday closed")
    assert (parks["page"], parks["last_reviewed"], parks["parent"]) == ("https://portal.example.gov/agencies/parks/", "2026-10-01", "")


def test_json_follows_the_published_schema_and_leaves_out_what_a_channel_lacks() -> None:
    data = json.loads(directory_json(minimal(), SITE))
    jsonschema.validate(data, json.loads(directory_schema()))
    assert data["$schema"] == "https://portal.example.gov/directory.schema.json"
    parks = data["agencies"][0]
    assert (parks["id"], parks["page"], parks["parent"]) == ("parks", "https://portal.example.gov/agencies/parks/", None)
    assert parks["channels"][1] == {"type": "email", "address": "parks@example.gov"}
    assert parks["channels"][0]["hours"]["week"]["saturday"] == [] and parks["channels"][0]["hours"]["week"]["monday"] == ["8:00-17:00"]
