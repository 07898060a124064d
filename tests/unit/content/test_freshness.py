"""``govportal review``: each page's owner, review date and state, and the JSON dashboards read."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from govportal.content import load_content
from govportal.content.freshness import REVIEW_FORMAT, ReviewItem, review_items, review_json
from govportal.model.portal import PortalContent
from tests.conftest import TODAY

Edit = Callable[[Path, str, str], None]
ZONE = "America/Denver"
NOW = datetime(2026, 11, 23, 10, tzinfo=ZoneInfo(ZONE))
CAMPSITE = "services/parks/reserve-a-campsite.md"


def loaded(content: Path) -> PortalContent:
    result = load_content(content, TODAY)
    assert result.content is not None, result.findings
    return result.content


def states(content: Path, within_days: int = 30) -> list[tuple[str, str, date | None, str | None, str]]:
    return [(i.kind, i.state, i.review_by, i.owner, i.note) for i in review_items(loaded(content), NOW, ZONE, within_days)]


def test_review_is_a_year_after_the_last_one_by_default(content: Path) -> None:
    assert states(content) == [("agency", "ok", date(2027, 10, 1), None, ""), ("service", "ok", date(2027, 10, 1), None, "")]


@pytest.mark.parametrize(
    ("reviewed", "review_in", "state"),
    [("2025-11-22", "", "overdue"), ("2025-11-23", "", "due"), ("2026-11-01", "review_in: 30 days\n", "due"), ("2026-10-01", "review_in: 30 days\n", "overdue")],
)
def test_overdue_and_due_within_the_days_asked(content: Path, edit: Edit, reviewed: str, review_in: str, state: str) -> None:
    edit(content / CAMPSITE, "last_reviewed: 2026-10-01\n", f"last_reviewed: {reviewed}\n{review_in}")
    assert [i[1] for i in states(content) if i[0] == "service"] == [state]


def test_a_service_is_owned_by_its_agencys_owner_unless_it_names_its_own(content: Path, edit: Edit) -> None:
    edit(content / "agencies" / "parks.yml", "languages: [English]\n", "languages: [English]\nowner: Parks web team\n")
    assert [i[3] for i in states(content)] == ["Parks web team", "Parks web team"]
    edit(content / CAMPSITE, "cost: $25 a night\n", "cost: $25 a night\nowner: Reservations team\n")
    assert [i[3] for i in states(content)] == ["Parks web team", "Reservations team"]


def test_a_scheduled_page_says_when_it_publishes(content: Path, edit: Edit) -> None:
    edit(content / CAMPSITE, "cost: $25 a night\n", "cost: $25 a night\npublish_on: 2027-03-01\n")
    [service] = [i for i in review_items(loaded(content), NOW, ZONE, 30) if i.kind == "service"]
    assert (service.state, service.note) == ("scheduled", "publishes on March 1, 2027 at midnight Mountain Time")
    assert service.publish_on == datetime(2027, 3, 1, tzinfo=ZoneInfo(ZONE))


def test_the_services_of_a_draft_agency_are_drafts_too(content: Path, edit: Edit) -> None:
    edit(content / "agencies" / "parks.yml", "languages: [English]\n", "languages: [English]\ndraft: true\n")
    assert [i[:2] + i[4:] for i in states(content)] == [("agency", "draft", "draft: true"), ("service", "draft", "draft: true")]


def test_the_json_counts_every_state_and_names_each_file(content: Path) -> None:
    items = review_items(loaded(content), NOW, ZONE, 30)
    document = json.loads(review_json(items, NOW, 30))
    assert document["format"] == REVIEW_FORMAT
    assert document["counts"] == {"overdue": 0, "due": 0, "scheduled": 0, "draft": 0, "unpublished": 0, "ok": 2}
    assert document["pages"][1] == {
        "file": f"content/{CAMPSITE}", "kind": "service", "title": "Reserve a campsite", "agency": "parks", "owner": None,
        "reviewed": "2026-10-01", "review_by": "2027-10-01", "state": "ok", "publish_on": None, "unpublish_on": None, "note": None,
    }


def test_items_sort_by_agency_then_review_date() -> None:
    later = ReviewItem("dmv", date(2027, 1, 1), "service", "B", "b.md", "ok")
    sooner = ReviewItem("dmv", date(2026, 12, 1), "service", "A", "a.md", "due")
    other = ReviewItem("abc", date(2028, 1, 1), "agency", "C", "c.yml", "ok")
    assert sorted([later, sooner, other]) == [other, sooner, later]
