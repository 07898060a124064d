"""The one CSV writer behind /directory.csv, /forms.csv and the feedback export."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from govportal.tabular import csv_cell, csv_table, from_csv_cell


@pytest.mark.parametrize("typed", ["=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_starts_like_a_formula_is_neutralised(typed: str) -> None:
    [_, row] = list(csv.reader(io.StringIO(csv_table(["comment"], [{"comment": typed}]))))
    assert row == ["'" + typed]


def test_other_values_are_written_as_they_are() -> None:
    text = csv_table(["a", "b", "c", "d", "e", "f"], [{"a": "Plain, text", "b": -3, "c": True, "d": ["x", "y"], "e": date(2026, 1, 2)}])
    assert text == 'a,b,c,d,e,f\r\n"Plain, text",-3,yes,x;y,2026-01-02,\r\n'


def test_a_neutralised_cell_reads_back_as_written() -> None:
    for text in ["=SUM(A1)", "+1 555", "-x", "@home", "plain", "'quoted", "it's"]:
        assert from_csv_cell(csv_cell(text)) == text
