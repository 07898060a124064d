"""The redactor on text people really type: personal details go, everything else stays."""

from __future__ import annotations

import pytest

from govportal.feedback.redact import ADDRESS, EMAIL, NUMBER, PHONE, luhn_valid, redact

REMOVED = {
    "e-mail": ("Please write to pat.jones+dmv@example.com about it.", f"Please write to {EMAIL} about it."),
    "phone with area code": ("Call me at (801) 555-0123 after 5pm", f"Call me at {PHONE} after 5pm"),
    "phone with dots": ("my cell is 801.555.0199.", f"my cell is {PHONE}."),
    "phone with country code": ("From abroad: +44 20 7946 0000", f"From abroad: {PHONE}"),
    "phone run together": ("text 8015550123 pls", f"text {PHONE} pls"),
    "local phone": ("home phone 555-0123, evenings", f"home phone {PHONE}, evenings"),
    "SSN with dashes": ("my SSN is 123-45-6789 if you need it", f"my SSN is {NUMBER} if you need it"),
    "SSN with spaces": ("ssn 123 45 6789", f"ssn {NUMBER}"),
    "SSN run together": ("social 123456789.", f"social {NUMBER}."),
    "card with spaces": ("charged twice on 4111 1111 1111 1111!", f"charged twice on {NUMBER}!"),
    "card with dashes": ("card 5500-0000-0000-0004 declined", f"card {NUMBER} declined"),
    "card run together": ("Amex 378282246310005", f"Amex {NUMBER}"),
    "street address": ("I live at 123 Main St. and never got it", f"I live at {ADDRESS} and never got it"),
    "street address with unit": ("mail went to 4500 W Oak Ridge Drive, Apt 5B instead", f"mail went to {ADDRESS} instead"),
    "ordinal street": ("send to 77 5th Avenue", f"send to {ADDRESS}"),
    "grid address": ("I'm at 1234 S 500 E in Provo", f"I'm at {ADDRESS} in Provo"),
    "grid address in words": ("350 North 200 West, Unit 3", ADDRESS),
    "PO box": ("P.O. Box 1234 gets my mail", f"{ADDRESS} gets my mail"),
}


@pytest.mark.parametrize("case", REMOVED)
def test_personal_details_are_removed(case: str) -> None:
    typed, published = REMOVED[case]
    assert redact(typed) == published


KEPT = [
    "Renewed on 2026-11-23, it took 45 minutes and cost $1,234.56 in total.",
    "On 11/23/2026 at 10:30 the office was closed.",
    "Form DS-82 was easy, but the 1040 and the 1040-ES instructions were not.",
    "I needed a W-2 and Form 8821 from 2019 and 2020.",
    "Waited 3 hours; ticket number 20261123 was called at 2:45 pm.",
    "The fee went from $35 to $52.50 this year (ref. 12-345).",
    "I called 3 times about my Court date and my Main concern is the wait.",
    "Order 1234567890123 never arrived.",  # 13 digits that fail the card checksum
    "Page 12 of the guide, section 4.2.1, says 10 business days.",
    "ZIP 84111 and the 801 area are both listed.",
    "Visit 2 Main offices? No: the one on the map.",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_is_untouched(text: str) -> None:
    assert redact(text) == text


def test_several_details_in_one_comment_all_go() -> None:
    typed = "Pat, 123-45-6789, pat@example.org, (435) 555-0188, 12 Canyon View Rd. Form DS-11 on 2026-01-05."
    assert redact(typed) == f"Pat, {NUMBER}, {EMAIL}, {PHONE}, {ADDRESS} Form DS-11 on 2026-01-05."


def test_luhn() -> None:
    assert luhn_valid("4111111111111111") and luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112")
