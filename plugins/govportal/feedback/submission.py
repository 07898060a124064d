"""Turn what a form or script sent into a stored entry, or say what is wrong with it.

Pure functions over plain values: the web layer decodes the body, this module
decides. Every problem is reported at once, by field, in words a visitor understands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic_core import PydanticCustomError

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import Entry
from govportal.feedback.targets import SiteTargets
from govportal.model.fields import parse_email, parse_phone

# Form fields arrive as lists (a field can repeat); JSON as single values or lists.
Fields = Mapping[str, list[str]]
HONEYPOT = "website"
YES = {"yes", "true", "on", "1"}
NO = {"no", "false", "0"}
_UNSAFE_IN_PATH = re.compile(r"[\\\x00-\x20\x7f]")


@dataclass(frozen=True)
class Rejected:
    """The submission cannot be stored; ``errors`` maps each field to what to fix."""

    errors: dict[str, str]
    status: int = 422


@dataclass(frozen=True)
class Spam:
    """The hidden field was filled in: accept silently, store nothing."""


Outcome = Entry | Rejected | Spam


def fields_from_json(data: object) -> Fields | None:
    """JSON objects of strings, numbers, booleans or lists of them; anything else is None."""
    if not isinstance(data, dict):
        return None
    result: dict[str, list[str]] = {}
    for key, value in data.items():
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str | int | bool) or v is None for v in values):
            return None
        result[str(key)] = ["" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in values]
    return result


def first_value(fields: Fields, name: str) -> str:
    """The field's first value, trimmed; empty when it was not sent."""
    values = fields.get(name) or [""]
    return values[0].strip()


def page_path(raw: str) -> str | None:
    """The path only: a query string or fragment (which can hold personal data) is dropped.

    Only a plain path on this site passes: a full address (``https://host/x/``), and what
    browsers read as another site (``//host``, ``/\\host``), or a path holding a backslash,
    control character or space, is None.
    """
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:  # an address of another site, not a path on this one
        return None
    path = parts.path
    if len(path) > 500 or not path.startswith("/") or path.startswith("//") or _UNSAFE_IN_PATH.search(path):
        return None
    return path


def _comment(fields: Fields, settings: FeedbackSettings, errors: dict[str, str]) -> str | None:
    comment = first_value(fields, "comment")
    if len(comment) > settings.max_comment_chars:
        errors["comment"] = f"Your comment is too long. Use {settings.max_comment_chars} characters or fewer."
    return comment or None


def page_feedback(fields: Fields, targets: SiteTargets, settings: FeedbackSettings) -> Outcome:
    """'Was this page helpful?': yes or no, an optional comment, about a page of the site."""
    if first_value(fields, HONEYPOT):
        return Spam()
    errors: dict[str, str] = {}
    path = page_path(first_value(fields, "page"))
    target = targets.page(path) if path else None
    if target is None:
        errors["page"] = "We do not know this page. Send feedback from a page of this website."
    answer = first_value(fields, "helpful").lower()
    if answer not in YES | NO:
        errors["helpful"] = "Choose Yes or No."
    comment = _comment(fields, settings, errors)
    if errors or path is None or target is None:
        return Rejected(errors)
    return Entry(kind="page", page=path, agency=target.agency, service=target.service, helpful=answer in YES, comment=comment)


def _scale(fields: Fields, name: str, errors: dict[str, str], question: str) -> int | None:
    raw = first_value(fields, name)
    if raw in {"1", "2", "3", "4", "5"}:
        return int(raw)
    errors[name] = f"Choose an answer from 1 to 5 for: {question}" if raw == "" else "Choose one of the five answers."
    return None


def _choices(fields: Fields, name: str, allowed: set[str], errors: dict[str, str]) -> tuple[str, ...]:
    picked = [v.strip() for v in fields.get(name, []) if v.strip()]
    if any(v not in allowed for v in picked):
        errors[name] = "Choose only from the answers listed."
    return tuple(dict.fromkeys(picked))


def _contact(raw: str) -> str | None:
    """An e-mail address or a phone number, tidied; None when it is neither."""
    try:
        return parse_email(raw) if "@" in raw else parse_phone(raw)
    except PydanticCustomError:
        return None


def survey(fields: Fields, targets: SiteTargets, settings: FeedbackSettings) -> Outcome:
    """The service satisfaction survey."""
    if first_value(fields, HONEYPOT):
        return Spam()
    questions = settings.survey
    errors: dict[str, str] = {}
    service = first_value(fields, "service")
    path = page_path(first_value(fields, "page"))
    target = targets.page(path) if path else None
    if target is None:
        errors["page"] = "We do not know this page. Use the survey link on the service's page."
    if not service or service not in targets.services:
        errors["service"] = "We do not know this service. Use the survey link on the service's page."
    elif target is not None and target.service != service:
        errors["service"] = "This survey is about another service than the page it was sent from. Use the survey link on the service's page."
    satisfaction = _scale(fields, "satisfaction", errors, questions.satisfaction.text)
    trust = _scale(fields, "trust", errors, questions.trust.text)
    went_well = _choices(fields, "went_well", {c.id for c in questions.went_well}, errors)
    could_be_better = _choices(fields, "could_be_better", {c.id for c in questions.could_be_better}, errors)
    comment = _comment(fields, settings, errors)
    follow_up = first_value(fields, "follow_up").lower() in YES
    contact = _contact(first_value(fields, "contact")) if follow_up else None
    if follow_up and contact is None:
        errors["contact"] = "Enter an e-mail address, like name@example.com, or a phone number with the area code."
    if errors or path is None or target is None:
        return Rejected(errors)
    return Entry(
        kind="survey", page=path, agency=target.agency, service=service,
        satisfaction=satisfaction, trust=trust, went_well=went_well, could_be_better=could_be_better,
        comment=comment, follow_up=follow_up, contact=contact,
    )


# Stored as "a11y": the kind column holds at most 10 characters.
ACCESSIBILITY = "a11y"


def accessibility_report(fields: Fields, targets: SiteTargets, settings: FeedbackSettings) -> Outcome:
    """"Report an accessibility problem" (on the accessibility statement): what went wrong, on
    which page (as the person wrote it), and a way to reply if they want one. Kept in the
    comment, so it is redacted, reviewed and purged like every comment."""
    if first_value(fields, HONEYPOT):
        return Spam()
    errors: dict[str, str] = {}
    path = page_path(first_value(fields, "page"))
    if path is None or targets.page(path) is None:
        errors["page"] = "We do not know this page. Use the form on our accessibility page."
    problem = first_value(fields, "comment")
    if not problem:
        errors["comment"] = "Tell us what went wrong."
    where = first_value(fields, "problem_page")[:500]
    comment = _comment({"comment": [f"Page: {where}\n{problem}" if where else problem]}, settings, errors)
    follow_up = first_value(fields, "follow_up").lower() in YES
    contact = _contact(first_value(fields, "contact")) if follow_up else None
    if follow_up and contact is None:
        errors["contact"] = "Enter an e-mail address, like name@example.com, or a phone number with the area code."
    if errors or path is None:
        return Rejected(errors)
    return Entry(kind=ACCESSIBILITY, page=path, comment=comment, follow_up=follow_up, contact=contact)
