""""Forms and signing" on a service page: the online way first, then the download and the ways
without internet. Link words name the form, so a list of the page's links still makes sense."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from govportal.model.form import Download, Form, Offline
from govportal.model.translation import Language
from govportal.pages.views.parts import Link, phone_link
from govportal.pages.views.site import SiteView


@dataclass(frozen=True)
class FormDownload:
    href: str  # a site path for a file in the content folder, else the full address
    on_site: bool
    hidden: str | None  # "(leaves this portal)" for a file elsewhere
    format: str  # PDF, DOCX
    size_kb: int | None
    pdf_works_with_screen_readers: bool | None  # None: not a PDF


@dataclass(frozen=True)
class OfflineWay:
    """One way without internet: words, then a number to call or fax, if there is one."""

    text: str
    phone: Link | None = None


@dataclass(frozen=True)
class FormView:
    id: str  # the section's anchor is form-<id>
    title: str
    heading: str  # "Application for a driver's license (DL-12)"
    purpose: str
    facts: str  # "Fee: $25. Takes about 15 minutes. Fully digital, with e-signature."
    online: Link | None  # "Fill out and sign … online"
    online_host: str | None  # the website the online form is on
    signing: Link | None  # "Sign with a digital ID: …"
    download: FormDownload | None
    offline: tuple[OfflineWay, ...]
    control_number: str | None  # the paperwork-reduction notice
    language: Language | None = None  # "en": the form's own words are the English ones (not translated)


@dataclass(frozen=True)
class FormsAndSigning:
    forms: tuple[FormView, ...]
    help_href: str  # site path of the agency's section of Live Help


def form_view(site: SiteView, form: Form, language: Language | None = None) -> FormView:
    _ = site.gettext
    took = " " + _("Takes %(time)s.", time=form.time_to_complete) if form.time_to_complete else ""
    # Only a form that can also be signed online says "sign": the other way sends people to print and sign.
    online = _("Fill out and sign %(form)s online", form=form.title) if form.e_signature else _("Fill out %(form)s online", form=form.title)
    signing = form.e_signature
    return FormView(
        id=form.id,
        title=form.title,
        heading=form.title + (f" ({form.number})" if form.number else ""),
        purpose=form.purpose,
        facts=_("Fee: %(fee)s.", fee=form.fee) + f"{took} {_(form.status_name)}.",
        online=Link(form.online_url, online) if form.online_url else None,
        online_host=host(form.online_url) if form.online_url else None,
        signing=Link(signing.url, f"{signing.method.capitalize()}: {form.title}", _("(leaves this portal)")) if signing else None,
        download=_download(site, form.download) if form.download else None,
        offline=_offline(site, form.submit_offline),
        control_number=_control_number(site, form),
        language=language,
    )


def host(url: str) -> str:
    """The website a link leads to, named where people see they leave the portal."""
    return urlsplit(url).hostname or url


def _download(site: SiteView, download: Download) -> FormDownload:
    pdf = download.tagged_pdf if download.format == "PDF" else None
    on_site = download.file is not None
    return FormDownload(download.href, on_site, None if on_site else site.gettext("(leaves this portal)"), download.format, download.size_kb, pdf)


def _offline(site: SiteView, ways: Offline) -> tuple[OfflineWay, ...]:
    _ = site.gettext
    found = [OfflineWay(_("Mail it to %(address)s", address=ways.mail))] if ways.mail else []
    found += [OfflineWay(_("Fax it to") + " ", phone_link(ways.fax))] if ways.fax else []
    found += [OfflineWay(_("Bring it in person: %(where)s", where=ways.in_person))] if ways.in_person else []
    found += [OfflineWay(_("Fill it out over the phone with our staff: call") + " ", phone_link(ways.phone))] if ways.phone else []
    return tuple(found)


def _control_number(site: SiteView, form: Form) -> str | None:
    control = form.control_number
    if control is None:
        return None
    until = site.long_date(control.expires)
    if control.issued_by:
        return site.gettext("Control number %(number)s from the %(issuer)s, valid until %(day)s.", number=control.number, issuer=control.issued_by, day=until)
    return site.gettext("Control number %(number)s, valid until %(day)s.", number=control.number, day=until)
