"""Which language versions of a page exist, so every page can link to itself in the other language.

A translated page lives at the English page's path under its language (``services/dmv/renew/`` and
``es/services/dmv/renew/``, see :mod:`govportal.pages.urls`), so the versions of a page are the
paths of the site that differ only by that prefix. The table is built from the pages the site
really has (the page plan, the service pages and the editors' own pages, drafts already left out),
so no page ever links to a version that was not published.

Used for the language switcher, ``<link rel="alternate" hreflang>`` and the sitemap's alternates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from govportal.i18n import language_of_path
from govportal.model.translation import SOURCE_LANGUAGE, Language
from govportal.pages import urls

X_DEFAULT = "x-default"  # hreflang for people whose language has no version: the English page


@dataclass(frozen=True)
class Version:
    """One language's version of a page: its language and site path."""

    language: Language
    path: str


@dataclass(frozen=True)
class Choice:
    """Where the switcher takes a reader of ``language``: the same page when it exists
    (``same_page``), else that language's home page."""

    language: Language
    path: str
    same_page: bool


def english_path(path: str) -> str:
    """The English page a path is a version of: ``es/help/`` -> ``help/``."""
    return path[len(urls.localized(urls.HOME, language_of_path(path))):]


class LanguageVersions:
    """The versions of every page of one site, in ``languages`` (English first, as site.yml lists them)."""

    def __init__(self, paths: Iterable[str], languages: Sequence[Language] = (SOURCE_LANGUAGE,)) -> None:
        self.languages = tuple(languages)
        self._paths = frozenset(paths)

    def versions(self, path: str) -> tuple[Version, ...]:
        """Every published version of the page at ``path``, itself included, in the site's language
        order; none when the page exists in one language only (nothing to link to)."""
        source = english_path(path)
        found = tuple(Version(language, urls.localized(source, language)) for language in self.languages)
        found = tuple(v for v in found if v.path in self._paths)
        return found if len(found) > 1 else ()

    def hreflang(self, path: str) -> list[tuple[str, str]]:
        """``(hreflang, path)`` of every version, itself included, then ``x-default``: the English
        one, for readers of any other language. Empty for a page in one language only."""
        found = self.versions(path)
        return [(v.language, v.path) for v in found] + [(X_DEFAULT, found[0].path)] if found else []

    def choices(self, path: str) -> tuple[Choice, ...]:
        """For each other language the site has: the same page in it, or its home page when the page
        was not translated (never a link to a page that does not exist)."""
        own = language_of_path(path)
        same = {v.language: v.path for v in self.versions(path)}
        found = []
        for language in self.languages:
            home = urls.localized(urls.HOME, language)
            if language == own:
                continue
            if language in same:
                found.append(Choice(language, same[language], same_page=True))
            elif home in self._paths:
                found.append(Choice(language, home, same_page=False))
        return tuple(found)
