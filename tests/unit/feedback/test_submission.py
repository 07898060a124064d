"""What a form or script sent, turned into an entry or a list of what to fix: every field's
problem at once, in a visitor's words, and nothing stored from a filled-in spam trap."""

from __future__ import annotations

import pytest

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import Entry
from govportal.feedback.submission import (
    ACCESSIBILITY,
    Fields,
    Rejected,
    Spam,
    accessibility_report,
    fields_from_json,
    page_feedback,
    page_path,
    survey,
)
from govportal.feedback.targets import PageTarget, SiteTargets

SERVICE_PAGE = "/services/dmv/renew-drivers-license/"
SURVEY_PAGE = SERVICE_PAGE + "survey/"
TARGETS = SiteTargets({
    "/": PageTarget(),
    "/accessibility/": PageTarget(),
    SERVICE_PAGE: PageTarget("dmv", "dmv/renew-drivers-license"),
    SURVEY_PAGE: PageTarget("dmv", "dmv/renew-drivers-license"),
    "/services/health/apply-for-wic/": PageTarget("health", "health/apply-for-wic"),
})
SETTINGS = FeedbackSettings()


def form(**values: str | list[str]) -> Fields:
    return {name: value if isinstance(value, list) else [value] for name, value in values.items()}


def good_survey(**changes: str | list[str]) -> Fields:
    answers: dict[str, str | list[str]] = {
        "page": SURVEY_PAGE, "service": "dmv/renew-drivers-license", "satisfaction": "4", "trust": "5",
        "went_well": ["ease", "efficiency"], "could_be_better": ["transparency"], "comment": " Quick. ",
    }
    return form(**(answers | changes))


def test_page_feedback_keeps_the_path_only_and_the_page_s_agency_and_service() -> None:
    entry = page_feedback(form(page=SERVICE_PAGE + "?email=a%40b.c#top", helpful="No", comment="Could not find the fee"), TARGETS, SETTINGS)
    assert entry == Entry(kind="page", page=SERVICE_PAGE, agency="dmv", service="dmv/renew-drivers-license", helpful=False, comment="Could not find the fee")


def test_survey_answers_become_one_entry() -> None:
    entry = survey(good_survey(follow_up="yes", contact="Pat@Example.com", went_well=["ease", "ease", " "]), TARGETS, SETTINGS)
    assert isinstance(entry, Entry)
    assert (entry.kind, entry.agency, entry.service, entry.satisfaction, entry.trust) == ("survey", "dmv", "dmv/renew-drivers-license", 4, 5)
    assert (entry.went_well, entry.could_be_better, entry.comment) == (("ease",), ("transparency",), "Quick.")
    assert (entry.follow_up, entry.contact) == (True, "Pat@example.com")
    assert survey(good_survey(contact="pat@example.com"), TARGETS, SETTINGS).contact is None  # type: ignore[union-attr]  # no consent, not kept


