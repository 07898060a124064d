"""Parts in another language: found when sure, quiet on place names and single words."""

from __future__ import annotations

import pytest

from govportal.gate.checks.language_parts import language_of, other_language_blocks, page_language_problem


def test_spanish_sentences_and_bracketed_parts_are_found() -> None:
    assert language_of("Línea de ayuda en español") == "es"
    assert language_of("Hablamos español.") == "es"
    assert language_of("Para más información, llame a la línea de ayuda.") == "es"


def test_english_place_names_and_single_words_are_not() -> None:
    for text in ("Visit our office in El Paso del Norte.", "Los Angeles County", "Español", "San Juan de la Cruz", "Renew your license"):
        assert language_of(text) is None, text


def test_other_scripts_need_a_few_letters() -> None:
    assert language_of("如需帮助，请致电我们") == "zh"
    assert language_of("中文") is None


def test_blocks_report_only_parts_not_marked_with_their_language() -> None:
    blocks = [
        {"selector": "p.a", "text": "Help line (Línea de ayuda en español)", "lang": "en", "prose": True},
        {"selector": "p.b", "text": "Línea de ayuda en español", "lang": "es", "prose": True},
        {"selector": "p.c", "text": "Línea de ayuda en español", "lang": "", "prose": True},
    ]
    found = other_language_blocks(blocks)
    assert [f.selector for f in found] == ["p.a"]
    assert "Spanish" in found[0].message and 'lang="es"' in found[0].message


def test_english_on_a_spanish_page_is_found_and_names_of_programs_are_not() -> None:
    assert language_of("Renew your license online at the DMV website.", "es") == "en"
    for text in ("Supplemental Nutrition Assistance Program", "Puede renovar su licencia en línea.", "Llame a la línea de ayuda for the hearing impaired.", "Renew your license"):
        assert language_of(text, "es") is None, text


def test_spanish_blocks_report_only_english_parts_not_marked() -> None:
    blocks = [
        {"selector": "p.a", "text": "Puede renovar su licencia en línea. Renew your license online at the DMV website.", "lang": "es", "prose": True},
        {"selector": "p.b", "text": "Puede renovar su licencia en línea en el sitio web del DMV.", "lang": "es", "prose": True},
        {"selector": "p.c", "text": "Renew your license online at the DMV website.", "lang": "en", "prose": True},
    ]
    found = other_language_blocks(blocks)
    assert [f.selector for f in found] == ["p.a"]
    assert "English" in found[0].message and 'lang="en"' in found[0].message


@pytest.mark.parametrize(
    ("path", "lang", "wrong"),
    [("es/services/x/", "en", True), ("es/", "en-US", True), ("es/services/x/", "es", False), ("es/x.html", "es-US", False),
     ("es/", "", False), ("services/x/", "es", False), ("", "en", False)],
)
def test_a_page_in_the_es_folder_must_say_it_is_spanish(path: str, lang: str, wrong: bool) -> None:
    problem = page_language_problem(path, lang)
    assert (problem is not None) == wrong
    if problem:
        assert 'write lang="es"' in problem
