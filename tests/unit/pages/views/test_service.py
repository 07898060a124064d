"""A service page: its facts, its agency and survey, whom to ask (how to apply and forms are in
test_how_to_apply.py and test_forms_and_signing.py)."""

from __future__ import annotations

from govportal.model.portal import PortalContent, ServicePage
from govportal.pages.views.parts import Link
from govportal.pages.views.service import ServiceView, service_view
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import in_spanish, minimal, site, with_services

CAMPING = minimal().services[0]


def view_of(page: ServicePage, content: PortalContent | None = None) -> ServiceView:
    return service_view(site(content or with_services(page)), PageView("service", agency_id=page.agency_id, service=page))


def test_facts_link_the_agency_and_the_survey() -> None:
    view = view_of(CAMPING)
    assert (view.title, view.cost, view.who_can_use) == ("Reserve a campsite", "$25 a night", ("Anyone 18 or older.",))
    assert view.agency == Link("agencies/parks/", "Division of State Parks", on_site=True)
    assert view.survey == Link("services/parks/reserve-a-campsite/survey/", "Tell us how it went with Reserve a campsite (about 2 minutes)", on_site=True)
    assert view.forms is None


def test_service_contact_offers_the_agency_phone_with_hours_in_words_and_its_email() -> None:
    contact = view_of(CAMPING).contact
    assert contact.agency_short == "DSP"
    assert contact.phone_hours == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays"
    assert contact.email == Link("mailto:parks@example.gov", "parks@example.gov")
    assert contact.help == Link("help/#parks", "All ways to get help from the Division of State Parks", on_site=True)



def spanish_view(*, stale: bool = False, machine: bool = False) -> ServiceView:
    content = in_spanish(stale=stale, machine=machine)
    page = content.services[0]
    return service_view(site(content), PageView("service", agency_id=page.agency_id, service=page, language="es"))


def test_a_spanish_service_page_speaks_spanish_and_links_spanish_pages() -> None:
    view = spanish_view()
    assert view.title == "Reserve un campamento"
    assert view.survey == Link("es/services/parks/reserve-a-campsite/survey/", "Cuéntenos cómo le fue con: Reserve un campamento (unos 2 minutos)", on_site=True)
    assert view.agency.href == "es/agencies/parks/"
    assert view.contact.help == Link("es/help/#parks", "Todas las formas de recibir ayuda: Division of State Parks", on_site=True)
    assert view.translation is None  # up to date and made by people: nothing to say


def test_a_stale_translation_says_so_in_spanish_and_links_the_current_english_page() -> None:
    notice = spanish_view(stale=True).translation
    assert notice is not None and notice.machine is None
    assert notice.outdated is not None and notice.outdated.startswith("La página en inglés cambió")
    assert notice.english == Link("services/parks/reserve-a-campsite/", "Lea la página actual en inglés", on_site=True)


def test_a_machine_translation_says_so() -> None:
    notice = spanish_view(machine=True).translation
    assert notice is not None and (notice.outdated, notice.english) == (None, None)
    assert notice.machine is not None and notice.machine.startswith("Una computadora tradujo esta página")


def test_english_pages_have_no_translation_notice() -> None:
    assert view_of(CAMPING).translation is None
