"""Acronyms and reading level, judged on text as the page probe returns it."""

from __future__ import annotations

import pytest

from govportal.gate.checks import Where
from govportal.gate.checks.plain_language import grade, perspicuity, prose_of, reading_level_issues, sentences, syllables_es, unexplained_acronyms
from govportal.config.gate import GateSettings

ALLOWED = GateSettings().allowed_acronyms
WHERE = Where("services/x/", "", GateSettings(), True)


def acronyms(text: str, abbreviations: list[tuple[str, str]] = []) -> list[str]:
    return [a for a, _ in unexplained_acronyms(text, abbreviations, ALLOWED)]


def test_capitals_lines_times_and_units_are_not_acronyms() -> None:
    text = "LAST UPDATED\nOFFICE HOURS AND FEES\nOpen 8 AM to 5 PM ET. Files up to 10 MB. Bring your ID.\nPart III of Title II"
    assert acronyms(text) == []


def test_acronym_in_a_capitals_heading_is_still_found_in_ordinary_text() -> None:
    assert acronyms("APPLY WITH DWS\nSend the form to DWS by mail.") == ["DWS"]


def test_abbr_title_anywhere_and_spelled_out_names_define_an_acronym() -> None:
    assert acronyms("Ask DWS for help.", [("DWS", "Department of Workforce Services")]) == []
    assert acronyms("The Division of Motor Vehicles (DMV) renews licenses. Visit a DMV office.") == []
    assert acronyms("Call TTY (text telephone) 711.") == []


def test_each_acronym_once_with_its_first_use() -> None:
    found = unexplained_acronyms("Apply through the XYZQ portal before the deadline. XYZQ is open all day.", [], ALLOWED)
    assert found == [("XYZQ", "Apply through the XYZQ portal before the deadline. XYZQ…")]


def test_state_codes_in_addresses_are_not_acronyms() -> None:
    assert acronyms("Eligibility Services, PO Box 143245, Capitol City, EX 84114\nWe moved to Denver, CO last year.") == []


def test_reading_level_counts_prose_sentences_and_shows_the_hardest() -> None:
    hard = (
        "Notwithstanding any other provision, applicants demonstrating extraordinary circumstances "
        "may alternatively request administrative reconsideration of determinations regarding eligibility "
        "within the applicable statutory timeframe established by the department."
    )
    easy = "Fill in the form. Sign it. Send it to us by mail."
    found = reading_level_issues([hard, easy, hard.replace("department", "agency"), easy, hard.replace("may", "can")], WHERE)
    assert len(found) == 1
    assert "of its sentences have more than 25 words" in found[0].message
    assert len(found[0].details) == 3
    assert all("split it" in d or "everyday words" in d for d in found[0].details), found[0].details


def test_plain_prose_passes_and_sentences_split_at_full_stops() -> None:
    easy = "You can renew your license online. It takes about ten minutes. You need your old license and a card to pay. " * 4
    assert reading_level_issues([easy], WHERE) == []
    assert sentences(["One. Two words! Three?"]) == ["One.", "Two words!", "Three?"]


def test_runs_of_capital_words_and_labels_inside_text_are_not_acronyms() -> None:
    text = "Read the manual, and WEAR YOUR SEAT BELTS AT ALL TIMES.\nSUMMARY: The agency proposes a rule.\nSee PROFESSOR JOSEPH KIMBLE on LAST UPDATED dates."
    assert acronyms(text) == []
    assert acronyms("Ask the DMV ID desk.") == ["DMV"]


# Spanish pages (<html lang="es">): Szigriszt-Pazos perspicuity, Spanish syllables, Spanish acronyms.
SPANISH_WHERE = Where("es/services/x/", "", GateSettings(), True)
EASY_ES = "Puede renovar su licencia en línea. Toma unos diez minutos. Necesita su licencia vieja y una tarjeta para pagar. "
FORMAL_ES = (
    "Para solicitar la licencia, complete el formulario de inscripción y preséntelo en la oficina de su condado. "
    "Traiga una identificación con fotografía y un comprobante de domicilio. "
)


@pytest.mark.parametrize(
    ("word", "count"),
    [("información", 4), ("día", 2), ("agua", 2), ("ahora", 3), ("teléfono", 4), ("poeta", 3), ("ciudad", 2),
     ("hoy", 1), ("y", 1), ("guerra", 2), ("pingüino", 3), ("cooperar", 4), ("administrativo", 6)],
)
def test_spanish_syllables_count_hiatus_and_diphthongs(word: str, count: int) -> None:
    assert syllables_es(word) == count


def test_spanish_sentences_are_scored_with_szigriszt_pazos() -> None:
    # 41 syllables, 19 words, 3 sentences: 206.835 - 62.3 * 41 / 19 - 19 / 3
    ease, words = perspicuity(EASY_ES)
    assert (round(ease, 2), words) == (66.06, 19)
    assert round(perspicuity(FORMAL_ES)[0], 2) == 43.35


def test_plain_spanish_passes_although_its_english_grade_is_high() -> None:
    assert round(grade(EASY_ES * 4)[0], 1) == 11.8  # what the English formula would have said
    assert reading_level_issues([EASY_ES * 4], SPANISH_WHERE, "es") == []


def test_hard_spanish_gets_the_spanish_score_and_hints_in_english() -> None:
    [issue] = reading_level_issues([FORMAL_ES * 4], SPANISH_WHERE, "es-US")
    assert issue.message.startswith("the Spanish prose scores 43.4 on the Szigriszt-Pazos perspicuity scale (55 or more")
    assert issue.details[0] == "“Traiga una identificación con fotografía y un comprobante de domicilio.”: use everyday words for 'identificación', 'fotografía'"


def test_spanish_acronyms_are_explained_by_their_spanish_name_or_por_sus_siglas() -> None:
    def found(text: str) -> list[str]:
        return [a for a, _ in unexplained_acronyms(text, [], ALLOWED, prose_of("es"))]

    text = (
        "AVISO: NO necesita cita.\nLa División de Vehículos Motorizados (DMV, por sus siglas en inglés) renueva licencias. "
        "Visite una oficina del DMV. El Programa de Asistencia Nutricional Suplementaria (SNAP) ayuda a comprar comida."
    )
    assert found(text) == []
    assert found("Pida ayuda a SNAP antes del lunes.") == ["SNAP"]
    assert found("Llame al Departamento de Salud (DS) o escriba al DS.") == []
