"""The view of the search page: where Pagefind's script is, and the lists to offer without it."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class SearchView:
    pagefind_script: str = urls.PAGEFIND_SCRIPT
    services_href: str = urls.SERVICES  # search needs JavaScript: without it, the A to Z list
    topics_href: str = urls.TOPICS


def search_view(site: SiteView, page: PageView) -> SearchView:
    return SearchView()
