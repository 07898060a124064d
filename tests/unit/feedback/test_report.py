"""The performance report's figures, summed from rows and checked against the rows themselves;
comments are private unless published, and then only approved ones, redacted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.redact import ADDRESS, EMAIL, PHONE
from govportal.feedback.report import build_report, summarise
from tests.unit.feedback.rows import NOVEMBER, PAGE, month_and_a_half, row

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def test_report_figures_match_the_rows() -> None:
    report = build_report(month_and_a_half(), FeedbackSettings(), now=NOW)
    portal = report.portal
    assert (portal.responses, portal.page_responses, portal.survey_responses) == (7, 5, 2)
    assert portal.helpful_percent == 60.0  # 3 of 5
    assert (portal.satisfaction_average, portal.satisfied_percent) == (3.5, 50.0)
    assert (portal.trust_average, portal.trust_percent) == (3.0, 50.0)
    assert [(r.id, r.count) for r in portal.could_be_better] == [("efficiency", 2), ("transparency", 1)]
    assert portal.could_be_better[0].label == "It took too long"
    assert portal.follow_up_pending == 1
    assert [(m.month, m.responses, m.helpful_percent) for m in portal.months] == [("2026-10", 2, 50.0), ("2026-11", 5, 66.7)]
    dmv, revenue = report.agencies
    assert (dmv.id, dmv.summary.responses, revenue.id, revenue.summary.helpful_percent) == ("dmv", 6, "revenue", 0.0)
    assert [s.id for s in dmv.services] == ["dmv/renew-drivers-license"]
    assert dmv.comments == [] and revenue.comments == []  # private unless the portal publishes approved ones
    assert (str(report.first_response), str(report.last_response), report.generated_at) == ("2026-10-05", "2026-11-20", NOW)


def test_replied_follow_ups_are_no_longer_pending() -> None:
    rows = [row(1, follow_up=True, followed_up_at=NOVEMBER), row(2, follow_up=True), row(3)]
    assert summarise(rows, FeedbackSettings()).follow_up_pending == 1


def test_no_answers_give_no_figures_rather_than_zero() -> None:
    report = build_report([], FeedbackSettings(), now=NOW)
    assert (report.portal.responses, report.portal.helpful_percent, report.portal.satisfaction_average) == (0, None, None)
    assert (report.first_response, report.agencies) == (None, [])


def test_accessibility_reports_are_counted_apart() -> None:
    summary = summarise([row(1, kind="a11y", page="/accessibility/", comment="Page: x\\nbroken"), row(2, helpful=True)], FeedbackSettings())
    assert (summary.accessibility_reports, summary.page_responses, summary.helpful_percent) == (1, 1, 100.0)


PRIVATE = "Call me on (801) 555-0123 or pat@example.com"


def _commented() -> list[dict[str, object]]:
    return [
        row(1, page=PAGE, agency="dmv", helpful=False, comment=PRIVATE, approved_at=NOVEMBER),
        row(2, page=PAGE, agency="dmv", helpful=True, comment="Not approved yet"),
        row(3, page="/agencies/revenue/", agency="revenue", helpful=False, comment="Send it to 12 Canyon View Rd please", approved_at=NOVEMBER),
    ]


def _comments(settings: FeedbackSettings) -> dict[str, list[str]]:
    return {a.id: [c.text for c in a.comments] for a in build_report(_commented(), settings, now=NOW).agencies}


def test_comments_are_published_only_when_approved_and_redacted() -> None:
    assert _comments(FeedbackSettings()) == {"dmv": [], "revenue": []}
    assert _comments(FeedbackSettings(publish_comments=True)) == {
        "dmv": [f"Call me on {PHONE} or {EMAIL}"], "revenue": [f"Send it to {ADDRESS} please"],
    }
    assert _comments(FeedbackSettings(publish_comments=["dmv"])) == {"dmv": [f"Call me on {PHONE} or {EMAIL}"], "revenue": []}


def test_only_the_most_recent_approved_comments_are_published() -> None:
    rows = [row(n, agency="dmv", comment=f"comment {n}", approved_at=NOVEMBER, received_at=NOVEMBER - timedelta(days=n)) for n in range(1, 8)]
    report = build_report(rows, FeedbackSettings(publish_comments=True, report_comments=3), now=NOW)
    assert [c.text for c in report.agencies[0].comments] == ["comment 1", "comment 2", "comment 3"]


def test_purged_words_do_not_change_the_figures() -> None:
    rows = month_and_a_half()
    purged = [r | {"comment": None, "contact": None, "approved_at": None} for r in rows]
    assert build_report(purged, FeedbackSettings(), now=NOW).portal == build_report(rows, FeedbackSettings(), now=NOW).portal
