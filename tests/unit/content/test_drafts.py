"""Drafts and scheduled publishing: one notion of "not published yet" for agencies and services."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from govportal.content import load_content
from govportal.content.drafts import publication
from govportal.content.freshness import review_items, review_json
from govportal.model.portal import PortalContent
from tests.conftest import TODAY

Edit = Callable[[Path, str, str], None]
DENVER = "America/Denver"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo(DENVER))
SERVICE = "services/parks/reserve-a-campsite.md"
REVIEWED = "last_reviewed: 2026-10-01\n---"


def loaded(content: Path) -> PortalContent:
    result = load_content(content, TODAY)
    assert result.content is not None, [str(f) for f in result.findings]
    return result.content


def errors_of(content: Path) -> list[str]:
    return [str(f) for f in load_content(content, TODAY).findings if f.severity == "error"]


def front(content: Path, edit: Edit, lines: str) -> None:
    """Add front matter lines to the fixture's one service."""
    edit(content / SERVICE, REVIEWED, f"last_reviewed: 2026-10-01\n{lines}\n---")


@pytest.mark.parametrize(("lines", "reason", "published"), [
    ("draft: true", "draft", False),
    ("publish_on: 2026-11-24", "scheduled", False),  # tomorrow, midnight in Denver
    ("publish_on: 2026-11-23", None, True),  # today since midnight
    ("publish_on: 2026-11-23T10:00:00-07:00", None, True),  # this very minute
    ("publish_on: 2026-11-23T10:01:00-07:00", "scheduled", False),
    ("publish_on: '2026-11-23T17:30:00+00:00'", "scheduled", False),  # 10:30 in Denver
    ("unpublish_on: 2026-11-23T10:00-07:00", "ended", False),
    ("unpublish_on: 2026-11-24", None, True),
])
def test_a_service_is_published_only_outside_drafts_and_inside_its_window(content: Path, edit: Edit, lines: str, reason: str | None, published: bool) -> None:
    front(content, edit, lines)
    portal = loaded(content)
    state = publication(portal, NOW, DENVER)
    assert (state.services["parks/reserve-a-campsite"].reason if state.services else None) == reason
    assert [s.id for s in state.published(portal).services] == (["parks/reserve-a-campsite"] if published else [])


def test_a_date_alone_is_the_start_of_that_day_in_the_portal_time_zone(content: Path, edit: Edit) -> None:
    front(content, edit, "publish_on: 2026-11-24")
    state = publication(loaded(content), NOW, DENVER).services["parks/reserve-a-campsite"]
    assert state.when == datetime(2026, 11, 24, tzinfo=ZoneInfo(DENVER))
    assert state.summary() == "publishes on November 24, 2026 at midnight Mountain Time"
    assert state.explain() == "It is scheduled to publish on November 24, 2026 at midnight Mountain Time."


def test_a_draft_agency_keeps_its_services_off_the_site(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "name: Division", "draft: true\nname: Division")
    portal = loaded(content)
    state = publication(portal, NOW, DENVER)
    assert set(state.agencies) == {"parks"} and not state.services
    assert state.of_service(portal.services[0]) == state.agencies["parks"]
    published = state.published(portal)
    assert published.agencies == {} and published.services == [] and published.forms == {}
    assert set(portal.agencies) == {"parks"} and portal.drafts == {}  # complete: drawn in the preview


def test_status_draft_from_the_agency_import_is_the_same_draft(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "name: Division", "status: draft\nname: Division")
    assert loaded(content).agencies["parks"].draft
    edit(content / "agencies/parks.yml", "status: draft", "status: published")
    assert not loaded(content).agencies["parks"].draft


def test_schedule_mistakes_name_the_file_and_field_all_at_once(content: Path, edit: Edit) -> None:
    front(content, edit, "publish_on: 2026-12-01\nunpublish_on: 2026-11-30\ndraft: maybe")
    edit(content / "agencies/parks.yml", "name: Division", "publish_on: next Tuesday\nname: Division")
    assert errors_of(content) == [
        "content/agencies/parks.yml: publish_on: 'next Tuesday' is not a date or a date and time; write a date, 2026-03-01 "
        "(the start of that day in the portal time zone), or a date and time with its offset, 2026-03-01T09:00-07:00",
        "content/services/parks/reserve-a-campsite.md: draft: should be true or false",
        "content/services/parks/reserve-a-campsite.md: unpublish_on: 2026-11-30T00:00:00 is not after publish_on "
        "(2026-12-01T00:00:00); the page would never be published. Check the two dates",
    ]


@pytest.mark.parametrize("owner", ["jane.doe@parks.example.gov", "Jane (801) 555-0123"])
def test_an_owner_is_a_team_or_role_not_a_persons_contact_details(content: Path, edit: Edit, owner: str) -> None:
    front(content, edit, f"owner: {owner}")
    [error] = errors_of(content)
    assert error.startswith(f"content/{SERVICE}: owner: '{owner}' looks like an e-mail address or phone number; write a team or role")


def test_review_json_lists_every_page_with_owner_dates_and_state(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2025-01-10\nowner: Parks web team")
    front(content, edit, "publish_on: 2026-12-01T09:00-07:00")
    (content / "agencies/oot.yml").write_text("status: draft\nname: Office of Tourism\n", encoding="utf-8")
    document = json.loads(review_json(review_items(loaded(content), NOW, DENVER, 30), NOW, 30))
    assert document["format"] == "govportal-review/1" and document["generated"] == "2026-11-23T10:00:00-07:00"
    assert document["counts"] == {"overdue": 1, "due": 0, "scheduled": 1, "draft": 1, "unpublished": 0, "ok": 0}
    assert document["pages"] == [
        {"file": "content/agencies/oot.yml", "kind": "agency", "title": "Office of Tourism", "agency": "oot", "owner": None,
         "reviewed": None, "review_by": None, "state": "draft", "publish_on": None, "unpublish_on": None,
         "note": "missing description, website, customer_relations, channels, languages, last_reviewed"},
        {"file": "content/agencies/parks.yml", "kind": "agency", "title": "Division of State Parks", "agency": "parks", "owner": "Parks web team",
         "reviewed": "2025-01-10", "review_by": "2026-01-10", "state": "overdue", "publish_on": None, "unpublish_on": None, "note": None},
        {"file": f"content/{SERVICE}", "kind": "service", "title": "Reserve a campsite", "agency": "parks", "owner": "Parks web team",
         "reviewed": "2026-10-01", "review_by": "2027-10-01", "state": "scheduled", "publish_on": "2026-12-01T09:00:00-07:00", "unpublish_on": None,
         "note": "publishes on December 1, 2026 at 9 a.m. Mountain Time"},
    ]
