"""The status page's view: what is not working, in words, with when it should be back."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from govportal.model.status import ServiceStatus
from govportal.pages.views.parts import Notice
from govportal.pages.views.site import PageView
from govportal.pages.views.status import Outage, status_view

from tests.unit.pages.views.portal import service, site, with_services

DENVER = ZoneInfo("America/Denver")


def test_everything_working_lists_nothing_and_dates_the_page() -> None:
    view = status_view(site(), PageView("status"))
    assert view.outages == ()
    assert view.lead == "Online services and ways to get help that are not working as they should, as of November 23, 2026."
    assert (view.help_href, view.json_href) == ("help/", "status.json")


def test_a_service_that_is_down_says_so_and_when_it_should_be_back() -> None:
    down = ServiceStatus(state="down", message="Bookings are closed.", since=datetime(2026, 11, 20, 8, tzinfo=DENVER), until=datetime(2026, 12, 1, 9, tzinfo=DENVER))
    unknown = ServiceStatus(state="degraded", message="Slow.")
    content = with_services(service("book", "Book a cabin", status=down), service("pay", "Pay a fee", status=unknown))
    [cabin, fee] = status_view(site(content), PageView("status")).outages
    assert cabin == Outage("Book a cabin", "services/parks/book/", Notice("down", down.state_name, "Bookings are closed.", "2026-12-01T09:00:00-07:00"), "Expected back: December 1, 2026.")
    assert (fee.notice.ends, fee.back) == ("", None)
