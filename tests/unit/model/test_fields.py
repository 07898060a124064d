"""Field types every content file shares: values normalised, mistakes told in editors' words."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from govportal.model.fields import Email, HttpsUrl, PastDate, Phone, SiteLink, Slug, Text, as_slug, tel_uri


def check(kind: Any, value: object, **context: object) -> Any:
    return TypeAdapter(kind).validate_python(value, context=context or None)


def refusal(kind: Any, value: object, **context: object) -> str:
    with pytest.raises(ValidationError) as raised:
        check(kind, value, **context)
    return str(raised.value.errors()[0]["msg"])


@pytest.mark.parametrize(
    ("written", "normalised", "tel"),
    [
        ("801-555-0123", "(801) 555-0123", "tel:+1-801-555-0123"),
        ("1 (801) 555 0123", "(801) 555-0123", "tel:+1-801-555-0123"),
        ("+44 20 7946 0000", "+44 20 7946 0000", "tel:+44-20-7946-0000"),
        (711, "711", "tel:711"),
        ("311", "311", "tel:311"),
    ],
)
def test_phone_numbers_are_normalised_and_dialable(written: object, normalised: str, tel: str) -> None:
    assert check(Phone, written) == normalised
    assert tel_uri(normalised) == tel


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("555-0123", "'555-0123' is not a phone number we can dial; write it with the area code, for example (801) 555-0123, or +44 20 7946 0000 for a number outside the US"),
        ("call us", "'call us' is not a phone number we can dial; write it with the area code, for example (801) 555-0123, or +44 20 7946 0000 for a number outside the US"),
        ("  ", "write the phone number as text, for example (801) 555-0123"),
    ],
)
def test_numbers_that_cannot_be_dialled_are_refused(written: str, message: str) -> None:
    assert refusal(Phone, written) == message


def test_email_addresses_are_checked_without_the_network() -> None:
    assert check(Email, " help@dmv.example.gov ") == "help@dmv.example.gov"
    assert refusal(Email, "help@").startswith("'help@' is not an e-mail address: ")
    assert refusal(Email, 42) == "write the e-mail address as text, for example help@dmv.example.gov"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("http://dmv.example.gov/", "'http://dmv.example.gov/' is not secure; use the https:// address instead"),
        ("HTTP://dmv.example.gov/", "'HTTP://dmv.example.gov/' is not secure; use the https:// address instead"),
        ("https://localhost/", "'https://localhost/' is not a full web address; it must start with https://, for example https://www.example.gov/"),
        ("dmv.example.gov", "'dmv.example.gov' is not a full web address; it must start with https://, for example https://www.example.gov/"),
    ],
)
def test_web_addresses_must_be_full_and_secure(written: str, message: str) -> None:
    assert refusal(HttpsUrl, written) == message


def test_a_secure_address_is_kept_trimmed() -> None:
    assert check(HttpsUrl, " https://dmv.example.gov:8443/renew?x=1 ") == "https://dmv.example.gov:8443/renew?x=1"


@pytest.mark.parametrize(("written", "ok"), [("/accessibility/", True), ("https://www.example.gov/", True), ("accessibility/", False), ("http://a.gov/", False)])
def test_site_links_are_paths_here_or_https(written: str, ok: bool) -> None:
    if ok:
        assert check(SiteLink, written) == written
    else:
        assert refusal(SiteLink, written) == f"'{written}' must be a path on this site starting with / or an https:// address"


@pytest.mark.parametrize(("written", "slug"), [("renew-license", "renew-license"), (2026, "2026"), ("Renew", None), ("renew--license", None), ("-renew", None)])
def test_slugs_are_lowercase_words_joined_by_hyphens(written: object, slug: str | None) -> None:
    if slug is None:
        assert refusal(Slug, written) == f"'{written}' must use only lowercase letters, digits and hyphens, for example 'renew-license'"
    else:
        assert check(Slug, written) == slug
    assert as_slug(str(written)) == slug


def test_a_review_date_may_not_be_in_the_future() -> None:
    today = date(2026, 11, 23)
    assert check(PastDate, "2026-11-23", today=today) == today
    assert refusal(PastDate, "2026-11-24", today=today) == "2026-11-24 is in the future; use the date the content was last checked"
    assert refusal(PastDate, "23/11/2026") == "'23/11/2026' is not a date; write it as YYYY-MM-DD, for example 2026-03-01"


def test_text_is_never_empty_and_numbers_are_read_as_text() -> None:
    assert check(Text, 2025) == "2025"
    assert refusal(Text, "   ") == "is empty; write some text or remove the field"
