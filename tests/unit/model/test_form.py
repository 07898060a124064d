"""Forms: how digital a form is, in words, and the ways to get and send it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from govportal.model.form import Download, Form, FormEntry, FormRef

OFFLINE = {"mail": "PO Box 1, Salt Lake City, UT 84101"}


def form(**changes: Any) -> Form:
    data = {"id": "dl-12", "title": "Driver license application", "purpose": "Apply for a driver license.", "submit_offline": OFFLINE, "last_reviewed": "2026-10-01"}
    return Form.model_validate(data | changes, context={"today": date(2026, 11, 23)})


def message_of(**changes: Any) -> str:
    with pytest.raises(ValidationError) as raised:
        form(**changes)
    return str(raised.value.errors()[0]["msg"])


@pytest.mark.parametrize(
    ("changes", "status", "name"),
    [
        ({"online_url": "https://forms.example.gov/dl-12", "e_signature": {"url": "https://sign.example.gov/"}}, "digital", "Fully digital, with e-signature"),
        ({"online_url": "https://forms.example.gov/dl-12"}, "online", "Online, without e-signature"),
        ({"download": {"file": "forms/dl-12.pdf"}}, "download", "Download only"),
    ],
)
def test_how_digital_a_form_is(changes: dict[str, Any], status: str, name: str) -> None:
    assert (form(**changes).status, form(**changes).status_name) == (status, name)


@pytest.mark.parametrize(
    ("download", "href", "kind"),
    [
        ({"file": "forms/dl-12.pdf"}, "forms/dl-12.pdf", "PDF"),
        ({"url": "https://forms.example.gov/dl-12.docx?v=2"}, "https://forms.example.gov/dl-12.docx?v=2", "DOCX"),
        ({"url": "https://forms.example.gov/dl-12"}, "https://forms.example.gov/dl-12", "File"),
    ],
)
def test_a_download_has_a_place_and_a_format(download: dict[str, str], href: str, kind: str) -> None:
    item = Download.model_validate(download)
    assert (item.href, item.format) == (href, kind)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({}, "add online_url (the form online) or download (a file people can print), or both"),
        ({"download": {}}, "give either file (a path in the content folder) or url, not both and not neither"),
        ({"download": {"file": "a.pdf", "url": "https://a.example.gov/a.pdf"}}, "give either file (a path in the content folder) or url, not both and not neither"),
        ({"online_url": "https://forms.example.gov/", "submit_offline": {}}, "add at least one way to send the form without internet: mail, fax, in_person or phone"),
        ({"online_url": "https://forms.example.gov/", "purpose": "Apply. Renew."}, "write the purpose as one plain sentence"),
    ],
)
def test_mistakes_in_a_form_say_what_to_add(changes: dict[str, Any], message: str) -> None:
    assert message_of(**changes) == message


def test_a_shared_form_may_be_named_by_its_id_alone() -> None:
    entries = TypeAdapter(list[FormEntry]).validate_python(["dl-12", {"use": "dl-13"}])
    assert entries == [FormRef(use="dl-12"), FormRef(use="dl-13")]
