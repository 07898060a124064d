"""The view of the status page: online services and ways to get help that are not working."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.availability import NotWorking
from govportal.pages.views.parts import Notice, notice
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class Outage:
    """One thing not working: what, where to read more, what is wrong, and when it should be back."""

    name: str
    href: str
    notice: Notice
    back: str | None  # Expected back: December 1, 2026.


@dataclass(frozen=True)
class StatusView:
    lead: str
    outages: tuple[Outage, ...]
    help_href: str = urls.HELP
    json_href: str = urls.STATUS_JSON


def status_view(site: SiteView, page: PageView) -> StatusView:
    lead = site.gettext("Online services and ways to get help that are not working as they should, as of %(day)s.", day=site.long_date(site.today))
    return StatusView(lead, tuple(outage(site, item) for item in site.availability.not_working()))


def outage(site: SiteView, item: NotWorking) -> Outage:
    status = item.status
    back = site.gettext("Expected back: %(day)s.", day=site.long_date(status.until.date())) if status.until else None
    return Outage(item.name, item.path, notice(site.availability, status), back)
