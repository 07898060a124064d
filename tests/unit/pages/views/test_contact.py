"""Contact cards and opening hours: how to reach each channel, when, in which languages."""

from __future__ import annotations

from datetime import datetime

from govportal.model.agency import ChatChannel, InPersonChannel, TtyChannel
from govportal.model.hours import Hours
from govportal.model.status import ServiceStatus
from govportal.pages.views.contact import contact_card, contact_cards, opening_hours
from govportal.pages.views.parts import Link, Notice
from tests.unit.pages.views.portal import minimal, site

WEEKDAYS = Hours(weekdays="8:00-17:00")  # type: ignore[arg-type]  # parsed by the model
PHONE, EMAIL = minimal().agencies["parks"].channels


def test_a_phone_card_has_the_number_to_tap_its_hours_and_the_agency_languages() -> None:
    card = contact_card(site(), PHONE.model_copy(update={"have_ready": ["Your permit number"]}), ["English"], "parks")
    assert (card.kind, card.title, card.notice, card.relay, card.address, card.appointment) == ("phone", "Phone", None, None, None, None)
    assert card.how == Link("tel:+1-801-555-0180", "(801) 555-0180")
    assert card.hours is not None and card.hours.rows[0] == ("Monday to Friday", "8 a.m. to 5 p.m.")
    assert (card.languages, card.have_ready) == ("English", ("Your permit number",))
    assert contact_card(site(), EMAIL).how == Link("mailto:parks@example.gov", "parks@example.gov")
    assert contact_card(site(), EMAIL).hours is None


def test_the_relay_number_says_how_to_use_it_and_other_tty_numbers_do_not() -> None:
    relay = contact_card(site(), TtyChannel(type="tty", number="711", hours=WEEKDAYS))
    tty = contact_card(site(), TtyChannel(type="tty", number="(801) 555-0199", hours=WEEKDAYS))
    assert relay.title == "TTY (text telephone) and relay"
    assert relay.relay == "(dial 711 to reach the relay service)"
    assert tty.relay is None


def test_a_card_takes_the_agency_languages_unless_the_channel_names_its_own() -> None:
    chat = ChatChannel(type="chat", url="https://chat.example.gov/", hours=WEEKDAYS, label="Parks chat")
    assert contact_card(site(), chat, ["English", "Spanish"]).languages == "English, Spanish"
    assert contact_card(site(), chat.model_copy(update={"languages": ["Navajo"]}), ["English"]).languages == "Navajo"
    assert contact_card(site(), chat).languages is None
    assert contact_card(site(), chat).how == Link("https://chat.example.gov/", "Start a live chat", "with Parks chat")
    assert contact_card(site(), chat.model_copy(update={"label": None})).how == Link("https://chat.example.gov/", "Start a live chat", "with us")


def test_an_office_without_a_name_is_the_office_and_has_no_link_to_dial() -> None:
    office = InPersonChannel(type="in_person", address="1 Main St", hours=WEEKDAYS, appointment_url="https://book.example.gov/")
    card = contact_card(site(), office)
    assert (card.title, card.how, card.address) == ("In person", None, "1 Main St")
    assert card.appointment == Link("https://book.example.gov/", "Make an appointment", "at the office")
    named = contact_card(site(), office.model_copy(update={"label": "Capitol office", "appointment_url": None}))
    assert (named.title, named.appointment) == ("In person: Capitol office", None)


def test_a_channel_not_working_says_so_until_when_and_comes_last() -> None:
    down = ServiceStatus(state="down", message="Our phones are down.", until=datetime(2026, 11, 30, 17, 0))
    cards = contact_cards(site(), [PHONE.model_copy(update={"status": down}), EMAIL])
    assert [c.kind for c in cards] == ["email", "phone"]
    assert cards[0].notice is None
    assert cards[1].notice == Notice("down", "Not working", "Our phones are down.", "2026-11-30T17:00:00-07:00")


def test_opening_hours_in_words_with_the_zone_and_holidays() -> None:
    hours = opening_hours(site(), WEEKDAYS)
    assert hours.rows == (("Monday to Friday", "8 a.m. to 5 p.m."), ("Saturday to Sunday", "Closed"))
    assert hours.zone_words == "Times are Mountain Time. Closed on state holidays."
    assert [(n.when, n.what) for n in hours.day_notes] == [("Friday, December 25", "closed (Christmas Day)")]
    assert not hours.always_open and hours.data == site().availability.hours_data(WEEKDAYS)
    always = opening_hours(site(), Hours(open_24_7=True))
    assert always.always_open and always.rows == () and always.day_notes == () and always.zone_words == ""
    no_holidays = opening_hours(site(), WEEKDAYS.model_copy(update={"observes_state_holidays": False}))
    assert no_holidays.zone_words == "Times are Mountain Time."
