"""Typed views: what each kind of page shows, decided in Python and tested without MkDocs.

A template reads one view: ``view`` for what its page kind shows, ``layout`` for the parts
every page has (header, Live Help, footer). ``VIEWS`` says which function builds the view of
each page kind; the MkDocs adapter only passes the result to the template.
"""

from __future__ import annotations

from collections.abc import Callable

from govportal.pages.plan import PageKind
from govportal.pages.views.site import PageView, SiteView

ViewBuilder = Callable[[SiteView, PageView], object]

# Filled in per page kind by the modules of this package.
VIEWS: dict[PageKind, ViewBuilder] = {}


def view_of_page(site: SiteView, page: PageView) -> object | None:
    """The view a page's template reads, or None for pages drawn from Markdown alone."""
    build = VIEWS.get(page.kind)
    return build(site, page) if build else None
