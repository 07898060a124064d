"""The "Page not found" page: where to go instead."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.views.parts import Link


@dataclass(frozen=True)
class NotFoundView:
    title: str
    links: tuple[Link, ...]


def not_found_view() -> NotFoundView:
    return NotFoundView(
        "Page not found",
        (
            Link(urls.SERVICES, "See all services A to Z", on_site=True),
            Link(urls.TOPICS, "Find services by topic", on_site=True),
            Link(urls.HELP, "Get help from a person", on_site=True),
        ),
    )
