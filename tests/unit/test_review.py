"""``govportal review``'s listing: not published first, then what is due by agency, with owners and a count."""

from __future__ import annotations

from datetime import date

from govportal.content.freshness import ReviewItem
from govportal.review import Line, review_lines

AGENCY = ReviewItem("parks", date(2026, 12, 1), "agency", "Division of State Parks", "agencies/parks.yml", "due")
SERVICE = ReviewItem("parks", date(2026, 11, 1), "service", "Reserve a campsite", "services/parks/camp.md", "overdue", owner="Parks web team")
DRAFT = ReviewItem("parks", None, "service", "Book a hike", "services/parks/hike.md", "draft", note="draft: true")


def test_not_published_then_due_by_agency_with_owner_and_count() -> None:
    assert review_lines([DRAFT, AGENCY, SERVICE], 30, "content") == [
        Line("Not published (1)", heading=True),
        Line("  draft: Book a hike (service): draft: true — content/services/parks/hike.md"),
        Line("Division of State Parks", heading=True),
        Line("  due 2026-12-01: Division of State Parks (agency) — content/agencies/parks.yml"),
        Line("  overdue since 2026-11-01: Reserve a campsite (service, owner: Parks web team) — content/services/parks/camp.md"),
        Line("1 overdue, 1 due within 30 days."),
    ]


def test_nothing_due_says_so_for_the_days_asked() -> None:
    assert review_lines([], 7, "content") == [Line("Nothing is due for review in the next 7 days.")]
