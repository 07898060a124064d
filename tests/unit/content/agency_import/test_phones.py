"""Phone cells as people fill them in: vanity numbers, extensions, several numbers with notes."""

from __future__ import annotations

import pytest

from govportal.content.agency_import.phones import phone_numbers


@pytest.mark.parametrize(("cell", "numbers"), [
    ("1-800-FLY-SOON", [("(800) 359-7666", None)]),
    ("1-800-USA-LEARN", [("(800) 872-5327", None)]),
    ("1-800-CDC-INFO (1-800-232-4636)", [("(800) 232-4636", None)]),
    ("(801) 555-0100 x123", [("(801) 555-0100 ext. 123", None)]),
    ("801-555-0100 ext. 4", [("(801) 555-0100 ext. 4", None)]),
    ("7-1-1", [("711", None)]),
    ("* 1-888-407-4747 (for emergencies abroad) * 1-877-487-2778 (for U.S. passports)",
     [("(888) 407-4747", "For emergencies abroad"), ("(877) 487-2778", "For U.S. passports")]),
    ("Toll-free: 1-888-995-HOPE", [("(888) 995-4673", "Toll-free")]),
    ("1\u2011202\u2011741\u20116000", [("(202) 741-6000", None)]),
])
def test_vanity_numbers_extensions_and_notes(cell: str, numbers: list[tuple[str, str | None]]) -> None:
    found, problems = phone_numbers(cell)
    assert [(n.number, n.label) for n in found] == numbers and problems == []
