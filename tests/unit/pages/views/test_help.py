"""The Live Help page: the portal's channels, then each agency's (the cards themselves are in test_contact.py)."""

from __future__ import annotations

from dataclasses import replace

from govportal.pages.views.help import help_view
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import agency, minimal, site


def test_help_lists_the_portal_channels_then_each_agency_by_name() -> None:
    content = replace(minimal(), agencies={"parks": minimal().agencies["parks"], "arts": agency("Arts Council")})
    view = help_view(site(content), PageView("help"))
    assert view.languages == "English"
    assert [card.title for card in view.cards] == ["Phone"]
    assert [(a.id, a.heading, a.page_href) for a in view.agencies] == [("arts", "Arts Council", "agencies/arts/"), ("parks", "Division of State Parks (DSP)", "agencies/parks/")]
    assert [card.kind for card in view.agencies[1].cards] == ["phone", "email"]
    assert view.agencies[1].cards[0].how == Link("tel:+1-801-555-0180", "(801) 555-0180")

