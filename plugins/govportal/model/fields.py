"""Field types shared by every content file, with editor-language error messages.

Each validator raises ``PydanticCustomError`` so the message reaches the editor
as written here, without Python wording around it.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Annotated, Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationInfo
from pydantic_core import PydanticCustomError

# Phone numbers in content are read as numbers from this region unless written
# with a + and country code.
PHONE_REGION = "US"

# Three-digit N11 codes that are real ways to reach a service in the US:
# 211 (community services), 311 (city services), 511 (traffic), 711 (TTY relay).
SERVICE_CODES = frozenset({"211", "311", "511", "711"})

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ContentModel(BaseModel):
    """Base for every content model: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


def fail(message: str) -> PydanticCustomError:
    return PydanticCustomError("govportal", message)


def _text(value: Any) -> Any:
    """YAML reads ``711`` or ``2025`` as numbers; editors mean text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def parse_phone(value: Any) -> str:
    """A dialable phone number, normalised to the national format, e.g. ``(801) 555-0123``."""
    value = _text(value)
    if not isinstance(value, str) or not value.strip():
        raise fail("write the phone number as text, for example (801) 555-0123")
    raw = value.strip()
    if raw in SERVICE_CODES:
        return raw
    try:
        number = phonenumbers.parse(raw, PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise fail(
            f"'{raw}' is not a phone number we can dial; write it with the area code, "
            "for example (801) 555-0123, or +44 20 7946 0000 for a number outside the US"
        )
    fmt = phonenumbers.PhoneNumberFormat
    style = fmt.NATIONAL if phonenumbers.region_code_for_number(number) == PHONE_REGION else fmt.INTERNATIONAL
    formatted = phonenumbers.format_number(number, style)
    return formatted


@functools.lru_cache(maxsize=4096)
def tel_uri(number: str) -> str:
    """The ``tel:`` link for a number produced by :func:`parse_phone`."""
    if number in SERVICE_CODES:
        return f"tel:{number}"
    parsed = phonenumbers.parse(number, PHONE_REGION)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.RFC3966)


def parse_email(value: Any) -> str:
    """An e-mail address that is well formed (we never look it up on the network)."""
    if not isinstance(value, str):
        raise fail("write the e-mail address as text, for example help@dmv.example.gov")
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise fail(f"'{value}' is not an e-mail address: {exc}") from None


def parse_https_url(value: Any) -> str:
    """A web address that starts with https:// and names a host."""
    if not isinstance(value, str):
        raise fail("write the web address as text, starting with https://")
    url = value.strip()
    if url.lower().startswith("http://"):
        raise fail(f"'{url}' is not secure; use the https:// address instead")
    if not re.match(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/\S*)?$", url):
        raise fail(f"'{url}' is not a full web address; it must start with https://, for example https://www.example.gov/")
    return url


def parse_slug(value: Any) -> str:
    """An identifier used in web addresses: lowercase letters, digits and hyphens."""
    value = _text(value)
    if not isinstance(value, str) or not _SLUG.match(value):
        raise fail(f"'{value}' must use only lowercase letters, digits and hyphens, for example 'renew-license'")
    return value


def parse_past_date(value: Any, info: ValidationInfo) -> date:
    """A date that is not in the future (``today`` comes from the validation context)."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise fail(f"'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-03-01") from None
    if not isinstance(value, date):
        raise fail("write the date as YYYY-MM-DD, for example 2026-03-01")
    today = (info.context or {}).get("today")
    if today is not None and value > today:
        raise fail(f"{value.isoformat()} is in the future; use the date the content was last checked")
    return value


def non_empty_text(value: Any) -> Any:
    value = _text(value)
    if isinstance(value, str) and not value.strip():
        raise fail("is empty; write some text or remove the field")
    return value


def _site_path_or_https(value: str) -> str:
    if not (value.startswith("/") or value.startswith("https://")):
        raise fail(f"'{value}' must be a path on this site starting with / or an https:// address")
    return value


Phone = Annotated[str, BeforeValidator(parse_phone)]
Email = Annotated[str, BeforeValidator(parse_email)]
HttpsUrl = Annotated[str, BeforeValidator(parse_https_url)]
SiteLink = Annotated[str, BeforeValidator(non_empty_text), AfterValidator(_site_path_or_https)]  # /accessibility/ or https://...
Slug = Annotated[str, BeforeValidator(parse_slug)]
PastDate = Annotated[date, BeforeValidator(parse_past_date)]
Text = Annotated[str, BeforeValidator(non_empty_text)]


def as_slug(value: str) -> str | None:
    """``value`` if it is a valid slug, else ``None`` (for ids taken from file names)."""
    return value if _SLUG.match(value) else None
