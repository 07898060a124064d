"""The words govportal.js writes into a page, in the page's language.

The script holds no text of its own: it reads these from the ``data-gp-text`` attribute of its
``<script>`` element, so a Spanish page says "Abierto ahora" and an English one "Open now", from
the same catalogue as the rest of the page. Sentences are templates with named placeholders
(``%(time)s``) the script fills in, so a language may order them its own way; a time is given as a
phrase chosen by the hour (``"one"`` for 1 o'clock, ``"other"``, ``"noon"``, ``"midnight"``), because
Spanish says "a la 1", "a las 8" and "al mediodía".

The English words are those of :mod:`govportal.model.schedule`, which must say the same as the
script (``tests/fixtures/hours/cases.json``); each is written out here, so ``pybabel extract`` finds it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from govportal.i18n import translator
from govportal.model.translation import Language

Text = dict[str, object]


def hours_text(language: Language) -> Text:
    """The open or closed line of Live Help and of every opening-hours table."""
    strings = translator(language)
    _, pgettext = strings.gettext, strings.pgettext  # named so pybabel extracts each call
    return {
        "days": [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")],
        "months": [_("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"), _("August"),
                   _("September"), _("October"), _("November"), _("December")],
        "am": _("a.m."),
        "pm": _("p.m."),
        "always": _("Open 24 hours, 7 days a week"),
        "open_until": _("Open now, %(until)s"),
        "closed_now": _("Closed now"),
        "closed_today": _("Closed today"),
        "closed_then": _("%(closed)s. %(opens)s"),
        "opens": _("Opens %(day)s %(at)s"),
        "today": _("today"),
        "tomorrow": _("tomorrow"),
        "weekday": pgettext("opens on a day of this week", "%(weekday)s"),
        "date": _("%(weekday)s, %(month)s %(day)s"),
        "until": {"one": pgettext("one o'clock", "until %(time)s"), "other": _("until %(time)s"), "noon": _("until noon"), "midnight": _("until midnight")},
        "at": {"one": pgettext("one o'clock", "at %(time)s"), "other": _("at %(time)s"), "noon": _("at noon"), "midnight": _("at midnight")},
    }


def form_text(language: Language) -> Text:
    """Errors of the feedback forms sent without leaving the page (the thank-you is in the page)."""
    _ = translator(language).gettext
    return {
        "problem": _("There is a problem"),
        "failed": _("Something went wrong. Please try again."),
        "offline": _("We could not send your answers. Check your connection and try again."),
    }


def search_text(language: Language) -> Text:
    """The search page's status lines and its "Show more results" button."""
    strings = translator(language)
    _, ngettext = strings.gettext, strings.ngettext  # named so pybabel extracts each call

    def plural(found: Callable[[int], str]) -> dict[str, str]:
        """One and more than one: enough for English and Spanish, as the script chooses by ``n === 1``."""
        return {"one": found(1), "other": found(2)}

    return {
        "searching": _("Searching…"),
        "none": _("No results for “%(query)s”. Try other words, or browse all services from A to Z."),
        "found": plural(lambda n: ngettext("%(count)s result for “%(query)s”.", "%(count)s results for “%(query)s”.", n)),
        "first": _("Showing the first %(shown)s."),
        "more": plural(lambda n: ngettext("Show %(count)s more result", "Show %(count)s more results", n)),
        "more_start": _("Show more results"),
        "broken": _("Search is not working right now. Browse all services from A to Z instead."),
    }


PARTS: dict[str, Callable[[Language], Text]] = {"hours": hours_text, "forms": form_text}


def script_text(language: Language, search: bool = False) -> str:
    """JSON for ``data-gp-text``: the hours and forms words every page needs, and the search
    page's own only on it (they would be dead weight elsewhere)."""
    text = {name: part(language) for name, part in PARTS.items()}
    if search:
        text["search"] = search_text(language)
    return json.dumps(text, ensure_ascii=False, separators=(",", ":"))
