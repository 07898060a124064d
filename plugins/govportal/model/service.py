"""A service page's front matter (``content/services/<agency>/<slug>.md``)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator, model_validator

from govportal.model.fields import ContentModel, HttpsUrl, PastDate, Phone, Slug, Text, fail
from govportal.model.form import FormEntry
from govportal.model.hours import Hours
from govportal.model.publishing import Publishing
from govportal.model.review import Period
from govportal.model.status import ServiceStatus


def _as_list(value: Any) -> Any:
    """Editors may write one item as plain text; treat it as a list of one."""
    return [value] if isinstance(value, str) else value


TextList = Annotated[list[Text], BeforeValidator(_as_list)]


class OnlineOption(ContentModel):
    url: HttpsUrl
    label: Text = "Apply online"


class PhoneOption(ContentModel):
    number: Phone
    hours: Hours | None = None
    notes: Text | None = None


class MailOption(ContentModel):
    address: Text
    notes: Text | None = None


class InPersonOption(ContentModel):
    address: Text | None = None
    notes: Text | None = None
    appointment_url: HttpsUrl | None = None


class HowToApply(ContentModel):
    """Ways to apply; a way that needs no internet must always be offered (21st Century IDEA)."""

    online: OnlineOption | None = None
    phone: PhoneOption | None = None
    mail: MailOption | None = None
    in_person: InPersonOption | None = None

    @model_validator(mode="after")
    def _offline_way(self) -> HowToApply:
        if self.phone is None and self.mail is None and self.in_person is None:
            raise fail("add at least one way to apply without the internet: phone, mail or in_person")
        return self


class Service(Publishing):
    """What a citizen needs to know to use one service (and, from Publishing, whether it is published and who owns it)."""

    title: Text
    summary: Text
    agency: Slug
    topics: Annotated[list[Slug], Field(min_length=1)]
    who_can_use: TextList
    what_you_need: TextList
    cost: Text
    time_to_complete: Text
    how_to_apply: HowToApply
    forms: list[FormEntry] = []  # forms written here, or shared ones by id: - dl-12
    last_reviewed: PastDate
    review_in: Period | None = None
    status: ServiceStatus | None = None  # something not working: shown above "How to apply", listed on /status/

    @field_validator("summary")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", value) if s]
        if len(sentences) > 1:
            raise fail("write the summary as one sentence; move the rest into the page text")
        if len(value) > 200:
            raise fail(f"is {len(value)} characters long; keep the summary under 200 characters")
        return value
