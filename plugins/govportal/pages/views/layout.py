"""What every page shows around its content: the official banner, the header with Live Help,
the menu, alerts, the page footer ("Was this page helpful?") and the site footer, and the
page's metadata. ``main.html`` and its partials read one :class:`LayoutView`.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from govportal.i18n import N_, translator
from govportal.model.translation import Language
from govportal.pages import urls
from govportal.pages.alternates import LanguageVersions
from govportal.pages.script_text import script_text
from govportal.pages.views.items import SearchBox
from govportal.pages.views.parts import Link
from govportal.pages.views.site import LiveHelp, PageView, SiteView

# Pages with a search box of their own do not repeat it in the menu.
OWN_SEARCH_BOX = frozenset({"home", "search"})


@dataclass(frozen=True)
class PageFacts:
    """What only the site engine knows about the page being drawn."""

    site_name: str
    title: str | None = None  # None for theme pages such as 404.html
    path: str | None = None  # site path, e.g. services/dmv/renew/; None for theme pages
    draft: str | None = None  # in the preview, why the page is not published
    languages: LanguageVersions | None = None  # the pages the site has in each language; None: no switcher


@dataclass(frozen=True)
class AlertView:
    severity: str  # emergency | warning | information: the CSS modifier
    heading: str  # severity in words, not colour alone: "Warning:"
    title: str
    message: str
    ends: str  # ISO end, for the script to hide it once passed


@dataclass(frozen=True)
class ReviewDates:
    last_reviewed: str  # ISO date
    last_reviewed_words: str  # "March 3, 2026"
    due: str  # ISO date


@dataclass(frozen=True)
class Alternate:
    """``<link rel="alternate" hreflang>``: the page in one language (or x-default, the English)."""

    hreflang: str
    href: str  # a full address when the site's is known, else a site path for the url filter
    absolute: bool


@dataclass(frozen=True)
class LanguageLink:
    """The switcher: the page in another language, or that language's home page when the page has
    no translation; written in that language, so its readers find it."""

    href: str  # site path
    text: str  # "Español", "English"; "Página principal en español" when it leads home
    lang: Language  # of the text and of the page it leads to


ENDONYMS: dict[Language, str] = {"en": "English", "es": "Español"}  # each language's name in itself


@dataclass(frozen=True)
class Meta:
    """The <head>: what browsers, search engines and link previews read."""

    title: str
    og_title: str
    description: str | None
    content_security_policy: str
    json_ld: Markup | None
    og_url: str | None  # only when the site's address is known
    agency_id: str | None
    service_id: str | None
    alternates: tuple[Alternate, ...] = ()  # the page's versions in every language, itself included


@dataclass(frozen=True)
class Footer:
    owner: str  # "Example.gov is the official portal of the State of Example."
    links: tuple[Link, ...]
    note: str | None


@dataclass(frozen=True)
class PageFooter:
    """Under the content: when it was last checked, and "Was this page helpful?"."""

    review: ReviewDates | None
    feedback_action: str
    max_comment_chars: int
    page: str  # the page's address, sent with the feedback: /services/dmv/renew/
    help_href: str  # Live Help, for "we cannot reply here"


@dataclass(frozen=True)
class LayoutView:
    version: str
    official_banner: str
    site_name: str
    home_href: str
    live_help: LiveHelp
    menu: tuple[Link, ...]
    menu_search: bool  # a search box in the menu
    search_box: SearchBox  # where every search box on the page sends its words
    alerts: tuple[AlertView, ...]
    draft: str | None
    search_filters: tuple[tuple[str, str], ...] | None  # None: the page is left out of search
    page_footer: PageFooter
    footer: Footer
    meta: Meta
    language_switch: tuple[LanguageLink, ...] = ()  # one link per other language the site has
    script_text: str = "{}"  # JSON: the words govportal.js writes, in the page's language


MENU = (
    Link(urls.SERVICES, N_("All services"), on_site=True),
    Link(urls.TOPICS, N_("Topics"), on_site=True),
    Link(urls.AGENCIES, N_("Agencies"), on_site=True),
    Link(urls.HELP, N_("Contact us"), on_site=True),
)


def menu(site: SiteView) -> tuple[Link, ...]:
    """The main menu, to the pages in the portal's language."""
    return tuple(Link(site.localized(link.href), site.gettext(link.text), on_site=True) for link in MENU)


