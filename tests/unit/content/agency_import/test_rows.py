"""One spreadsheet row becomes an agency file: channels from the cells, defaults noted, bad cells left out by name."""

from __future__ import annotations

from datetime import date
from typing import Any

from govportal.content.agency_import.rows import RowAgency
from govportal.content.agency_import.table import Row

TODAY = date(2026, 11, 23)


def row_agency(cells: dict[str, str], defaults: dict[str, Any] | None = None) -> RowAgency:
    return RowAgency(Row(4, cells, {name: name.replace("_", " ").title() for name in cells}), "portal.example.gov", TODAY, defaults or {})


def test_a_full_row_becomes_the_fields_editors_write() -> None:
    built = row_agency({
        "name": "Division of State Parks", "acronym": "DSP", "description": "We run the parks.", "website": "http://parks.example.gov/",
        "phone": "801-555-0180", "phone_hours": "Mon-Fri 8am-5pm", "email": "parks@example.gov; help@example.gov",
        "customer_relations_name": "Visitor Services Manager", "customer_relations_email": "manager@example.gov",
        "languages": "English; Spanish",
    })
    assert built.build() == {
        "name": "Division of State Parks",
        "acronym": "DSP",
        "description": "We run the parks.",
        "website": "https://parks.example.gov/",
        "customer_relations": {"name": "Visitor Services Manager", "email": "manager@example.gov"},
        "channels": [
            {"type": "phone", "number": "(801) 555-0180", "hours": {"weekdays": "8:00-17:00"}},
            {"type": "email", "address": "parks@example.gov"},
            {"type": "email", "address": "help@example.gov"},
        ],
        "languages": ["English", "Spanish"],
        "last_reviewed": "2026-11-23",
    }
    assert built.problems == []
    assert len(built.notes) == 1 and built.notes[0].startswith('row 4, column "Website": ')


def test_missing_hours_and_contact_are_defaulted_and_noted() -> None:
    built = row_agency({"name": "Office of Tourism", "phone": "801-555-0100"}, {"hours": "weekdays 9:00-16:00", "timezone": "America/New_York"})
    data = built.build()
    assert data["channels"] == [{"type": "phone", "number": "(801) 555-0100", "hours": {"timezone": "America/New_York", "weekdays": "9:00-16:00"}}]
    assert data["customer_relations"] == {"name": "Office of Tourism customer service", "phone": "(801) 555-0100"}
    assert built.notes == [
        "phone hours not given; set to 'weekdays 9:00-16:00': check them",
        "customer relations contact set to the agency's main phone and e-mail: name the person or office",
    ]


def test_unreadable_cells_are_left_out_naming_row_and_column() -> None:
    built = row_agency({"name": "Board of Elections", "phone": "555-01", "phone_hours": "by appointment", "email": "not-an-address", "website": "http://www.example.org/"})
    data = built.build()
    assert "channels" not in data and "website" not in data and "customer_relations" not in data
    assert [p.split(":")[0] for p in built.problems] == ['row 4, column "Phone"', 'row 4, column "Email"', 'row 4, column "Website"']
    assert all(p.endswith("; left out") for p in built.problems)
