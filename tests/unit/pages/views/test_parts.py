"""Small display records: phone and e-mail links, a notice, a list in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from govportal.model.status import ServiceStatus
from govportal.pages.availability import Availability
from govportal.pages.views.parts import Link, Notice, email_link, notice, phone_link, words_list
from tests.unit.pages.views.portal import MOMENT, minimal


def test_a_phone_number_is_shown_as_written_and_dialled_as_a_tel_link() -> None:
    assert phone_link("(801) 555-0180") == Link("tel:+1-801-555-0180", "(801) 555-0180")


def test_an_email_address_is_a_mailto_link_showing_the_address() -> None:
    assert email_link("parks@example.gov") == Link("mailto:parks@example.gov", "parks@example.gov", None, False)


def test_a_notice_names_the_state_in_words_and_carries_its_end() -> None:
    status = ServiceStatus(state="maintenance", message="Upgrading tonight.", until=datetime(2026, 11, 24, 6, 0))
    english = Availability(minimal(), "America/Denver", MOMENT)
    assert notice(english, status) == Notice("maintenance", "Closed for maintenance", "Upgrading tonight.", "2026-11-24T06:00:00-07:00")
    assert notice(english, status.model_copy(update={"until": None})).ends == ""  # an end not known: the script leaves the notice up
    spanish = Availability(replace(minimal(), language="es"), "America/Denver", MOMENT)
    assert notice(spanish, status).state_name == "Cerrado por mantenimiento"


def test_short_lists_read_as_a_sentence() -> None:
    assert (words_list(["English"]), words_list(["English", "Spanish", "Navajo"]), words_list([])) == ("English", "English, Spanish, Navajo", "")