def layout_view(site: SiteView, page: PageView, facts: PageFacts) -> LayoutView:
    help = site.live_help(page)
    review = site.review_of(page)
    dates = ReviewDates(review.last_reviewed.isoformat(), site.long_date(review.last_reviewed), review.due.isoformat()) if review else None
    return LayoutView(
        version=site.version,
        official_banner=official_banner(site),
        site_name=facts.site_name,
        home_href=site.localized(urls.HOME),
        live_help=help,
        menu=menu(site),
        menu_search=page.kind not in OWN_SEARCH_BOX,
        search_box=site.search_box,
        alerts=alerts(site, page),
        draft=facts.draft,
        search_filters=tuple(site.search_filters(page)) if facts.path is not None and site.indexed(page) else None,
        page_footer=PageFooter(dates, site.feedback_action(), site.settings.feedback.max_comment_chars, "/" + (facts.path or ""), help.href),
        footer=footer(site, facts.site_name),
        meta=meta(site, page, facts),
        language_switch=language_switch(facts),
        script_text=script_text(site.language, search=page.kind == "search"),
    )


def language_switch(facts: PageFacts) -> tuple[LanguageLink, ...]:
    """The same page in the other language, else that language's home page, saying so."""
    if facts.languages is None or facts.path is None:
        return ()
    return tuple(
        LanguageLink(choice.path, ENDONYMS[choice.language] if choice.same_page else translator(choice.language).gettext("Home page in English"), choice.language)
        for choice in facts.languages.choices(facts.path)
    )


def alternates(site: SiteView, facts: PageFacts) -> tuple[Alternate, ...]:
    """hreflang links to every version of the page, itself included, and x-default (the English)."""
    links = facts.languages.hreflang(facts.path) if facts.languages is not None and facts.path is not None else []
    known = site.site_url != "/"
    return tuple(Alternate(hreflang, site.absolute(path) if known else path, known) for hreflang, path in links)


def alerts(site: SiteView, page: PageView) -> tuple[AlertView, ...]:
    found = site.availability.alerts_for(page.agency_id, page.service, page.topic.id if page.topic else None)
    return tuple(AlertView(a.severity, f"{site.availability.severity_name(a)}:", a.title, a.message, site.availability.ends_iso(a)) for a in found)


def official_banner(site: SiteView) -> str:
    """The site.yml's words if it has them (in one language), else ours in the page's."""
    settings = site.settings
    return settings.official_banner or site.gettext("An official website of the %(state)s", state=settings.state_name)


def footer(site: SiteView, site_name: str) -> Footer:
    settings = site.settings
    links = tuple(Link(footer_path(site, link.site_path), site.gettext(link.title), on_site=True) if link.site_path is not None else Link(link.url, site.gettext(link.title)) for link in settings.footer_links)
    return Footer(site.gettext("%(site)s is the official portal of the %(state)s.", site=site_name, state=settings.state_name), links, settings.footer_note)


def footer_path(site: SiteView, path: str) -> str:
    """A footer link to one of our lists leads to it in the page's language; the rest are English only."""
    return site.localized(path) if path in urls.IN_EVERY_LANGUAGE else path


def meta(site: SiteView, page: PageView, facts: PageFacts) -> Meta:
    title = str(Markup(str(facts.title)).striptags()) if facts.title is not None else None  # as Jinja's striptags
    return Meta(
        title=facts.site_name if page.kind == "home" or title is None else f"{title} | {facts.site_name}",
        og_title=title if title is not None else facts.site_name,
        description=site.description(page),
        content_security_policy=site.content_security_policy(page),
        json_ld=site.json_ld(page),
        og_url=site.absolute(facts.path) if facts.path is not None and site.site_url != "/" else None,
        agency_id=page.agency_id,
        service_id=page.service.id if page.service else None,
        alternates=alternates(site, facts),
    )
