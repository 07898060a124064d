"""English left untranslated on Spanish pages says so (``lang="en"``), and translated forms are shown.

Agencies without a Spanish file, their channels and forms nobody translated keep their English
words on Spanish pages; screen readers must read those with English sounds (WCAG 3.1.2).
"""

from __future__ import annotations

from dataclasses import replace

from govportal.model.form import Form
from govportal.model.translation import Translation, Translations
from govportal.pages.views.agency import agency_view
from govportal.pages.views.contact import contact_cards
from govportal.pages.views.help import help_view
from govportal.pages.views.lists import agencies_view
from govportal.pages.views.service import service_view
from govportal.pages.views.site import PageView
from tests.unit.pages.views.portal import CAMPING, in_spanish, minimal, site
from tests.unit.pages.views.test_forms_and_signing import FORM

PARKS_RECORD = Translation("es", "agencies/parks.es.yml", "agencies/parks.yml", "0123456789ab", "0123456789ab")


def test_an_untranslated_agency_on_a_spanish_page_is_marked_english_and_never_on_an_english_one() -> None:
    spanish, english = site(in_spanish()), site()
    assert agency_view(spanish, PageView("agency", agency_id="parks", language="es")).language == "en"
    assert [a.language for a in agencies_view(spanish, PageView("agencies", language="es")).agencies] == ["en"]
    assert [a.language for a in help_view(spanish, PageView("help", language="es")).agencies] == ["en"]
    assert agency_view(english, PageView("agency", agency_id="parks")).language is None
    assert [a.language for a in agencies_view(english, PageView("agencies")).agencies] == [None]


def test_a_translated_agency_on_a_spanish_page_is_in_the_page_language() -> None:
    spanish = site(replace(in_spanish(), translations=Translations(agencies={"parks": PARKS_RECORD})))
    assert agency_view(spanish, PageView("agency", agency_id="parks", language="es")).language is None
    assert {c.language for c in contact_cards(spanish, minimal().agencies["parks"].channels, None, "parks")} == {None}


def test_an_untranslated_channel_marks_its_own_words_but_not_the_interface_words() -> None:
    [phone, _] = contact_cards(site(in_spanish()), minimal().agencies["parks"].channels, None, "parks")
    assert phone.language == "en" and phone.name == "Teléfono"
    labelled = replace(phone, label="Main line")
    assert labelled.title == "Teléfono: Main line"


def test_a_spanish_service_page_shows_the_translators_form_and_marks_an_untranslated_one_english() -> None:
    other = FORM.model_copy(update={"id": "cr-2", "number": "CR-2"})
    spanish_form = FORM.model_copy(update={"title": "Pedido de campamento", "purpose": "Pida un campamento para un grupo."})
    content = in_spanish()
    [translated] = content.services
    translated = replace(translated, service=translated.service.model_copy(update={"forms": [spanish_form]}))
    content = replace(content, services=[translated], forms={CAMPING.id: [FORM, other]})
    view = service_view(site(content), PageView("service", agency_id="parks", service=translated, language="es"))
    assert view.forms is not None
    shown = [(f.title, f.purpose, f.language) for f in view.forms.forms]
    assert shown == [("Pedido de campamento", "Pida un campamento para un grupo.", None), ("Camping request", "Ask for a group campsite.", "en")]


def test_english_pages_never_mark_forms() -> None:
    content = replace(minimal(), forms={CAMPING.id: [FORM]})
    view = service_view(site(content), PageView("service", agency_id="parks", service=CAMPING))
    assert view.forms is not None and [f.language for f in view.forms.forms] == [None]
    assert isinstance(FORM, Form)
