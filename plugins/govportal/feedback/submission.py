"""Turn what a form or script sent into a stored entry, or say what is wrong with it.

Pure functions over plain values: the web layer decodes the body, this module
decides. Every problem is reported at once, by field, in words a visitor understands, and in
the language of the page the post came from (a page under ``/es/`` gets Spanish).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from gettext import NullTranslations
from urllib.parse import urlsplit

from pydantic_core import PydanticCustomError

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import Entry
from govportal.feedback.targets import SiteTargets
from govportal.i18n import language_of_path, translator
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


def words_for(fields: Fields) -> NullTranslations:
    """The strings in the language of the page the post names (English when it names none)."""
    return translator(language_of_path(page_path(first_value(fields, "page")) or "/"))


def _comment(fields: Fields, settings: FeedbackSettings, errors: dict[str, str], words: NullTranslations) -> str | None:
    comment = first_value(fields, "comment")
    limit = settings.max_comment_chars
    if len(comment) > limit:
        errors["comment"] = words.ngettext(
            "Your comment is too long. Use %(limit)d character or fewer.", "Your comment is too long. Use %(limit)d characters or fewer.", limit
        ) % {"limit": limit}
    return comment or None


def page_feedback(fields: Fields, targets: SiteTargets, settings: FeedbackSettings) -> Outcome:
    """'Was this page helpful?': yes or no, an optional comment, about a page of the site."""
    if first_value(fields, HONEYPOT):
        return Spam()
    words = words_for(fields)
    _ = words.gettext
    errors: dict[str, str] = {}
    path = page_path(first_value(fields, "page"))
    target = targets.page(path) if path else None
    if target is None:
        errors["page"] = _("We do not know this page. Send feedback from a page of this website.")
    answer = first_value(fields, "helpful").lower()
    if answer not in YES | NO:
        errors["helpful"] = _("Choose Yes or No.")
    comment = _comment(fields, settings, errors, words)
    if errors or path is None or target is None:
        return Rejected(errors)
    return Entry(kind="page", page=path, agency=target.agency, service=target.service, helpful=answer in YES, comment=comment)


def _scale(fields: Fields, name: str, errors: dict[str, str], question: str, words: NullTranslations) -> int | None:
    """The 1 to 5 answer; the question is named as the page shows it (its default text translated)."""
    raw = first_value(fields, name)
    if raw in {"1", "2", "3", "4", "5"}:
        return int(raw)
    _ = words.gettext
    errors[name] = _("Choose an answer from 1 to 5 for: %(question)s") % {"question": _(question)} if raw == "" else _("Choose one of the five answers.")
    return None


def _choices(fields: Fields, name: str, allowed: set[str], errors: dict[str, str], words: NullTranslations) -> tuple[str, ...]:
    picked = [v.strip() for v in fields.get(name, []) if v.strip()]
    if any(v not in allowed for v in picked):
        errors[name] = words.gettext("Choose only from the answers listed.")
    return tuple(dict.fromkeys(picked))


def _follow_up(fields: Fields, errors: dict[str, str], words: NullTranslations) -> tuple[bool, str | None]:
    """Whether they want a reply, and the e-mail address or phone number to reply to."""
    follow_up = first_value(fields, "follow_up").lower() in YES
    contact = _contact(first_value(fields, "contact")) if follow_up else None
    if follow_up and contact is None:
        errors["contact"] = words.gettext("Enter an e-mail address, like name@example.com, or a phone number with the area code.")
    return follow_up, contact


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
    words = words_for(fields)
    _ = words.gettext
    errors: dict[str, str] = {}
    service = first_value(fields, "service")
    path = page_path(first_value(fields, "page"))
    target = targets.page(path) if path else None
    if target is None:
        errors["page"] = _("We do not know this page. Use the survey link on the service's page.")
    if not service or service not in targets.services:
        errors["service"] = _("We do not know this service. Use the survey link on the service's page.")
    elif target is not None and target.service != service:
        errors["service"] = _("This survey is about another service than the page it was sent from. Use the survey link on the service's page.")
    satisfaction = _scale(fields, "satisfaction", errors, questions.satisfaction.text, words)
    trust = _scale(fields, "trust", errors, questions.trust.text, words)
    went_well = _choices(fields, "went_well", {c.id for c in questions.went_well}, errors, words)
    could_be_better = _choices(fields, "could_be_better", {c.id for c in questions.could_be_better}, errors, words)
    comment = _comment(fields, settings, errors, words)
    follow_up, contact = _follow_up(fields, errors, words)
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
    words = words_for(fields)
    _ = words.gettext
    errors: dict[str, str] = {}
    path = page_path(first_value(fields, "page"))
    if path is None or targets.page(path) is None:
        errors["page"] = _("We do not know this page. Use the form on our accessibility page.")
    problem = first_value(fields, "comment")
    if not problem:
        errors["comment"] = _("Tell us what went wrong.")
    where = first_value(fields, "problem_page")[:500]
    # "Page:" is for the staff who read reports, so it stays in English.
    comment = _comment({"comment": [f"Page: {where}\n{problem}" if where else problem]}, settings, errors, words)
    follow_up, contact = _follow_up(fields, errors, words)
    if errors or path is None:
        return Rejected(errors)
    return Entry(kind=ACCESSIBILITY, page=path, comment=comment, follow_up=follow_up, contact=contact)
