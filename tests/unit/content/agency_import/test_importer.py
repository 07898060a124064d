"""``govportal import agencies`` on a messy spreadsheet: every named agency becomes a file.

The fixture ``tests/fixtures/import/messy.csv`` is saved as Windows-1252 with semicolons and
holds one row for each case: a vanity number, an extension, hours as people write them, an
http:// government site, a non-government http:// site, an unreadable phone number and hours,
a missing description, no contact at all, the same agency under two spellings, an exact
duplicate and a row without a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from govportal.content import load_content
from govportal.content.agency_import import ImportReport, import_agencies
from govportal.content.agency_import.encoding import MAX_BYTES
from govportal.content.agency_import.table import MAX_ROWS
from tests.conftest import FIXTURES, TODAY

MESSY = FIXTURES / "import" / "messy.csv"
PUBLISHED = {"dpr", "scl", "lb", "boe"}
DRAFTS = {"oot": ("description",), "hs": ("channels[1].hours",), "fol": ("website",), "wc": ("customer_relations", "channels")}


def run_import(content: Path, data: bytes | None = None, **options: Any) -> ImportReport:
    return import_agencies(MESSY.read_bytes() if data is None else data, content / "agencies", TODAY, **options)


def agency_file(content: Path, agency_id: str) -> dict[str, Any]:
    data = yaml.safe_load((content / "agencies" / f"{agency_id}.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_named_agency_becomes_a_file_and_incomplete_ones_are_drafts(content: Path) -> None:
    report = run_import(content)
    assert {p.stem for p in report.created} == PUBLISHED
    assert {p.stem: m for p, m in report.drafts.items()} == DRAFTS
    assert report.skipped == {3: "merged into an earlier row", 10: "no agency name", 11: "same as an earlier row"}
    assert report.summary() == (
        "4 created, 4 drafts (missing channels: 1, customer_relations: 1, description: 1, hours: 1, website: 1), "
        "0 updated, 3 skipped (merged into an earlier row: 1, no agency name: 1, same as an earlier row: 1)."
    )
    loaded = load_content(content, TODAY)
    assert loaded.content is not None, loaded.findings
    assert set(loaded.content.agencies) == PUBLISHED | {"parks"}  # parks: the fixture's own agency
    assert {i: d.missing for i, d in loaded.content.drafts.items()} == DRAFTS
    assert loaded.content.drafts["oot"].name == "Office of Tourism"
    assert agency_file(content, "oot")["acronym"] == "OOT"


def test_cells_are_understood_as_people_write_them(content: Path) -> None:
    run_import(content)
    parks = agency_file(content, "dpr")
    assert parks["website"] == "https://parks.example.gov/"
    phones = [c for c in parks["channels"] if c["type"] == "phone"]
    assert [(c["number"], c.get("label")) for c in phones] == [("(800) 359-7666", None), ("(888) 727-5386", "For reservations")]
    assert phones[0]["hours"] == {"weekdays": "8:00-17:00"}
    assert [c["number"] for c in parks["channels"] if c["type"] == "tty"] == ["711"]
    assert agency_file(content, "oot")["channels"][0]["number"] == "(801) 555-0190 ext. 123"
    assert agency_file(content, "scl")["channels"][0]["hours"] == {"open_24_7": True}
    assert agency_file(content, "lb")["channels"][0]["hours"] == {"weekdays": "7:30-16:30"}
    history = (content / "agencies" / "hs.yml").read_text(encoding="utf-8")
    assert "# To check: row 7, column \"Hours\": 'by appointment only' is not hours we can read" in history
    assert "museum café" in history and "status: draft" in history


def test_problems_name_the_row_and_column_once_each(content: Path) -> None:
    report = run_import(content)
    assert not report.ok
    assert sum('row 9, column "Phone Number": \'555-01\' has no phone number in it' in p for p in report.problems) == 1
    assert sum('row 8, column "Website": \'http://friends-library.example.org\' is not secure' in p for p in report.problems) == 1
    assert 'row 10, column "Agency Name": no agency name; add one or remove the row' in report.problems
    assert len(report.problems) == len(set(report.problems)) == 3
    assert all("channels[" not in p for p in report.problems)  # the spreadsheet's words, not the YAML path
    assert any("'http://parks.example.gov/' changed to 'https://parks.example.gov/'" in n for n in report.notes)
    assert any("rows 2 and 3 name the same agency ('Department of Parks and Recreation', 'Dept. of Parks & Recreation')" in n for n in report.notes)


def test_duplicates_that_disagree_are_reported_with_both_rows(content: Path) -> None:
    data = b"Name,About,Website,Phone\nDept. of Revenue,We collect taxes.,https://tax.example.gov,801-555-0100\nDepartment of Revenue,,https://tax.example.gov,801-555-0199\n"
    report = run_import(content, data)
    assert [p.stem for p in report.created] == ["dept-of-revenue"]
    assert report.problems == ["rows 2 and 3 name the same agency ('Dept. of Revenue', 'Department of Revenue'): merged into one file; they differ in \"Phone\" (kept row 2's)"]


@pytest.mark.parametrize(("codec", "name"), [
    ("cp1252", "Windows-1252 (not UTF-8)"),
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with a byte order mark"),
    ("utf-16", "UTF-16 (little-endian, with a byte order mark)"),
    ("utf-16-be-bom", "UTF-16 (big-endian, with a byte order mark)"),
    ("utf-16-le", "UTF-16 (little-endian, no byte order mark)"),
])
def test_encodings_are_detected_and_named(content: Path, codec: str, name: str) -> None:
    text = MESSY.read_bytes().decode("cp1252")
    data = b"\xfe\xff" + text.encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)
    report = run_import(content, data)
    assert report.encoding == name
    assert "museum café" in agency_file(content, "hs")["description"]
    assert len(report.created) + len(report.drafts) == 8


def test_bytes_no_encoding_can_hold_are_an_error_naming_the_line(content: Path) -> None:
    report = run_import(content, "Name\nCafé\n".encode("utf-8") + b"\x81\n")
    assert report.problems == ["line 3: the file looks like Windows-1252 (not UTF-8) but has bytes that are not; save it again from your spreadsheet as 'CSV UTF-8'"]
    assert not (content / "agencies" / "cafe.yml").exists()


def test_over_long_cells_are_reported_by_row_and_column_not_a_crash(content: Path) -> None:
    # 200,000 characters is past the csv module's own limit, which used to stop the import.
    data = f"Name,Description,Website,Phone\nArts Council,{'x' * 200_000},https://arts.example.gov,801-555-0150\n".encode()
    report = run_import(content, data)
    assert report.problems == ['row 2, column "Description": the cell has 200,000 characters; cells are limited to 4,000, so it was left out']
    assert {p.stem: m for p, m in report.drafts.items()} == {"arts-council": ("description",)}


def test_files_too_big_or_too_long_are_refused_whole(content: Path) -> None:
    assert run_import(content, b"x" * (MAX_BYTES + 1)).problems == ["the file is 20.0 MB; files up to 20 MB are imported: split it"]
    rows = b"Name\n" + b"".join(b"Agency %d\n" % n for n in range(MAX_ROWS + 1))
    assert run_import(content, rows).problems == ["the file has more than 10,000 rows; split it into smaller files"]
    assert not (content / "agencies" / "agency-1.yml").exists()


def test_a_default_from_the_mapping_file_is_applied(content: Path) -> None:
    mapping = {"defaults": {"description": "An agency of the State of Example.", "languages": ["English", "Spanish"]}}
    report = run_import(content, mapping=mapping)
    assert "oot" not in {p.stem for p in report.drafts}
    assert agency_file(content, "oot")["description"] == "An agency of the State of Example."
    assert agency_file(content, "oot")["languages"] == ["English", "Spanish"]
    bad = run_import(content, mapping={"defaults": {"colour": "blue"}, "columns": {"name": "Org"}}, update=True)
    assert any(p.startswith("mapping file: defaults: 'colour' is not a field we import") for p in bad.problems)
    assert any(p.startswith("mapping file: columns: name: 'Org' is not a column of the file") for p in bad.problems)


def test_update_keeps_the_editors_fields_and_publishes_nothing_new_by_itself(content: Path) -> None:
    run_import(content)
    again = run_import(content)
    assert again.skipped[2] == "already exists (use --update)"
    updated = run_import(content, b"Name,Acronym,Description\nOffice of Tourism,OOT,We help visitors.\n", update=True)
    assert {p.stem: m for p, m in updated.drafts.items()} == {"oot": ()}  # complete, still a draft until an editor publishes it
    assert agency_file(content, "oot")["channels"][0]["number"] == "(801) 555-0190 ext. 123"


def test_a_row_naming_an_existing_agency_is_that_agency(content: Path) -> None:
    # The fixture's parks.yml is "Division of State Parks"; a spreadsheet spells it its own way.
    report = run_import(content, b"Name,Acronym,Description\nDivision of state parks,DSP,We run state parks.\n")
    assert report.skipped == {2: "already exists (use --update)"}
    assert not (content / "agencies/dsp.yml").exists()


def test_a_draft_must_still_be_right_in_what_it_has(content: Path) -> None:
    (content / "agencies/new.yml").write_text("status: draft\nname: New Office\nwebsite: http://new.example.gov\n", encoding="utf-8")
    (content / "agencies/blank.yml").write_text("status: draft\ndescription: Has no name.\n", encoding="utf-8")
    findings = [str(f) for f in load_content(content, TODAY).findings if f.severity == "error"]
    assert findings == [
        "content/agencies/blank.yml: name: a draft needs at least the agency's name",
        "content/agencies/new.yml: website: 'http://new.example.gov' is not secure; use the https:// address instead",
    ]
