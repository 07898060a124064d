"""The "Page not found" page: where to go instead, in every language the portal has.

One 404.html serves every address, English or Spanish, so it cannot know its reader's language:
it speaks English first and then each other language, in a part marked with that language.
"""

from __future__ import annotations

from dataclasses import dataclass

from govportal.i18n import translator
from govportal.model.translation import SOURCE_LANGUAGE, Language
from govportal.pages import urls
from govportal.pages.views.parts import Link


@dataclass(frozen=True)
class NotFoundPart:
    """The page in one language: what happened and three ways on, to pages in that language."""

    language: Language
    title: str
    lead: str
    links: tuple[Link, ...]


@dataclass(frozen=True)
class NotFoundView:
    title: str  # the English title, for <title> and the h1
    parts: tuple[NotFoundPart, ...]  # English first, then each other language


def not_found_part(language: Language) -> NotFoundPart:
    _ = translator(language).gettext

    def link(path: str, text: str) -> Link:
        return Link(urls.localized(path, language), text, on_site=True)

    return NotFoundPart(
        language,
        _("Page not found"),
        _("We could not find that page. It may have moved, or the address may be wrong."),
        (
            link(urls.SERVICES, _("See all services A to Z")),
            link(urls.TOPICS, _("Find services by topic")),
            link(urls.HELP, _("Get help from a person")),
        ),
    )


def not_found_view(languages: tuple[Language, ...] = (SOURCE_LANGUAGE,)) -> NotFoundView:
    parts = tuple(not_found_part(language) for language in languages)
    return NotFoundView(parts[0].title, parts)
