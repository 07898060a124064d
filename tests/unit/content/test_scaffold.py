"""``govportal new``: files started from the commented templates, never over an editor's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govportal.content.scaffold import ScaffoldError, new_agency, new_service
from govportal.content.yamlfile import parse_yaml, read_yaml, split_front_matter

TODAY = date(2026, 11, 23)


def test_a_new_agency_is_named_and_dated(content: Path) -> None:
    path = new_agency(content, "tax", TODAY)
    assert path == content / "agencies" / "tax.yml"
    data = read_yaml(path)
    assert data["last_reviewed"] == TODAY
    text = path.read_text(encoding="utf-8")
    assert "{agency_id}" not in text and "{today}" not in text


def test_a_new_service_uses_the_first_topic_and_lists_the_others(content: Path) -> None:
    path = new_service(content, "parks", "buy-a-pass", TODAY)
    assert path == content / "services" / "parks" / "buy-a-pass.md"
    parts = split_front_matter(path.read_text(encoding="utf-8"))
    assert parts is not None
    front = parse_yaml(parts[0])
    assert (front["agency"], front["topics"], front["last_reviewed"]) == ("parks", ["outdoors"], TODAY)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda c: new_agency(c, "Tax Office", TODAY), "'Tax Office' cannot be an agency id: use lowercase letters, digits and hyphens, for example 'renew-license'"),
        (lambda c: new_service(c, "parks", "Buy_Pass", TODAY), "'Buy_Pass' cannot be a service name: use lowercase letters, digits and hyphens, for example 'renew-license'"),
        (lambda c: new_service(c, "tax", "file", TODAY), "there is no agency 'tax'; create it first with: govportal new agency tax"),
    ],
)
def test_what_cannot_be_made_says_what_to_do(content: Path, make: object, message: str) -> None:
    with pytest.raises(ScaffoldError) as raised:
        make(content)  # type: ignore[operator]
    assert str(raised.value) == message


def test_an_existing_file_is_never_overwritten(content: Path) -> None:
    before = (content / "agencies" / "parks.yml").read_text(encoding="utf-8")
    with pytest.raises(ScaffoldError, match="already exists; choose another name or edit that file"):
        new_agency(content, "parks", TODAY)
    assert (content / "agencies" / "parks.yml").read_text(encoding="utf-8") == before


def test_a_service_needs_a_topic_to_be_found(content: Path) -> None:
    (content / "topics.yml").write_text("topics: []\n", encoding="utf-8")
    with pytest.raises(ScaffoldError) as raised:
        new_service(content, "parks", "buy-a-pass", TODAY)
    assert str(raised.value) == "content/topics.yml lists no topics; add one first so the service can be found"
