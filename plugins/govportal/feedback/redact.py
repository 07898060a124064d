"""Take personal details out of what people typed, before anyone else reads it.

People type their e-mail, phone, Social Security or card number and home address into
comment boxes despite the notice. A comment is published only after review, and only in
this redacted form. Pure functions: text in, text out.

Precision matters as much as recall: a comment that says "form DS-82 cost $130 on
2026-11-23" must read the same afterwards, so every pattern is anchored on what makes a
detail personal (an ``@``, a valid phone number, a checksum, a street word), never on
"some digits". Phone numbers are found by ``phonenumbers``, the port of Google's
libphonenumber, which knows which digit runs can be dialled.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from govportal.model.fields import PHONE_REGION

EMAIL = "[email removed]"
PHONE = "[phone number removed]"
NUMBER = "[number removed]"
ADDRESS = "[address removed]"

_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# 13 to 19 digits, optionally in groups split by single spaces or dashes: a payment card if
# the Luhn checksum holds (an order or tracking number rarely does).
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
# 123-45-6789, 123 45 6789 or 123456789, skipping numbers the SSA never issues.
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])")
# A local number without its area code (555-0123); phonenumbers needs the area code.
_LOCAL_PHONE = re.compile(r"(?<![\d.$,-])\d{3}[-.]\d{4}(?![\d-]|\.\d)")
_STREET_TYPES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Circle|Cir|Place|Pl|"
    "Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Trail|Trl|Square|Sq"
)
_DIRECTION = r"(?:[NSEW]|North|South|East|West)\.?"
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[\w-]+)?"
# "123 Main St", "4500 W. Oak Ridge Drive, Apt 5": a house number, one to three
# capitalised words (or ordinals like 5th), and a street type. Lower-case words are not
# taken as a street name, so "3 times about my court date" stays.
_STREET = re.compile(
    rf"\b\d{{1,6}}\s+(?:{_DIRECTION}\s+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){{1,3}}(?:{_STREET_TYPES})\b\.?{_UNIT}"
)
# Grid addresses, common in the Mountain West: "1234 S 500 E", "350 North 200 West".
_GRID = re.compile(rf"\b\d{{1,6}}\s+{_DIRECTION}\s+\d{{1,5}}\s+{_DIRECTION}(?!\w){_UNIT}")
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE)


def luhn_valid(digits: str) -> bool:
    """The checksum every payment card number carries."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return NUMBER if luhn_valid(digits) else match.group()


def _phones(text: str) -> str:
    """Numbers that can be dialled (with an area code or a country code) become a marker."""
    found = list(phonenumbers.PhoneNumberMatcher(text, PHONE_REGION, leniency=phonenumbers.Leniency.VALID))
    for match in reversed(found):
        text = text[: match.start] + PHONE + text[match.end :]
    return text


_STEPS: list[Callable[[str], str]] = [
    lambda text: _EMAIL.sub(EMAIL, text),
    lambda text: _CARD.sub(_card, text),
    lambda text: _SSN.sub(NUMBER, text),
    _phones,
    lambda text: _LOCAL_PHONE.sub(PHONE, text),
    lambda text: _PO_BOX.sub(ADDRESS, text),
    lambda text: _GRID.sub(ADDRESS, text),
    lambda text: _STREET.sub(ADDRESS, text),
]


def redact(text: str) -> str:
    """``text`` with e-mail addresses, phone numbers, SSN-like and card numbers and street
    addresses replaced by a bracketed marker saying what was removed."""
    for step in _STEPS:
        text = step(text)
    return text
