"""schema.org JSON-LD for service and agency pages, so search engines and other portals can reuse them.

Only real schema.org types and properties: GovernmentService, GovernmentOrganization,
ServiceChannel, ContactPoint, OpeningHoursSpecification, Audience, AdministrativeArea, WebPage.
The language of a page is said on the page (``mainEntityOfPage``, a WebPage with ``inLanguage``):
schema.org gives ``inLanguage`` to creative works, not to services or organisations.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from govportal.model.agency import Agency, ChatChannel, EmailChannel, PhoneChannel, TtyChannel
from govportal.model.hours import Hours
from govportal.model.portal import ServicePage
from govportal.model.translation import Language

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Json = dict[str, Any]


def _clock(minutes: int) -> str:
    """``17:00``; midnight at a day's end is 23:59, and an overnight end is the next day's clock
    (schema.org reads closes before opens as past midnight)."""
    if minutes == 1440:
        return "23:59"
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def dated_hours(closed: list[str], special: dict[str, list[tuple[int, int]]]) -> list[Json]:
    """Closures and special hours as dated OpeningHoursSpecification (a closure opens and closes at 00:00)."""
    found: list[Json] = [{"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00", "validFrom": day, "validThrough": day} for day in closed]
    found += [
        {"@type": "OpeningHoursSpecification", "opens": _clock(start), "closes": _clock(end), "validFrom": day, "validThrough": day}
        for day, spans in special.items()
        for start, end in spans
    ]
    return sorted(found, key=lambda spec: str(spec["validFrom"]))


def opening_hours(hours: Hours | None) -> list[Json]:
    """Weekly hours as OpeningHoursSpecification, one per day and time span."""
    if hours is None:
        return []
    if hours.open_24_7:
        return [{"@type": "OpeningHoursSpecification", "dayOfWeek": [f"https://schema.org/{d}" for d in DAYS], "opens": "00:00", "closes": "23:59"}]
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": f"https://schema.org/{DAYS[day]}", "opens": _clock(start), "closes": _clock(end)}
        for day, spans in enumerate(hours.minutes_table())
        for start, end in spans
    ]


def _contact_point(channel: Any, languages: list[str]) -> Json:
    point: Json = {"@type": "ContactPoint", "contactType": "customer service", "availableLanguage": channel.languages or languages}
    if isinstance(channel, PhoneChannel | TtyChannel):
        point["telephone"] = channel.number
    if isinstance(channel, TtyChannel):
        point["contactOption"] = "https://schema.org/HearingImpairedSupported"
    if isinstance(channel, EmailChannel):
        point["email"] = channel.address
    if isinstance(channel, ChatChannel):
        point["url"] = channel.url
    hours = opening_hours(channel.hours)
    if hours:
        point["hoursAvailable"] = hours
    return point


def organization(agency: Agency, url: str) -> Json:
    data: Json = {
        "@type": "GovernmentOrganization",
        "name": agency.name,
        "description": agency.description,
        "url": url,
        "sameAs": agency.website,
        "contactPoint": [_contact_point(c, agency.languages) for c in agency.channels],
    }
    if agency.acronym:
        data["alternateName"] = agency.acronym
    return data


def service_channels(page: ServicePage, agency: Agency, state: str) -> list[Json]:
    ways = page.service.how_to_apply
    channels: list[Json] = []
    if ways.online:
        channels.append({"@type": "ServiceChannel", "name": "Online", "serviceUrl": ways.online.url, "availableLanguage": agency.languages})
    if ways.phone:
        channels.append({"@type": "ServiceChannel", "name": "Phone", "availableLanguage": agency.languages,
                         "servicePhone": {"@type": "ContactPoint", "telephone": ways.phone.number}})
    if ways.mail:
        channels.append({"@type": "ServiceChannel", "name": "Mail", "servicePostalAddress": {"@type": "PostalAddress", "streetAddress": ways.mail.address, "addressRegion": state}})
    if ways.in_person:
        channel: Json = {"@type": "ServiceChannel", "name": "In person", "availableLanguage": agency.languages}
        if ways.in_person.address:
            channel["serviceLocation"] = {"@type": "Place", "address": ways.in_person.address}
        channels.append(channel)
    return channels


def web_page(url: str, language: Language) -> Json:
    """The page that describes a service or agency, and the language it is written in."""
    return {"@type": "WebPage", "url": url, "inLanguage": language}


def government_service(page: ServicePage, agency: Agency, page_url: str, agency_url: str, state: str, topics: list[str], language: Language) -> Json:
    return {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": page.service.title,
        "description": page.service.summary,
        "url": page_url,
        "serviceType": topics[0] if topics else page.service.title,
        "provider": organization(agency, agency_url),
        "audience": {"@type": "Audience", "audienceType": "; ".join(page.service.who_can_use)},
        "areaServed": {"@type": "AdministrativeArea", "name": state},
        "availableChannel": service_channels(page, agency, state),
        "mainEntityOfPage": web_page(page_url, language),
    }


def agency_data(agency: Agency, url: str, state: str, language: Language) -> Json:
    return {"@context": "https://schema.org", **organization(agency, url), "areaServed": {"@type": "AdministrativeArea", "name": state}, "mainEntityOfPage": web_page(url, language)}


def script_json(data: Json) -> Markup:
    """JSON for the body of <script type="application/ld+json">.

    Markup, so the templates' autoescape leaves it alone: HTML-escaping would corrupt the JSON
    (a script body is raw text), and it is safe without: ``<``, ``>`` and ``&`` are written as
    JSON escapes, so no ``</script>`` or ``<!--`` in an editor's value can end the element.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
