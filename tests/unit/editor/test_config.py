"""The web editor's configuration, checked against the content models it is made from."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from govportal.editor.config import Backend, editor_config, github_backend
from govportal.model.agency import CHANNEL_TYPES, Agency
from govportal.model.form import Form
from govportal.model.hours import parse_ranges
from govportal.model.review import parse_period
from govportal.model.service import HowToApply, Service
from pydantic_core import PydanticCustomError

FIXTURE = Path(__file__).parents[2] / "fixtures" / "minimal"
Fields = list[dict[str, Any]]


@pytest.fixture(scope="module")
def collections() -> dict[str, dict[str, Any]]:
    config = editor_config(FIXTURE, "content", github_backend("https://github.com/example-state/portal"))
    return {c["name"]: c for c in config["collections"]}


def by_name(fields: Fields) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in fields}


@pytest.mark.parametrize(("collection", "model"), [("services", Service), ("agencies", Agency), ("forms", Form)])
def test_every_model_field_is_in_the_form_with_its_required_flag(collections: dict[str, dict[str, Any]], collection: str, model: type[BaseModel]) -> None:
    fields = by_name(collections[collection]["fields"])
    for name, info in model.model_fields.items():
        assert name in fields, f"{model.__name__}.{name} is missing from the editor"
        assert fields[name]["required"] == info.is_required(), name


def test_nested_fields_follow_the_model_and_optional_parts_require_nothing(collections: dict[str, dict[str, Any]]) -> None:
    how = by_name(by_name(collections["services"]["fields"])["how_to_apply"]["fields"])
    assert set(how) == set(HowToApply.model_fields)
    online = by_name(how["online"]["fields"])
    # Decap checks an empty object's required fields too: in an optional part, validate asks instead.
    assert online["url"]["required"] is False and how["online"]["required"] is False


def test_services_live_in_their_agency_folder_with_a_markdown_body(collections: dict[str, dict[str, Any]]) -> None:
    services = collections["services"]
    assert (services["folder"], services["path"], services["format"]) == ("content/services", "{{agency}}/{{slug}}", "frontmatter")
    assert by_name(services["fields"])["body"]["widget"] == "markdown"


def test_agencies_and_topics_are_choices_from_the_content(collections: dict[str, dict[str, Any]]) -> None:
    fields = by_name(collections["services"]["fields"])
    assert fields["agency"]["widget"] == "select" and [o["value"] for o in fields["agency"]["options"]] == ["parks"]
    assert fields["agency"]["options"][0]["label"] == "Division of State Parks (parks)"
    topics = fields["topics"]
    assert (topics["widget"], topics["multiple"], topics["min"]) == ("select", True, 1)
    assert topics["options"] == [{"label": "Outdoors", "value": "outdoors"}]


def test_widgets_match_what_editors_write(collections: dict[str, dict[str, Any]]) -> None:
    service = by_name(collections["services"]["fields"])
    assert service["summary"]["widget"] == "text"
    assert service["who_can_use"]["widget"] == "list" and service["who_can_use"]["field"]["widget"] == "string"
    assert service["last_reviewed"]["widget"] == "datetime" and service["last_reviewed"]["format"] == "YYYY-MM-DD"
    assert by_name(service["status"]["fields"])["state"]["options"] == ["degraded", "down", "maintenance"]
    agency = by_name(collections["agencies"]["fields"])
    channels = agency["channels"]
    assert channels["typeKey"] == "type" and [t["name"] for t in channels["types"]] == list(CHANNEL_TYPES)
    assert channels["min"] == 1
    tty = by_name(next(t for t in channels["types"] if t["name"] == "tty")["fields"])
    assert "type" not in tty and tty["number"]["required"] is True


def test_help_comes_from_the_scaffold_comments(collections: dict[str, dict[str, Any]]) -> None:
    service = by_name(collections["services"]["fields"])
    assert service["title"]["hint"] == "Start with a verb: what the person wants to do."
    assert "{" not in service["topics"]["hint"]
    tty = by_name(next(t for t in by_name(collections["agencies"]["fields"])["channels"]["types"] if t["name"] == "tty")["fields"])
    assert tty["number"]["hint"].startswith("711 connects to the relay service")


@pytest.mark.parametrize(("parser", "path", "good", "bad"), [
    (parse_period, ("review_in",), ["6 months", "1 year", "90 days"], ["six months", "6 monthly"]),
    (parse_ranges, ("how_to_apply", "phone", "hours", "monday"), ["8:00-17:00", "8:00-12:00, 13:00-17:00", "closed"], ["8-5", "8:00"]),
])
def test_text_patterns_agree_with_the_parsers(collections: dict[str, dict[str, Any]], parser: Any, path: tuple[str, ...], good: list[str], bad: list[str]) -> None:
    field: dict[str, Any] = {"fields": collections["services"]["fields"]}
    for name in path:
        field = by_name(field["fields"])[name]
    pattern = re.compile(field["pattern"][0])
    for text in good:
        parser(text)
        assert pattern.match(text), text
    for text in bad:
        with pytest.raises(PydanticCustomError):
            parser(text)
        assert not pattern.match(text), text


@pytest.mark.parametrize(("url", "repo"), [
    ("https://github.com/example-state/portal", "example-state/portal"),
    ("https://github.com/example-state/portal.git", "example-state/portal"),
    ("https://gitlab.com/example-state/portal", ""),
    ("", ""),
])
def test_github_repository_from_repo_url(url: str, repo: str) -> None:
    assert github_backend(url).repo == repo


def test_local_backend_points_at_govportal_edit() -> None:
    config = editor_config(FIXTURE, "content", Backend("proxy", proxy_url="http://127.0.0.1:8001/api/v1"))
    assert config["backend"] == {"name": "proxy", "proxy_url": "http://127.0.0.1:8001/api/v1"}
