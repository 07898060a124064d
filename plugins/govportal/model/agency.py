"""An agency and the ways citizens can reach it (``content/agencies/<id>.yml``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union

from pydantic import Field, model_validator

from govportal.model.fields import ContentModel, Email, HttpsUrl, PastDate, Phone, Text, fail
from govportal.model.holidays import Closure, Holiday
from govportal.model.hours import Calendar, Hours, SpecialHours
from govportal.model.publishing import Publishing
from govportal.model.review import Period
from govportal.model.status import ServiceStatus

CHANNEL_TYPES = ("phone", "tty", "email", "chat", "in_person")


class _ChannelBase(ContentModel):
    """What every way of getting help has in common."""

    label: Text | None = None
    response_time: Text | None = None
    have_ready: list[Text] = []
    languages: list[Text] | None = None
    status: ServiceStatus | None = None  # not working now: not offered first, listed on /status/


class PhoneChannel(_ChannelBase):
    type: Literal["phone"]
    number: Phone
    hours: Hours


class TtyChannel(_ChannelBase):
    """Text telephone or relay service for people who are deaf, hard of hearing or speech-disabled."""

    type: Literal["tty"]
    number: Phone
    hours: Hours


class EmailChannel(_ChannelBase):
    type: Literal["email"]
    address: Email
    hours: Hours | None = None


class ChatChannel(_ChannelBase):
    type: Literal["chat"]
    url: HttpsUrl
    hours: Hours


class InPersonChannel(_ChannelBase):
    type: Literal["in_person"]
    address: Text
    hours: Hours
    appointment_url: HttpsUrl | None = None


Channel = Annotated[
    Union[PhoneChannel, TtyChannel, EmailChannel, ChatChannel, InPersonChannel],
    Field(discriminator="type"),
]

CHANNEL_NAMES = {
    "phone": "Phone",
    "tty": "TTY (text telephone) and relay",
    "email": "Email",
    "chat": "Live chat",
    "in_person": "In person",
}


class CustomerRelations(ContentModel):
    """The person or role who answers for the agency's customer service (a named contact the law asks for)."""

    name: Text
    email: Email | None = None
    phone: Phone | None = None

    @model_validator(mode="after")
    def _reachable(self) -> CustomerRelations:
        if self.email is None and self.phone is None:
            raise fail("add an email or phone so people can reach the customer relations contact")
        return self


class Guidelines(ContentModel):
    """The agency's published customer service guidelines: a link, a text, or both."""

    url: HttpsUrl | None = None
    text: Text | None = None

    @model_validator(mode="after")
    def _something(self) -> Guidelines:
        if self.url is None and self.text is None:
            raise fail("add a url to the published guidelines, or their text")
        return self


class Agency(Publishing):
    """An agency: what it does, how to reach it, and the service it promises.

    A draft (``draft: true``, see :mod:`govportal.model.publishing`) is kept off the published
    site with its services; an incomplete one is read as an :class:`AgencyDraft` instead.
    """

    name: Text
    acronym: Annotated[str, Field(pattern=r"^[A-Z][A-Za-z&]{1,11}$")] | None = None
    description: Text
    parent: Text | None = None  # the department the agency is part of, by name
    website: HttpsUrl
    customer_relations: CustomerRelations
    channels: Annotated[list[Channel], Field(min_length=1)]
    languages: Annotated[list[Text], Field(min_length=1)]
    # Published customer service standards and guidelines; missing ones are warnings,
    # so imported agencies can be published while they write them.
    standards: list[Text] = []
    guidelines: Guidelines | None = None
    last_reviewed: PastDate
    review_in: Period | None = None
    # Days every channel of the agency closes or keeps other hours, beside the portal's holidays.
    closed_on: list[Closure] = []
    special_hours: list[SpecialHours] = []

    @model_validator(mode="before")
    @classmethod
    def _status_draft(cls, data: Any) -> Any:
        """``status: draft`` (what the agency import writes) is ``draft: true``; ``status: published`` is the default."""
        if isinstance(data, dict) and data.get("status") in ("draft", "published"):
            data = {key: value for key, value in data.items() if key != "status"} | {"draft": data["status"] == "draft" or data.get("draft", False)}
        return data

    def calendar(self, holidays: tuple[Holiday, ...]) -> Calendar:
        """What the agency's channels follow beyond their own hours."""
        return Calendar(holidays, tuple(self.closed_on), tuple(self.special_hours))

    def channels_of(self, kind: str) -> list[PhoneChannel | TtyChannel | EmailChannel | ChatChannel | InPersonChannel]:
        return [c for c in self.channels if c.type == kind]

    @property
    def main_phone(self) -> PhoneChannel | None:
        phones = self.channels_of("phone")
        first = phones[0] if phones else None
        return first if isinstance(first, PhoneChannel) else None


# Kinds of validation error that mean "not written yet": a draft may have them, nothing else.
INCOMPLETE = frozenset({"missing", "too_short"})


@dataclass(frozen=True)
class AgencyDraft:
    """An agency file marked as a draft that lacks fields: what it is called and what it still lacks.

    Imported spreadsheets name many agencies without everything a published agency needs;
    each becomes a draft file that validates (what it has must be right) and waits for an
    editor, instead of being dropped.
    """

    name: str
    missing: tuple[str, ...]  # required fields not written yet, e.g. description, channels[1].hours
