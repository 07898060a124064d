"""Ways to get help as a page shows them: contact cards and opening hours, in words."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.agency import CHANNEL_NAMES, Channel, ChatChannel, EmailChannel, InPersonChannel
from govportal.model.hours import Hours
from govportal.model.translation import Language
from govportal.pages.availability import DayNote
from govportal.pages.views.parts import Link, Notice, email_link, notice, phone_link, words_list
from govportal.pages.views.site import SiteView

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
    name: str  # "Phone": the kind of channel, in the page's language
    label: str | None  # "Main line": the channel's own name
    notice: Notice | None  # the channel is not working now
    how: Link | None  # the number, address or chat to use; None for a visit in person
    relay: str | None  # said after a relay number
    address: str | None  # where to go in person
    appointment: Link | None
    hours: OpeningHours | None
    response_time: str | None
    languages: str | None
    have_ready: tuple[str, ...]
    language: Language | None = None  # "en": the channel's own words (label, answer time, what to have ready) are not translated

    @property
    def title(self) -> str:
        """"Phone: Main line"."""
        return f"{self.name}: {self.label}" if self.label else self.name


def opening_hours(site: SiteView, hours: Hours, agency_id: str | None = None) -> OpeningHours:
    availability = site.availability
    data = availability.hours_data(hours, agency_id)
    if hours.open_24_7:
        return OpeningHours(data, True, (), "", ())
    zone_words = site.gettext("Times are %(zone)s.", zone=availability.zone_name(hours))
    if hours.observes_state_holidays:
        zone_words += " " + site.gettext("Closed on state holidays.")
    return OpeningHours(data, False, availability.hours_rows(hours), zone_words, tuple(availability.day_notes(hours, agency_id)))


def contact_cards(site: SiteView, channels: list[Channel], languages: list[str] | None = None, agency_id: str | None = None) -> tuple[ContactCard, ...]:
    """Cards in the order to offer them: a channel that is not working comes last."""
    return tuple(contact_card(site, channel, languages, agency_id) for channel in site.availability.working_first(channels))


def contact_card(site: SiteView, channel: Channel, languages: list[str] | None = None, agency_id: str | None = None) -> ContactCard:
    """``languages``: the agency's, for channels that do not name their own."""
    availability = site.availability
    status = availability.status_of(channel.status)
    spoken = channel.languages or languages
    return ContactCard(
        kind=channel.type,
        name=site.gettext(CHANNEL_NAMES[channel.type]),
        label=channel.label,
        notice=notice(availability, status) if status else None,
        how=_how(site, channel),
        relay=site.gettext("(dial 711 to reach the relay service)") if channel.type == "tty" and channel.number == RELAY_NUMBER else None,
        address=channel.address if isinstance(channel, InPersonChannel) else None,
        appointment=_appointment(site, channel) if isinstance(channel, InPersonChannel) else None,
        hours=opening_hours(site, channel.hours, agency_id) if channel.hours else None,
        response_time=channel.response_time,
        languages=words_list(spoken) if spoken else None,
        have_ready=tuple(channel.have_ready),
        language=site.agency_text_language(agency_id) if agency_id else site.text_language(site.content.translations.portal is not None),
    )


def _how(site: SiteView, channel: Channel) -> Link | None:
    if isinstance(channel, EmailChannel):
        return email_link(channel.address)
    if isinstance(channel, ChatChannel):
        with_whom = site.gettext("with %(name)s", name=channel.label) if channel.label else site.gettext("with us")
        return Link(channel.url, site.gettext("Start a live chat"), with_whom)
    if isinstance(channel, InPersonChannel):
        return None
    return phone_link(channel.number)


def _appointment(site: SiteView, office: InPersonChannel) -> Link | None:
    if office.appointment_url is None:
        return None
    where = site.gettext("at %(office)s", office=office.label) if office.label else site.gettext("at the office")
    return Link(office.appointment_url, site.gettext("Make an appointment"), where)
