"""Small display records several views share: a link, a notice of something not working."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.model.fields import tel_uri
from govportal.model.status import ServiceStatus
from govportal.pages.availability import Availability


@dataclass(frozen=True)
class Link:
    """A link as drawn: where it goes, its words, and words only screen readers hear after them.

    ``on_site`` links are site paths the template makes relative (MkDocs' ``url`` filter);
    the others are full addresses (``https:``, ``tel:``, ``mailto:``) used as they are.
    """

    href: str
    text: str
    hidden: str | None = None  # e.g. "(leaves this portal)", read after the text
    on_site: bool = False


@dataclass(frozen=True)
class Notice:
    """Something not working, in words: ``Down: The online service is down for maintenance.``"""

    state: str  # down | degraded | maintenance: the CSS modifier
    state_name: str
    message: str
    ends: str  # ISO end, for the script to hide it once passed; "" when not known


def notice(availability: Availability, status: ServiceStatus) -> Notice:
    """``status`` with its state named in the page's language and its end for the script."""
    return Notice(status.state, availability.state_name(status), status.message, availability.ends_iso(status))


def phone_link(number: str) -> Link:
    """A phone number as a ``tel:`` link people can tap."""
    return Link(tel_uri(number), number)


def email_link(address: str) -> Link:
    return Link(f"mailto:{address}", address)


def words_list(items: list[str]) -> str:
    """``English, Spanish``: languages and other short lists in a sentence."""
    return ", ".join(items)
