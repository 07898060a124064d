"""Phone cells as people fill them in: several numbers, notes, vanity letters, extensions.

``1-800-CDC-INFO (1-800-232-4636)``, ``* 1-888-407-4747 (for emergencies abroad)
* 1-877-487-2778 (for U.S. passports)``, ``1-800-USA-LEARN``, ``7-1-1``, ``(801) 555-0100
x123``, ``Toll-free: 1-888-995-HOPE Housing Counselors``. Numbers are found in the text;
the note written beside each becomes its channel's label. The model (``phonenumbers``)
checks that each can be dialled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic_core import PydanticCustomError

from govportal.model.fields import parse_phone

# A number: digits (or capital vanity letters) in groups, optionally an extension; or an N11 code.
_NUMBER = re.compile(
    r"(?<![\w-])(?:(?:\+|\(?)\d[\d()A-Z.-]*(?: \d[\d()A-Z.-]*)*(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w])"
    r"|[2-9]-?1-?1(?![\w-]))"
)
_KEYPAD = {letter: str(digit) for digit, letters in enumerate(["", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"]) for letter in letters}
_PREFIX = re.compile(r"([A-Za-z][A-Za-z /-]{1,30}):\s*$")  # "Toll-free: " before a number
_MAX_LABEL = 80


@dataclass(frozen=True)
class PhoneNumber:
    number: str  # as the model writes it, e.g. (800) 232-4636
    label: str | None  # the note written beside it, e.g. "For U.S. passports"


def _dial(text: str) -> str:
    """Text the model can parse: ``7-1-1`` -> ``711``; vanity letters past the seventh dropped
    (``1-800-USA-LEARN`` dials as 1-800-872-5327: keypads ignore the extra letters)."""
    digits = re.sub(r"[\s.()-]", "", text)
    if re.fullmatch(r"\d{3}", digits):
        return digits
    if re.search(r"[A-Z]", digits) and "x" not in text and "ext" not in text:
        dialled = "".join(_KEYPAD.get(c, c) for c in digits.lstrip("+"))
        return dialled[: 11 if dialled.startswith("1") else 10]
    return text


def _label(before: str, after: str) -> str | None:
    """The note beside a number: a "Toll-free:" before it, or the words after it."""
    prefix = _PREFIX.search(before)
    words = re.sub(r"^[\s,;*/]*(or|and)?[\s,;*/]*", "", after).strip(" *;,()")
    parts = [p for p in (prefix[1].strip() if prefix else "", words) if p and len(p) <= _MAX_LABEL]
    label = "; ".join(parts)
    return label[:1].upper() + label[1:] if label else None


def phone_numbers(cell: str) -> tuple[list[PhoneNumber], list[str]]:
    """The numbers in a cell (each once), and a message for each that cannot be dialled."""
    cell = re.sub(r"[\u2010-\u2015\u2212]", "-", cell)  # the dashes word processors put in numbers
    matches = [m for m in _NUMBER.finditer(cell) if len(re.sub(r"\W", "", m[0])) >= 7 or re.fullmatch(r"[2-9]-?1-?1", m[0])]
    if not matches:
        return [], [f"'{cell[:80]}' has no phone number in it; write it with the area code, for example (801) 555-0123"]
    found: list[PhoneNumber] = []
    problems: list[str] = []
    for index, match in enumerate(matches):
        start = matches[index - 1].end() if index else 0
        end = matches[index + 1].start() if index + 1 < len(matches) else len(cell)
        try:
            number = parse_phone(_dial(match[0].strip("()").strip()))
        except PydanticCustomError as exc:
            problems.append(str(exc))
            continue
        if number not in {n.number for n in found}:
            found.append(PhoneNumber(number, _label(cell[start:match.start()], cell[match.end():end])))
    return found, problems
