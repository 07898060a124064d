"""The receiver's pure parts: reading a body into fields, and the error page for people
without JavaScript (each error links to its field; links never leave the site)."""

from __future__ import annotations

import re

import pytest

from govportal.feedback.app import FORM, JSON_TYPE, BadRequest, _error_page, _known_page, _parse
from govportal.feedback.targets import PageTarget, SiteTargets

DEEP = b'{"page": "/", "comment": ' + b"[" * 5000 + b"]" * 5000 + b"}"


def test_forms_and_json_read_alike() -> None:
    assert _parse(FORM, b"page=%2F&went_well=ease&went_well=efficiency&comment=") == {"page": ["/"], "went_well": ["ease", "efficiency"], "comment": [""]}
    assert _parse(JSON_TYPE, b'{"page": "/", "went_well": ["ease", "efficiency"], "helpful": true}') == {
        "page": ["/"], "went_well": ["ease", "efficiency"], "helpful": ["true"],
    }


@pytest.mark.parametrize(("content_type", "body"), [
    (JSON_TYPE, b"{not json"),
    (JSON_TYPE, b'["page", "/"]'),
    (JSON_TYPE, DEEP),
    (JSON_TYPE, b'{"comment": ' + b"9" * 5000 + b"}"),
    (FORM, b"\xff\xfe"),
    (FORM, "&".join(f"f{i}=1" for i in range(200)).encode()),
])
def test_unreadable_bodies_are_a_400_not_a_crash(content_type: str, body: bytes) -> None:
    with pytest.raises(BadRequest) as refused:
        _parse(content_type, body)
    assert refused.value.status == 400 and refused.value.message


def test_error_page_links_each_error_to_its_field_on_the_form() -> None:
    page = _error_page({"satisfaction": "Choose an answer <1 to 5>", "form": "Try again"}, "/services/dmv/renew/survey/", "https://portal.example.gov/")
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', page)
    assert links == [
        ("https://portal.example.gov/services/dmv/renew/survey/#gp-survey-satisfaction", "Choose an answer &lt;1 to 5&gt;"),
        ("https://portal.example.gov/services/dmv/renew/survey/", "Go back to the page and try again"),
    ]
    assert "<li>Try again</li>" in page and '<html lang="en">' in page


def test_error_page_of_the_page_form_names_its_fields() -> None:
    assert 'href="/#gp-feedback-helpful"' in _error_page({"helpful": "Choose Yes or No."}, "/", "")


@pytest.mark.parametrize(("sent", "back"), [("/services/x/?q=1", "/services/x/"), ("/nowhere/", "/"), ("//evil.example/x/", "/"), ("https://evil.example/", "/")])
def test_people_are_sent_back_only_to_a_published_page(sent: str, back: str) -> None:
    targets = SiteTargets({"/": PageTarget(), "/services/x/": PageTarget("x", "x/y")})
    assert _known_page({"page": [sent]}, targets) == back
