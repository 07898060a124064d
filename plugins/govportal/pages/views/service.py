"""A service's page: what it is, who can use it, how to apply, its forms, whom to ask."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.agency import Agency, EmailChannel, PhoneChannel
from govportal.model.portal import ServicePage
from govportal.pages import urls
from govportal.pages.views.forms_and_signing import FormsAndSigning, form_view
from govportal.pages.views.how_to_apply import HowToApply, how_to_apply
from govportal.pages.views.parts import Link, email_link, phone_link
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class ServiceContact:
    """"Questions about this service?": the agency's main phone line and email, and all the rest."""

    agency_short: str  # acronym, else name: "Call the DMV at …"
    phone: Link | None
    phone_hours: str  # in words, "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time"
    phone_hours_data: str  # for the "open now" line the script fills in
    email: Link | None
    email_response: str | None  # how fast email is answered
    help: Link  # the agency's section of Live Help


@dataclass(frozen=True)
class TranslationNotice:
    """Above a translated service page: how far to trust the translation."""

    outdated: str | None  # the English changed since it was translated
    english: Link | None  # then the English page, to read what is current
    machine: str | None  # a machine translated it


@dataclass(frozen=True)
class ServiceView:
    title: str
    summary: str
    cost: str
    time_to_complete: str
    agency: Link  # the agency page, by name
    who_can_use: tuple[str, ...]
    what_you_need: tuple[str, ...]
    how_to_apply: HowToApply
    forms: FormsAndSigning | None  # None when the service has no forms
    contact: ServiceContact
    survey: Link  # "Tell us how it went with …"
    translation: TranslationNotice | None = None  # only on a translated page that is behind or machine-made


def service_view(site: SiteView, page: PageView) -> ServiceView:
    item = page.service
    if item is None:
        raise ValueError(f"a service page needs its service: {page}")
    service, agency = item.service, site.content.agencies[item.agency_id]
    forms, english_forms = site.forms_of(item), site.content.forms_of(item)
    return ServiceView(
        title=service.title,
        summary=service.summary,
        cost=service.cost,
        time_to_complete=service.time_to_complete,
        agency=Link(site.localized(urls.agency(item.agency_id)), agency.name, on_site=True),
        who_can_use=tuple(service.who_can_use),
        what_you_need=tuple(service.what_you_need),
        how_to_apply=how_to_apply(site, item),
        forms=FormsAndSigning(tuple(form_view(site, f, site.text_language(f not in english_forms)) for f in forms), site.localized(urls.help_for(item.agency_id))) if forms else None,
        contact=service_contact(site, item, agency),
        survey=Link(site.localized(urls.survey(item.id)), site.gettext("Tell us how it went with %(service)s (about 2 minutes)", service=service.title), on_site=True),
        translation=translation_notice(site, item),
    )


def translation_notice(site: SiteView, item: ServicePage) -> TranslationNotice | None:
    """What a translated page says about its translation: that the English changed since
    (with a link to the English page), and that a machine made it. None on English pages."""
    record = item.translation
    if record is None or not (record.stale or record.machine):
        return None
    english = Link(urls.service(item.id), site.gettext("Read the current page in English"), on_site=True)
    return TranslationNotice(
        outdated=site.gettext("The English page changed after this page was translated. Some of what you read here may be out of date.") if record.stale else None,
        english=english if record.stale else None,
        machine=site.gettext("A computer translated this page. It may have mistakes. If something is not clear, read the page in English or ask Live Help.") if record.machine else None,
    )


def service_contact(site: SiteView, item: ServicePage, agency: Agency) -> ServiceContact:
    """The phone line offered is the first that works; the email is the agency's first."""
    phone = next((c for c in site.availability.working_first(agency.channels) if isinstance(c, PhoneChannel)), None)
    email = next((c for c in agency.channels if isinstance(c, EmailChannel)), None)
    hours = site.availability
    return ServiceContact(
        agency_short=agency.acronym or agency.name,
        phone=phone_link(phone.number) if phone else None,
        phone_hours=hours.hours_words(phone.hours) if phone else "",
        phone_hours_data=hours.hours_data(phone.hours, item.agency_id) if phone else "",
        email=email_link(email.address) if email else None,
        email_response=email.response_time if email else None,
        help=Link(site.localized(urls.help_for(item.agency_id)), site.gettext("All ways to get help from the %(agency)s", agency=agency.name), on_site=True),
    )
