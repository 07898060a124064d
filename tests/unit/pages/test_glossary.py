"""Glossary terms and agency acronyms spelled out on first use, in the page's main text only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govportal.i18n import translator
from govportal.model.glossary import Glossary
from govportal.pages.glossary import SPELLED_OUT, expand_first_use, expand_in_main, page_terms
from tests.unit.pages.views.portal import minimal

TERMS = {"DMV": "Division of Motor Vehicles", "WIC": "Women, Infants & Children", "SNAP": "Supplemental Nutrition Assistance Program"}
DMV = '<abbr title="Division of Motor Vehicles">DMV</abbr>'


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>Visit the DMV. The DMV is open.</p>", f"<p>Visit the Division of Motor Vehicles ({DMV}). The DMV is open.</p>"),
    ("<h2>DMV offices</h2><p>Ask the DMV.</p>", f"<h2>DMV offices</h2><p>Ask the Division of Motor Vehicles ({DMV}).</p>"),
    ('<p><a href="/dmv/">DMV</a> or <code>DMV</code></p><p>DMV</p>', f'<p><a href="/dmv/">DMV</a> or <code>DMV</code></p><p>Division of Motor Vehicles ({DMV})</p>'),
    ("<p>Division of Motor Vehicles (DMV) offices</p>", f"<p>Division of Motor Vehicles ({DMV}) offices</p>"),
    ("<p>Form DMV-12 and DMVS</p>", "<p>Form DMV-12 and DMVS</p>"),
    ("<p>food help (SNAP)</p>", '<p>food help (Supplemental Nutrition Assistance Program, <abbr title="Supplemental Nutrition Assistance Program">SNAP</abbr>)</p>'),
    ('<p><abbr title="Mine">DMV</abbr> then DMV</p>', '<p><abbr title="Mine">DMV</abbr> then DMV</p>'),
    ("<address>Capitol City, DMV 84130</address><p>x</p>", "<address>Capitol City, DMV 84130</address><p>x</p>"),
])
def test_first_use_outside_headings_links_and_code(html: str, expected: str) -> None:
    assert expand_first_use(html, TERMS) == expected


def test_expansion_is_escaped() -> None:
    assert expand_first_use("<p>Apply for WIC</p>", TERMS) == '<p>Apply for Women, Infants &amp; Children (<abbr title="Women, Infants &amp; Children">WIC</abbr>)</p>'


def test_only_main_is_changed() -> None:
    page = "<header>DMV</header><main><p>DMV</p></main><footer>DMV</footer>"
    assert expand_in_main(page, TERMS) == f"<header>DMV</header><main><p>Division of Motor Vehicles ({DMV})</p></main><footer>DMV</footer>"


def test_text_marked_with_its_own_language_is_left_alone_even_when_nested() -> None:
    html = '<p lang="en">Tell the DMV. <span>The DMV</span> too.</p><ul lang="en"><li><ul><li>x</li></ul>DMV</li></ul><p>Llame al DMV.</p>'
    expected = '<p lang="en">Tell the DMV. <span>The DMV</span> too.</p><ul lang="en"><li><ul><li>x</li></ul>DMV</li></ul><p>Llame al División de Vehículos Motorizados (<abbr title="División de Vehículos Motorizados">DMV</abbr>).</p>'
    assert expand_first_use(html, {"DMV": "División de Vehículos Motorizados"}) == expected


def test_a_translated_page_says_the_letters_come_from_the_english_name() -> None:
    spanish = translator("es").gettext(SPELLED_OUT)
    assert expand_first_use("<p>Llame al DOH.</p>", {"DOH": "Departamento de Salud"}, spanish) == (
        '<p>Llame al Departamento de Salud (<abbr title="Departamento de Salud">DOH</abbr>, por sus siglas en inglés).</p>'
    )


def test_a_translated_portal_spells_out_only_the_agency_acronym_as_the_glossary_is_in_english() -> None:
    glossary = Glossary.model_validate({"terms": [{"term": "WIC", "expansion": "Women, Infants, and Children"}]})
    parks = minimal().agencies["parks"].model_copy(update={"acronym": "DPR"})
    english = replace(minimal(), glossary=glossary, agencies={"parks": parks})
    assert page_terms(english, "parks") == {"WIC": "Women, Infants, and Children", "DPR": parks.name}
    assert page_terms(replace(english, language="es"), "parks") == {"DPR": parks.name}