REJECTIONS: dict[str, tuple[object, Fields, dict[str, str]]] = {
    "unknown page": (page_feedback, form(page="/no-such-page/", helpful="yes"), {"page": "We do not know this page"}),
    "another site's page": (page_feedback, form(page="/\\evil.example/", helpful="yes"), {"page": "We do not know this page"}),
    "no answer": (page_feedback, form(page=SERVICE_PAGE), {"helpful": "Choose Yes or No."}),
    "answer out of range": (page_feedback, form(page=SERVICE_PAGE, helpful="maybe"), {"helpful": "Choose Yes or No."}),
    "comment too long": (page_feedback, form(page=SERVICE_PAGE, helpful="yes", comment="x" * 1001), {"comment": "Use 1000 characters or fewer."}),
    "unknown service": (survey, good_survey(service="dmv/fly-a-plane"), {"service": "We do not know this service"}),
    "unknown agency in service": (survey, good_survey(service="nasa/renew-drivers-license"), {"service": "We do not know this service"}),
    "another page's service": (survey, good_survey(service="health/apply-for-wic"), {"service": "about another service"}),
    "survey from a page without a service": (survey, good_survey(page="/"), {"service": "about another service"}),
    "satisfaction out of range": (survey, good_survey(satisfaction="6"), {"satisfaction": "Choose one of the five answers."}),
    "missing trust": (survey, good_survey(trust=""), {"trust": "Choose an answer from 1 to 5 for: This service increased my trust in the state."}),
    "made-up reason": (survey, good_survey(could_be_better=["parking"]), {"could_be_better": "Choose only from the answers listed."}),
    "consent without contact": (survey, good_survey(follow_up="yes", contact=""), {"contact": "Enter an e-mail address"}),
    "contact that is neither": (survey, good_survey(follow_up="on", contact="call me"), {"contact": "Enter an e-mail address"}),
    "no problem told": (accessibility_report, form(page="/accessibility/", comment=" "), {"comment": "Tell us what went wrong."}),
}


@pytest.mark.parametrize("case", REJECTIONS)
def test_bad_answers_are_rejected_by_field(case: str) -> None:
    judge, fields, expected = REJECTIONS[case]
    outcome = judge(fields, TARGETS, SETTINGS)  # type: ignore[operator]
    assert isinstance(outcome, Rejected) and outcome.status == 422
    assert set(outcome.errors) == set(expected)
    assert all(text in outcome.errors[name] for name, text in expected.items()), outcome.errors


def test_every_problem_is_reported_at_once() -> None:
    outcome = survey(form(page="/nowhere/", follow_up="yes"), TARGETS, SETTINGS)
    assert isinstance(outcome, Rejected)
    assert set(outcome.errors) == {"page", "service", "satisfaction", "trust", "contact"}


@pytest.mark.parametrize("judge", [page_feedback, survey, accessibility_report])
def test_a_filled_in_spam_trap_is_spam_whatever_else_was_sent(judge: object) -> None:
    assert judge(form(website="http://spam.example"), TARGETS, SETTINGS) == Spam()  # type: ignore[operator]


def test_accessibility_report_keeps_where_and_what_in_the_comment() -> None:
    sent = form(page="/accessibility/", problem_page="Renew your license", comment="The date field cannot be used with my screen reader.",
                follow_up="yes", contact="pat@example.com", website="")
    entry = accessibility_report(sent, TARGETS, SETTINGS)
    assert entry == Entry(kind=ACCESSIBILITY, page="/accessibility/", comment="Page: Renew your license\nThe date field cannot be used with my screen reader.",
                          follow_up=True, contact="pat@example.com")
    assert len(ACCESSIBILITY) <= 10  # the kind column's size


@pytest.mark.parametrize(("raw", "path"), [
    ("/services/x/?email=a@b.c#top", "/services/x/"),
    ("/", "/"),
    ("", None),
    ("services/x/", None),
    ("//evil.example/x/", None),  # another site, however it is written
    ("https://evil.example/x/", None),
    ("/\\evil.example/", None),
    ("/%0a/evil", "/%0a/evil"),  # still escaped: harmless in a redirect
    ("/a b/", None),
    ("/" + "x" * 500, None),
])
def test_page_path_keeps_only_plain_paths_on_this_site(raw: str, path: str | None) -> None:
    assert page_path(raw) == path


def test_json_bodies_become_fields_like_a_form() -> None:
    assert fields_from_json({"page": "/", "helpful": True, "n": 3, "went_well": ["ease", "efficiency"], "gone": None}) == {
        "page": ["/"], "helpful": ["true"], "n": ["3"], "went_well": ["ease", "efficiency"], "gone": [""],
    }
    assert fields_from_json(["page", "/"]) is None
    assert fields_from_json({"page": {"nested": 1}}) is None
    assert fields_from_json({"went_well": [["deeper"]]}) is None
