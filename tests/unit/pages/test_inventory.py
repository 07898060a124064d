"""The forms inventory: the rows behind /forms/, forms.json and forms.csv."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from govportal.pages import inventory

from tests.unit.pages.views.portal import service, with_services
from tests.unit.pages.views.test_lists import form

CAMPING = service("reserve-a-campsite", "Reserve a campsite")
CABIN = service("book-a-cabin", "Book a cabin")


def test_a_shared_form_is_listed_once_with_every_service_that_uses_it() -> None:
    shared = form("permit", "Park permit", expires=date(2027, 1, 1))
    content = replace(with_services(CAMPING, CABIN), forms={CAMPING.id: [shared], CABIN.id: [shared]})
    [row] = json.loads(inventory.forms_json(content))["forms"]
    assert row["services"] == ["/services/parks/reserve-a-campsite/", "/services/parks/book-a-cabin/"]
    assert (row["agencies"], row["control_number_expires"]) == (["parks"], "2027-01-01")


def test_expiring_lists_expired_and_soon_expiring_control_numbers_soonest_first() -> None:
    forms = [form("b", "B", expires=date(2026, 12, 1)), form("a", "A", expires=date(2026, 1, 1)), form("c", "C", expires=date(2027, 6, 1)), form("d", "D")]
    listed = [inventory.ListedForm(f, [CAMPING]) for f in forms]
    assert [e.form.id for e in inventory.expiring(listed, date(2026, 11, 23), 30)] == ["a", "b"]


def test_status_counts_name_every_status_even_when_none_has_it() -> None:
    assert inventory.status_counts([inventory.ListedForm(form("a", "A"), [CAMPING])]) == {"digital": 0, "online": 1, "download": 0}
