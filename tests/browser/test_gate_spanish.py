"""The gate on Spanish pages: plain Spanish passes (no English reading level, acronym or
language-of-parts false alarms), and a page under /es/ must say lang="es", mark its English, and
read easily by the Spanish measure."""

from __future__ import annotations

from datetime import date

import pytest

from govportal.gate import GateOptions, GateRun, run_gate
from tests.conftest import FIXTURES, made_once

TEMPLATE = (FIXTURES / "gate/page-es.html").read_text()
HARD = "<p>" + "La presentación de la documentación acreditativa correspondiente deberá efectuarse obligatoriamente con anterioridad a la finalización del plazo administrativo establecido. " * 3 + "</p>"
# name: (lang, extra body, the rules the gate must report on it)
PAGES: dict[str, tuple[str, str, set[str]]] = {
    "index": ("es", "", set()),
    "ayuda": ("es-US", "", set()),
    # Said to be English, its Spanish is "not marked" and measured as English: what a wrong lang costs.
    "lang-en": ("en", "", {"page-language", "language-of-parts", "reading-level"}),
    "ingles-sin-marcar": ("es", "<p>Renew your license online at the DMV website before it expires.</p>", {"language-of-parts"}),
    "dificil": ("es", HARD, {"reading-level"}),
}


@pytest.fixture(scope="module")
def spanish_run(tmp_path_factory: pytest.TempPathFactory) -> GateRun:
    def run() -> GateRun:
        site = tmp_path_factory.mktemp("spanish")
        (site / "es").mkdir()
        (site / "index.html").write_text(TEMPLATE.replace("{lang}", "es").replace("{title}", "Inicio").replace("{body}", ""))
        for name, (lang, body, _) in PAGES.items():
            (site / "es" / f"{name}.html").write_text(TEMPLATE.replace("{lang}", lang).replace("{title}", name).replace("{body}", body))
        return run_gate(GateOptions(site=site, today=date(2026, 11, 23)))

    return made_once(tmp_path_factory, "spanish-run", run)


@pytest.mark.parametrize("name", list(PAGES))
def test_spanish_pages_get_the_right_findings_only(spanish_run: GateRun, name: str) -> None:
    page = "es/" if name == "index" else f"es/{name}.html"
    found = {i.rule for i in spanish_run.issues if i.page == page and i.rule != "skip-link-focus"}
    assert found == PAGES[name][2], [i for i in spanish_run.issues if i.page == page]


def test_the_findings_say_what_to_write(spanish_run: GateRun) -> None:
    [lang] = [i for i in spanish_run.issues if i.rule == "page-language"]
    assert 'write lang="es"' in lang.message and lang.severity == "error"
    [english] = [i for i in spanish_run.issues if i.rule == "language-of-parts" and i.page == "es/ingles-sin-marcar.html"]
    assert "looks like English" in english.message and 'lang="en"' in english.message
    [hard] = [i for i in spanish_run.issues if i.rule == "reading-level" and i.page == "es/dificil.html"]
    assert "Szigriszt-Pazos" in hard.message and "use everyday words for 'obligatoriamente'" in hard.details[0]
