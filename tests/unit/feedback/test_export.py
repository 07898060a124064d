"""The export's columns are a contract, comments stay text, and a spreadsheet never runs them."""

from __future__ import annotations

import csv
import io
import json

from govportal.feedback.export import EXPORT_COLUMNS, export_csv, export_json
from govportal.feedback.store import COLUMNS
from tests.unit.feedback.rows import month_and_a_half

SCRIPT = "<script>alert('x')</script>"


def test_every_stored_column_is_exported_in_a_stable_order() -> None:
    assert set(EXPORT_COLUMNS) == set(COLUMNS) - {"nonce"}  # the retry key is the receiver's, not an answer
    assert EXPORT_COLUMNS[:4] == ["id", "received_at", "kind", "page"]  # columns are added at the end only


def test_csv_keeps_text_and_neutralises_formulas() -> None:
    table = list(csv.reader(io.StringIO(export_csv(month_and_a_half(SCRIPT)))))
    assert table[0] == EXPORT_COLUMNS and len(table) == 8
    by_id = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in table[1:]}
    assert by_id["5"]["comment"] == SCRIPT and by_id["5"]["could_be_better"] == "efficiency"
    assert by_id["5"]["follow_up"] == "yes" and by_id["5"]["contact"] == "pat@example.com"
    assert by_id["7"]["comment"] == "'=HYPERLINK(\"http://x\")"  # a spreadsheet shows it, never runs it
    assert by_id["1"]["received_at"] == "2026-10-05T00:00:00+00:00"


def test_json_keeps_values_as_they_are() -> None:
    records = json.loads(export_json(month_and_a_half(SCRIPT)))
    assert [list(r) for r in records] == [EXPORT_COLUMNS] * 7
    assert records[6]["comment"] == "=HYPERLINK(\"http://x\")" and records[4]["went_well"] == ["ease"]
    assert records[0]["received_at"] == "2026-10-05T00:00:00+00:00" and records[0]["helpful"] is True
