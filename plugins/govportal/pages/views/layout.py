"""What every page shows around its content: the official banner, the header with Live Help,
the menu, alerts, the page footer ("Was this page helpful?") and the site footer, and the
page's metadata. ``main.html`` and its partials read one :class:`LayoutView`.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from govportal.pages import urls
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


MENU = (
    Link(urls.SERVICES, "All services", on_site=True),
    Link(urls.TOPICS, "Topics", on_site=True),
    Link(urls.AGENCIES, "Agencies", on_site=True),
    Link(urls.HELP, "Contact us", on_site=True),
)


def layout_view(site: SiteView, page: PageView, facts: PageFacts) -> LayoutView:
    help = site.live_help(page)
    review = site.review_of(page)
    dates = ReviewDates(review.last_reviewed.isoformat(), site.long_date(review.last_reviewed), review.due.isoformat()) if review else None
    return LayoutView(
        version=site.version,
        official_banner=site.settings.banner_text,
        site_name=facts.site_name,
        home_href=urls.HOME,
        live_help=help,
        menu=MENU,
        menu_search=page.kind not in OWN_SEARCH_BOX,
        search_box=site.search_box,
        alerts=alerts(site, page),
        draft=facts.draft,
        search_filters=tuple(site.search_filters(page)) if facts.path is not None and site.indexed(page) else None,
        page_footer=PageFooter(dates, site.feedback_action(), site.settings.feedback.max_comment_chars, "/" + (facts.path or ""), help.href),
        footer=footer(site, facts.site_name),
        meta=meta(site, page, facts),
    )


def alerts(site: SiteView, page: PageView) -> tuple[AlertView, ...]:
    found = site.availability.alerts_for(page.agency_id, page.service, page.topic.id if page.topic else None)
    return tuple(AlertView(a.severity, f"{a.severity_name}:", a.title, a.message, site.availability.ends_iso(a)) for a in found)


def footer(site: SiteView, site_name: str) -> Footer:
    settings = site.settings
    links = tuple(Link(link.site_path, link.title, on_site=True) if link.site_path is not None else Link(link.url, link.title) for link in settings.footer_links)
    return Footer(f"{site_name} is the official portal of the {settings.state_name}.", links, settings.footer_note)


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
    )
