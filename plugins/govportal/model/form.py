"""Forms: the digitized version, e-signature, the download, and the ways to send it without internet.

The 21st Century IDEA asks agencies to put forms online and accept electronic
signatures while keeping paper, phone and in-person options. A form is written in a
service's front matter, or once in ``content/forms/<id>.yml`` and used by several
services (``forms: [dl-12]``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Discriminator, Field, Tag, field_validator, model_validator

from govportal.model.fields import ContentModel, HttpsUrl, PastDate, Phone, Slug, Text, fail

FormStatus = Literal["digital", "online", "download"]
STATUS_NAMES: dict[FormStatus, str] = {
    "digital": "Fully digital, with e-signature",
    "online": "Online, without e-signature",
    "download": "Download only",
}


class ESignature(ContentModel):
    url: HttpsUrl
    method: Text = "sign online"  # for example "sign with a State of Example digital ID"


class Download(ContentModel):
    """The printable form: a file in the content folder, or a web address."""

    file: Text | None = None  # path inside the content folder, e.g. forms/dl-12.pdf
    url: HttpsUrl | None = None
    size_kb: Annotated[int, Field(ge=1)] | None = None  # for a url; a file's size is measured
    tagged_pdf: bool = False  # tagged PDFs can be read with a screen reader

    @model_validator(mode="after")
    def _one_source(self) -> Download:
        if (self.file is None) == (self.url is None):
            raise fail("give either file (a path in the content folder) or url, not both and not neither")
        return self

    @property
    def href(self) -> str:
        """Where to get it: a path in the site (the content folder's layout) or the web address."""
        return self.file or self.url or ""

    @property
    def format(self) -> str:
        """``PDF``, ``DOCX``… from the file name's ending."""
        name = self.file or self.url or ""
        match = re.search(r"\.([A-Za-z0-9]{2,5})$", name.split("?")[0])
        return match.group(1).upper() if match else "File"


class Offline(ContentModel):
    """Ways to send the form without internet; at least one is required."""

    mail: Text | None = None  # full mailing address
    fax: Phone | None = None
    in_person: Text | None = None  # where, e.g. "any DMV office"
    phone: Phone | None = None  # fill it out over the phone with staff

    @model_validator(mode="after")
    def _at_least_one(self) -> Offline:
        if not (self.mail or self.fax or self.in_person or self.phone):
            raise fail("add at least one way to send the form without internet: mail, fax, in_person or phone")
        return self


class ControlNumber(ContentModel):
    """The OMB or state paperwork control number printed on the form, and when it expires."""

    number: Text
    expires: date
    issued_by: Text | None = None  # e.g. "Office of Management and Budget (OMB)"


class Form(ContentModel):
    id: Slug
    title: Text
    number: Text | None = None  # the agency's form number, e.g. DL-12
    purpose: Text
    online_url: HttpsUrl | None = None
    e_signature: ESignature | None = None
    download: Download | None = None
    submit_offline: Offline
    fee: Text = "Free"
    time_to_complete: Text | None = None  # e.g. "about 15 minutes"
    control_number: ControlNumber | None = None
    last_reviewed: PastDate

    @field_validator("purpose")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        if len([s for s in re.split(r"(?<=[.!?])\s+", value) if s]) > 1:
            raise fail("write the purpose as one plain sentence")
        return value

    @model_validator(mode="after")
    def _some_way_to_get_it(self) -> Form:
        if self.online_url is None and self.download is None:
            raise fail("add online_url (the form online) or download (a file people can print), or both")
        return self

    @property
    def status(self) -> FormStatus:
        if self.online_url and self.e_signature:
            return "digital"
        return "online" if self.online_url else "download"

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]


class FormRef(ContentModel):
    """A form kept in ``content/forms/<use>.yml``, shared by several services."""

    use: Slug


def _ref_shorthand(value: Any) -> Any:
    """``- dl-12`` in a service's forms list means the shared form dl-12."""
    return {"use": value} if isinstance(value, str) else value


def _form_kind(value: Any) -> str:
    return "shared" if isinstance(value, dict) and "use" in value else "form"


FORM_TAGS = frozenset({"shared", "form"})

_OneForm = Annotated[Annotated[Form, Tag("form")] | Annotated[FormRef, Tag("shared")], Discriminator(_form_kind)]
FormEntry = Annotated[_OneForm, BeforeValidator(_ref_shorthand)]


class FormsSettings(ContentModel):
    """``forms:`` under the govportal plugin in ``site.yml``."""

    # Hosts of the state's online forms and signing services; other hosts are errors.
    allowed_hosts: list[Text] = []
    # Warn this many days before a control number expires.
    expiry_warning_days: Annotated[int, Field(ge=0, le=365)] = 90
