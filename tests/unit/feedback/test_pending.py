"""Comments waiting for approval are shown as they would be published: personal details removed."""

from __future__ import annotations

from datetime import UTC, datetime

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.pending import pending_lines


def test_each_comment_redacted_with_its_day_agency_and_page() -> None:
    row = {"id": 7, "received_at": datetime(2026, 11, 20, 15, tzinfo=UTC), "agency": "parks", "page": "/agencies/parks/", "comment": "Call me at 801-555-0180"}
    [entry] = pending_lines([row], FeedbackSettings(publish_comments=True))
    head, comment = entry.split("\n")
    assert head == "7  2026-11-20  parks  /agencies/parks/"
    assert "801-555-0180" not in comment and comment.startswith("    Call me at ")


def test_a_page_of_no_agency_is_marked_and_unpublished_agencies_are_said() -> None:
    row = {"id": 8, "received_at": None, "agency": "", "page": "/", "comment": "Nice"}
    [entry] = pending_lines([row], FeedbackSettings())
    assert entry == "8    -  / (comments of this agency are not published)\n    Nice"
