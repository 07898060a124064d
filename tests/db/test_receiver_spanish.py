"""A real receiver answers a form posted from a Spanish page in Spanish, and stores good posts
from it like any other."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.db.receiver import receiver_for, stored_rows

ES_PAGE = "/es/services/dmv/renew-drivers-license/"
HEAD = '<!doctype html><html lang="{lang}"><head><meta name="govportal:agency" content="dmv"><meta name="govportal:service" content="dmv/renew-drivers-license"></head><body></body></html>'


def tiny_site(root: Path) -> Path:
    """A published site of three pages: the English and Spanish home pages and a Spanish service page."""
    for folder, lang in (("", "en"), ("es", "es"), (ES_PAGE.strip("/"), "es")):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "index.html").write_text(HEAD.format(lang=lang))
    return root


def test_a_form_posted_from_a_spanish_page_is_answered_in_spanish(tmp_path: Path, sqlite_url: str) -> None:
    with receiver_for(tiny_site(tmp_path / "site"))(sqlite_url) as base:
        refused = httpx.post(base + "/api/feedback", data={"page": ES_PAGE, "helpful": "tal vez"})
        as_json = httpx.post(base + "/api/feedback", json={"page": "/es/no-existe/", "helpful": "yes"})
        unreadable = httpx.post(base + "/api/feedback", content=b"\xff\xfe", headers={"Content-Type": "application/x-www-form-urlencoded", "Referer": base + ES_PAGE})
        english = httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "maybe"})
        stored = httpx.post(base + "/api/feedback", data={"page": ES_PAGE, "helpful": "yes", "comment": "Muy claro"})
    assert refused.status_code == 422
    assert '<html lang="es">' in refused.text and "Hay un problema con sus comentarios" in refused.text
    assert f'href="{ES_PAGE}#gp-feedback-helpful">Elija Sí o No.</a>' in refused.text
    assert as_json.json()["errors"] == {"page": "No conocemos esta página. Envíe sus comentarios desde una página de este sitio web."}
    assert unreadable.status_code == 400 and "No pudimos leer el mensaje." in unreadable.text
    assert english.json()["errors"] == {"helpful": "Choose Yes or No."}
    assert (stored.status_code, stored.headers["location"]) == (303, ES_PAGE + "#gp-feedback-thanks")
    [row] = stored_rows(sqlite_url)
    assert (row["page"], row["service"], row["comment"]) == (ES_PAGE, "dmv/renew-drivers-license", "Muy claro")
