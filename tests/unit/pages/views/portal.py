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
from govportal.model.portal import PortalContent, ServicePage, TranslatedPortal
from govportal.model.translation import Translation
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


def with_translation(*, stale: bool = False, machine: bool = False, english_only: ServicePage | None = None) -> PortalContent:
    """The minimal (English) portal with a Spanish translation of the campsite service (behind the
    English when ``stale``, made by a machine when ``machine``), and ``english_only`` left untranslated."""
    english = with_services(*([CAMPING] + ([english_only] if english_only else [])))
    record = Translation("es", "services/parks/reserve-a-campsite.es.md", CAMPING.source, "0123456789ab", "ba9876543210" if stale else "0123456789ab", machine)
    spanish = CAMPING.service.model_copy(update={"title": "Reserve un campamento", "summary": "Reserve un campamento en un parque del estado."})
    translated = replace(CAMPING, source=record.file, service=spanish, translation=record)
    return replace(english, translated={"es": TranslatedPortal("es", services={CAMPING.id: translated})})


def in_spanish(*, stale: bool = False, machine: bool = False, english_only: ServicePage | None = None) -> PortalContent:
    """That portal as Spanish readers see it."""
    return with_translation(stale=stale, machine=machine, english_only=english_only).in_language("es")


CAMPING = minimal().services[0]
