"""The sample portal's Spanish pages, as built: under /es/, in Spanish, with a notice on the one
translation that fell behind its English page, and the English pages still in English."""

from __future__ import annotations

import re
from pathlib import Path

RENEW = "services/dmv/renew-drivers-license/"
SNAP = "services/workforce/apply-for-food-assistance/"
BIRTH = "services/health/get-a-birth-certificate/"
NOTICE = "data-gp-outdated-translation"


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def html_lang(page: str) -> str | None:
    found = re.search(r'<html lang="([^"]+)"', page)
    return found[1] if found else None


def test_a_translated_service_is_published_under_es_in_spanish(sample_site: Path) -> None:
    page = read(sample_site, f"es/{RENEW}")
    assert html_lang(page) == "es"
    assert ">Ayuda en vivo<" in page and ">Live Help<" not in page
    assert "<dt>Costo</dt>" in page and "¿Le sirvió esta página?" in page
    assert 'href="../../../help/#dmv"' in page  # Live Help in Spanish too: es/help/#dmv


def test_only_the_stale_translation_shows_the_notice_with_a_link_to_the_english_page(sample_site: Path) -> None:
    snap = read(sample_site, f"es/{SNAP}")
    notice = re.search(rf"<p {NOTICE}>(.*?)</p>", snap, re.S)
    assert notice is not None and "La página en inglés cambió" in notice[1]
    assert f'href="../../../../{SNAP}" hreflang="en"' in notice[1]
    assert NOTICE not in read(sample_site, f"es/{RENEW}") and NOTICE not in read(sample_site, f"es/{BIRTH}")


def test_spanish_lists_mark_services_only_in_english_and_link_the_english_page(sample_site: Path) -> None:
    agency = read(sample_site, "es/agencies/dmv/")
    assert html_lang(agency) == "es"
    assert 'href="../../../services/dmv/register-a-vehicle/" hreflang="en" lang="en">Register a vehicle</a> <span class="gp-services__only-in">(solo en inglés)</span>' in agency
    assert f'href="../../{RENEW}">' in agency  # the translated one, in Spanish


def test_pages_not_translated_are_not_published_in_spanish(sample_site: Path) -> None:
    assert not (sample_site / "es/forms").exists() and not (sample_site / "es/services/dmv/register-a-vehicle").exists()
    assert (sample_site / "es/index.html").is_file() and (sample_site / "es/help/index.html").is_file()


def test_english_pages_stay_in_english(sample_site: Path) -> None:
    page = read(sample_site, SNAP)
    assert html_lang(page) == "en"
    assert ">Live Help<" in page and "<dt>Cost</dt>" in page and NOTICE not in page and "solo en inglés" not in read(sample_site, "agencies/dmv/")


def test_hours_and_dates_on_a_spanish_service_page_are_in_spanish(sample_site: Path) -> None:
    page = read(sample_site, f"es/{RENEW}")
    words = re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", "", page, flags=re.S))  # the text people read
    assert [w for w in ("Monday", "a.m.", "p.m.", "Mountain Time", "closed on state holidays", "Warning:") if w in words] == []
    assert "de lunes a viernes, de 8 a. m. a 5 p. m., hora de las Montañas Rocosas" in words
    assert "Viernes, 25 de diciembre:" in words and "Advertencia:" in words
