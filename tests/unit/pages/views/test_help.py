"""The Live Help page and the contact cards it shares with agency pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from govportal.model.agency import ChatChannel, InPersonChannel, TtyChannel
from govportal.model.hours import Hours
from govportal.model.status import ServiceStatus
from govportal.pages.views.contact import contact_card, opening_hours
from govportal.pages.views.help import help_view
from govportal.pages.views.parts import Link, Notice
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import agency, minimal, site

WEEKDAYS = Hours(weekdays="8:00-17:00")  # type: ignore[arg-type]  # parsed by the model


def test_help_lists_the_portal_channels_then_each_agency_by_name() -> None:
    content = replace(minimal(), agencies={"parks": minimal().agencies["parks"], "arts": agency("Arts Council")})
    view = help_view(site(content), PageView("help"))
    assert view.languages == "English"
    assert [card.title for card in view.cards] == ["Phone"]
    assert [(a.id, a.heading, a.page_href) for a in view.agencies] == [("arts", "Arts Council", "agencies/arts/"), ("parks", "Division of State Parks (DSP)", "agencies/parks/")]
    assert [card.kind for card in view.agencies[1].cards] == ["phone", "email"]
    assert view.agencies[1].cards[0].how == Link("tel:+1-801-555-0180", "(801) 555-0180")


def test_the_relay_number_says_how_to_use_it_and_other_tty_numbers_do_not() -> None:
    relay = contact_card(site().availability, TtyChannel(type="tty", number="711", hours=WEEKDAYS))
    tty = contact_card(site().availability, TtyChannel(type="tty", number="(801) 555-0199", hours=WEEKDAYS))
    assert relay.title == "TTY (text telephone) and relay"
    assert relay.relay == "(dial 711 to reach the relay service)"
    assert tty.relay is None


def test_a_card_takes_the_agency_languages_unless_the_channel_names_its_own() -> None:
    chat = ChatChannel(type="chat", url="https://chat.example.gov/", hours=WEEKDAYS, label="Parks chat")
    assert contact_card(site().availability, chat, ["English", "Spanish"]).languages == "English, Spanish"
    assert contact_card(site().availability, chat.model_copy(update={"languages": ["Navajo"]}), ["English"]).languages == "Navajo"
    assert contact_card(site().availability, chat).languages is None
    assert contact_card(site().availability, chat).how == Link("https://chat.example.gov/", "Start a live chat", "with Parks chat")
    assert contact_card(site().availability, chat.model_copy(update={"label": None})).how == Link("https://chat.example.gov/", "Start a live chat", "with us")


def test_an_office_without_a_name_is_the_office_and_has_no_link_to_dial() -> None:
    office = InPersonChannel(type="in_person", address="1 Main St", hours=WEEKDAYS, appointment_url="https://book.example.gov/")
    card = contact_card(site().availability, office)
    assert (card.title, card.how, card.address) == ("In person", None, "1 Main St")
    assert card.appointment == Link("https://book.example.gov/", "Make an appointment", "at the office")


def test_a_channel_not_working_says_so_and_comes_last() -> None:
    down = ServiceStatus(state="down", message="Our phones are down.", until=datetime(2026, 11, 30, 17, 0))
    parks = minimal().agencies["parks"]
    phone = parks.channels[0].model_copy(update={"status": down})
    view = help_view(site(replace(minimal(), agencies={"parks": parks.model_copy(update={"channels": [phone, parks.channels[1]]})})), PageView("help"))
    cards = view.agencies[0].cards
    assert [c.kind for c in cards] == ["email", "phone"]
    assert cards[1].notice == Notice("down", "Not working", "Our phones are down.", "2026-11-30T17:00:00-07:00")


def test_opening_hours_in_words_with_the_zone_and_holidays() -> None:
    hours = opening_hours(site().availability, WEEKDAYS)
    assert hours.rows == (("Monday to Friday", "8 a.m. to 5 p.m."), ("Saturday to Sunday", "Closed"))
    assert hours.zone_words == "Times are Mountain Time. Closed on state holidays."
    assert [(n.when, n.what) for n in hours.day_notes] == [("Friday, December 25", "closed (Christmas Day)")]
    assert not hours.always_open and '"' in hours.data
    always = opening_hours(site().availability, Hours(open_24_7=True))
    assert always.always_open and always.rows == () and always.day_notes == ()
    no_holidays = opening_hours(site().availability, WEEKDAYS.model_copy(update={"observes_state_holidays": False}))
    assert no_holidays.zone_words == "Times are Mountain Time."
