"""The search page's view: Pagefind's script, and the lists to offer when JavaScript is off."""

from __future__ import annotations

from govportal.pages.views.search import search_view
from govportal.pages.views.site import PageView

from tests.unit.pages.views.portal import site


def test_search_page_points_at_pagefind_and_falls_back_to_the_lists() -> None:
    view = search_view(site(), PageView("search"))
    assert (view.pagefind_script, view.services_href, view.topics_href) == ("pagefind/pagefind.js", "services/", "topics/")


def test_every_search_box_sends_words_to_the_a_to_z_list_without_javascript() -> None:
    box = site().search_box
    assert (box.action, box.search_page) == ("services/", "search/")
