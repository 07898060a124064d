"""Typed views: what each kind of page shows, decided in Python and tested without MkDocs.

A template reads one view: ``view`` for what its page kind shows, ``layout`` for the parts
every page has (header, Live Help, footer). ``VIEWS`` says which function builds the view of
each page kind; the MkDocs adapter only passes the result to the template.
"""

from __future__ import annotations

from collections.abc import Callable

from govportal.pages.plan import PageKind
from govportal.pages.views.accessibility import accessibility_view
from govportal.pages.views.agency import agency_view
from govportal.pages.views.help import help_view
from govportal.pages.views.lists import (
    agencies_view,
    forms_view,
    home_view,
    services_view,
    topics_view,
)
from govportal.pages.views.performance import performance_view
from govportal.pages.views.search import search_view
from govportal.pages.views.service import service_view
from govportal.pages.views.site import PageView, SiteView
from govportal.pages.views.status import status_view
from govportal.pages.views.survey import survey_view
from govportal.pages.views.topic import topic_view

ViewBuilder = Callable[[SiteView, PageView], object]

# Filled in per page kind by the modules of this package.
VIEWS: dict[PageKind, ViewBuilder] = {
    "home": home_view,
    "services": services_view,
    "topics": topics_view,
    "topic": topic_view,
    "agencies": agencies_view,
    "forms": forms_view,
    "performance": performance_view,
    "status": status_view,
    "search": search_view,
    "survey": survey_view,
    "accessibility": accessibility_view,
    "service": service_view,
    "agency": agency_view,
    "help": help_view,
}


def view_of_page(site: SiteView, page: PageView) -> object | None:
    """The view a page's template reads, or None for pages drawn from Markdown alone."""
    build = VIEWS.get(page.kind)
    return build(site, page) if build else None
