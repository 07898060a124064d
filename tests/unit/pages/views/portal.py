"""Small portals for view tests: the minimal fixture content, with services, agencies and
settings changed per test, and a SiteView over them. No MkDocs, no build."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from govportal.config.portal import PortalSettings
from govportal.content import load_content
from govportal.model.agency import Agency
from govportal.model.portal import PortalContent, ServicePage
from govportal.pages.views.site import SiteView

from tests.conftest import FIXTURES, TODAY

# Monday 10:00 in Denver, as the build tests pin it.
MOMENT = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("America/Denver"))


@cache
def minimal() -> PortalContent:
    content = load_content(FIXTURES / "minimal", TODAY).content
    assert content is not None
    return content


def site(content: PortalContent | None = None, settings: PortalSettings | None = None) -> SiteView:
    return SiteView(content or minimal(), settings or PortalSettings(), MOMENT)


def service(slug: str, title: str, agency_id: str = "parks", topics: tuple[str, ...] = ("outdoors",), /, **changes: object) -> ServicePage:
    """The fixture's campsite service under another slug, title and agency; ``changes`` to its front matter."""
    page = minimal().services[0]
    described = page.service.model_copy(update={"title": title, "summary": f"About {title}.", "topics": list(topics), **changes})
    return replace(page, slug=slug, agency_id=agency_id, source=f"services/{agency_id}/{slug}.md", service=described)


def agency(name: str, acronym: str | None = None) -> Agency:
    return minimal().agencies["parks"].model_copy(update={"name": name, "acronym": acronym})


def with_services(*services: ServicePage, **changes: object) -> PortalContent:
    return replace(minimal(), services=list(services), **changes)  # type: ignore[arg-type]
