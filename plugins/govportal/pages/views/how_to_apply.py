""""How to apply" on a service page: online first, then the ways that need no internet.

While the service is down or in maintenance, a notice above says so and points to the ways that
work, and the online way moves last; a service that is only slow (degraded) keeps its order.
"""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.portal import ServicePage
from govportal.model.service import InPersonOption, OnlineOption
from govportal.model.status import ServiceStatus
from govportal.pages.views.contact import OpeningHours, opening_hours
from govportal.pages.views.parts import Link, Notice, notice, phone_link
from govportal.pages.views.site import SiteView


@dataclass(frozen=True)
class StatusNotice:
    """What is not working, above "How to apply", with links to the ways that work now."""

    notice: Notice
    heading: str  # "Down: Renew a driver's license"
    ways_now: tuple[Link, ...]  # #apply-phone, #apply-mail, #apply-in-person


@dataclass(frozen=True)
class Online:
    link: Link
    working: bool
    back: str | None  # "We expect it back December 1, 2026."; None when not known or working


@dataclass(frozen=True)
class ByPhone:
    call: Link
    notes: str | None
    hours: OpeningHours | None  # the line's own hours, else the agency's main phone line's


@dataclass(frozen=True)
class ByMail:
    address: str
    notes: str | None


@dataclass(frozen=True)
class Office:
    label: str
    address: str
    hours: OpeningHours


@dataclass(frozen=True)
class InPerson:
    notes: str | None
    address: str | None
    offices: tuple[Office, ...]  # the agency's offices, when the service names no address
    appointment: Link | None


@dataclass(frozen=True)
class HowToApply:
    status: StatusNotice | None
    online_first: Online | None
    phone: ByPhone | None
    mail: ByMail | None
    in_person: InPerson | None
    online_last: Online | None  # while the online way is not working


def how_to_apply(site: SiteView, item: ServicePage) -> HowToApply:
    ways = item.service.how_to_apply
    trouble = site.availability.status_of(item.service.status)
    broken = trouble if trouble is not None and trouble.state != "degraded" else None
    online = _online(site, ways.online, broken) if ways.online else None
    return HowToApply(
        status=_status(site, item, trouble) if trouble else None,
        online_first=None if broken else online,
        phone=ByPhone(phone_link(ways.phone.number), ways.phone.notes, _phone_hours(site, item)) if ways.phone else None,
        mail=ByMail(ways.mail.address, ways.mail.notes) if ways.mail else None,
        in_person=_in_person(site, item, ways.in_person) if ways.in_person else None,
        online_last=online if broken else None,
    )


def _status(site: SiteView, item: ServicePage, status: ServiceStatus) -> StatusNotice:
    ways = item.service.how_to_apply
    offered = [(ways.phone, "#apply-phone", site.gettext("By phone")), (ways.mail, "#apply-mail", site.gettext("By mail")), (ways.in_person, "#apply-in-person", site.gettext("In person"))]
    now = tuple(Link(href, text) for way, href, text in offered if way)
    return StatusNotice(notice(site.availability, status), f"{site.availability.state_name(status)}: {item.service.title}", now)


def _online(site: SiteView, way: OnlineOption, broken: ServiceStatus | None) -> Online:
    """``broken``: the status that stops the online way working, if any."""
    if broken is None:
        return Online(Link(way.url, way.label, site.gettext("(leaves this portal)")), True, None)
    back = site.gettext("We expect it back %(day)s.", day=site.long_date(broken.until.date())) if broken.until else None
    return Online(Link(way.url, way.label, site.gettext("(leaves this portal; not working right now)")), False, back)


def _phone_hours(site: SiteView, item: ServicePage) -> OpeningHours | None:
    hours = site.phone_hours(item)
    return opening_hours(site, hours, item.agency_id) if hours else None


def _in_person(site: SiteView, item: ServicePage, way: InPersonOption) -> InPerson:
    """Where to go: the service's own address, else every office of the agency with its hours."""
    offices = () if way.address else tuple(Office(o.label or site.gettext("Office"), o.address, opening_hours(site, o.hours, item.agency_id)) for o in site.offices(item.agency_id))
    in_person = site.gettext("to %(service)s in person", service=item.service.title.lower())
    appointment = Link(way.appointment_url, site.gettext("Make an appointment"), in_person) if way.appointment_url else None
    return InPerson(way.notes, way.address, offices, appointment)
