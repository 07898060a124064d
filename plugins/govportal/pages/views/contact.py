"""Ways to get help as a page shows them: contact cards and opening hours, in words."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.agency import CHANNEL_NAMES, Channel, ChatChannel, EmailChannel, InPersonChannel
from govportal.model.hours import Hours
from govportal.pages.availability import Availability, DayNote
from govportal.pages.views.parts import Link, Notice, email_link, notice, phone_link, words_list

# 711 reaches the relay service from any phone in the US; people who have not used it need telling.
RELAY_NUMBER = "711"


@dataclass(frozen=True)
class OpeningHours:
    """One channel's hours: a table in words, and the data the script turns into "open now"."""

    data: str  # data-gp-hours, see Availability.hours_data
    always_open: bool
    rows: tuple[tuple[str, str], ...]  # ("Monday to Friday", "8 a.m. to 5 p.m.")
    zone_words: str  # "Times are Mountain Time. Closed on state holidays."
    day_notes: tuple[DayNote, ...]  # closures and special hours in the coming weeks


@dataclass(frozen=True)
class ContactCard:
    """One way to get help: how to reach it, when, how fast, in which languages, what to have ready."""

    kind: str  # phone | tty | email | chat | in_person: the CSS modifier
    title: str  # "Phone: Main line"
    notice: Notice | None  # the channel is not working now
    how: Link | None  # the number, address or chat to use; None for a visit in person
    relay: str | None  # said after a relay number
    address: str | None  # where to go in person
    appointment: Link | None
    hours: OpeningHours | None
    response_time: str | None
    languages: str | None
    have_ready: tuple[str, ...]


def opening_hours(availability: Availability, hours: Hours, agency_id: str | None = None) -> OpeningHours:
    data = availability.hours_data(hours, agency_id)
    if hours.open_24_7:
        return OpeningHours(data, True, (), "", ())
    holidays = " Closed on state holidays." if hours.observes_state_holidays else ""
    zone_words = f"Times are {availability.zone_name(hours)}.{holidays}"
    return OpeningHours(data, False, tuple(hours.summary()), zone_words, tuple(availability.day_notes(hours, agency_id)))


def contact_cards(availability: Availability, channels: list[Channel], languages: list[str] | None = None, agency_id: str | None = None) -> tuple[ContactCard, ...]:
    """Cards in the order to offer them: a channel that is not working comes last."""
    return tuple(contact_card(availability, channel, languages, agency_id) for channel in availability.working_first(channels))


def contact_card(availability: Availability, channel: Channel, languages: list[str] | None = None, agency_id: str | None = None) -> ContactCard:
    """``languages``: the agency's, for channels that do not name their own."""
    status = availability.status_of(channel.status)
    spoken = channel.languages or languages
    return ContactCard(
        kind=channel.type,
        title=CHANNEL_NAMES[channel.type] + (f": {channel.label}" if channel.label else ""),
        notice=notice(status, availability.ends_iso(status)) if status else None,
        how=_how(channel),
        relay="(dial 711 to reach the relay service)" if channel.type == "tty" and channel.number == RELAY_NUMBER else None,
        address=channel.address if isinstance(channel, InPersonChannel) else None,
        appointment=_appointment(channel) if isinstance(channel, InPersonChannel) else None,
        hours=opening_hours(availability, channel.hours, agency_id) if channel.hours else None,
        response_time=channel.response_time,
        languages=words_list(spoken) if spoken else None,
        have_ready=tuple(channel.have_ready),
    )


def _how(channel: Channel) -> Link | None:
    if isinstance(channel, EmailChannel):
        return email_link(channel.address)
    if isinstance(channel, ChatChannel):
        return Link(channel.url, "Start a live chat", f"with {channel.label or 'us'}")
    if isinstance(channel, InPersonChannel):
        return None
    return phone_link(channel.number)


def _appointment(office: InPersonChannel) -> Link | None:
    if office.appointment_url is None:
        return None
    return Link(office.appointment_url, "Make an appointment", f"at {office.label or 'the office'}")
