"""Reading the spreadsheet: any delimiter, rows by their line, bad cells named, columns matched by name."""

from __future__ import annotations

import pytest

from govportal.content.agency_import.encoding import UnreadableFile
from govportal.content.agency_import.table import MAX_CELL, MAX_ROWS, Row, match_columns, read_table


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_rows_keep_their_line_in_the_file_whatever_the_delimiter(delimiter: str) -> None:
    text = delimiter.join(["Agency Name", "Phone"]) + "\n\n" + delimiter.join(["Parks", "801-555-0100"]) + "\n"
    table = read_table(text)
    assert table.headers == ["Agency Name", "Phone"]
    assert table.rows == [(3, {"Agency Name": "Parks", "Phone": "801-555-0100"})]


def test_excels_delimiter_hint_and_short_rows() -> None:
    table = read_table("sep=;\nname;phone;email\nParks;801-555-0100\n")
    assert table.rows == [(3, {"name": "Parks", "phone": "801-555-0100", "email": ""})]


def test_bad_cells_are_left_out_or_repaired_naming_row_and_column() -> None:
    table = read_table(f"name,description,phone\nParks,{'x' * (MAX_CELL + 1)},801\u0007555\nCaf\u00c3\u00a9 Board,ok,1\n")
    assert table.rows[0][1] == {"name": "Parks", "description": "", "phone": ""}
    assert table.problems == [
        f'row 2, column "description": the cell has {MAX_CELL + 1:,} characters; cells are limited to {MAX_CELL:,}, so it was left out',
        'row 2, column "phone": the cell has invisible control characters; it was left out: retype it',
    ]
    assert table.rows[1][1]["name"] == "Caf\u00e9 Board"
    assert table.notes == ["row 3, column \"name\": garbled characters repaired: 'Caf\u00c3\u00a9 Board' is now 'Caf\u00e9 Board'"]


def test_too_many_rows_is_refused_whole() -> None:
    with pytest.raises(UnreadableFile, match=f"more than {MAX_ROWS:,} rows"):
        read_table("name\n" + "Parks\n" * (MAX_ROWS + 1))


def test_columns_are_matched_by_the_names_people_use_and_a_mapping_wins() -> None:
    found, unused = match_columns(["Agency", "E-Mail", "Hours of Operation", "Notes", "Main Phone"], {"phone": "Main Phone"})
    assert found == {"phone": "Main Phone", "name": "Agency", "phone_hours": "Hours of Operation", "email": "E-Mail"}
    assert unused == ["Notes"]


def test_a_row_names_its_cells_as_the_spreadsheet_shows_them() -> None:
    row = Row(7, {"phone": "801"}, {"phone": "Phone Number"})
    assert (row.get("phone"), row.get("email")) == ("801", "")
    assert (row.where("phone"), row.where("email")) == ('row 7, column "Phone Number"', 'row 7, column "email"')
