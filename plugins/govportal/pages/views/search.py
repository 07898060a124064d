"""The view of the search page: where Pagefind's script is, and the lists to offer without it."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.views.site import PageView, SiteView


@dataclass(frozen=True)
class SearchView:
    services_href: str  # search needs JavaScript: without it, the A to Z list
    topics_href: str
    pagefind_script: str = urls.PAGEFIND_SCRIPT


def search_view(site: SiteView, page: PageView) -> SearchView:
    return SearchView(site.localized(urls.SERVICES), site.localized(urls.TOPICS))
