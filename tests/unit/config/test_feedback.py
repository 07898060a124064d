"""Feedback settings: where forms post, which comments may be published, which database."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from govportal.config.feedback import DATABASE_ENV, FeedbackSettings


@pytest.mark.parametrize(("url", "survey"), [("/api/feedback", "/api/feedback/survey"), ("https://fb.example.gov/post/", "https://fb.example.gov/post/survey")])
def test_surveys_post_beside_page_feedback(url: str, survey: str) -> None:
    assert FeedbackSettings(url=url).survey_url == survey


@pytest.mark.parametrize(
    ("publish", "agency", "published"),
    [(False, "dmv", False), (True, "dmv", True), (["dmv"], "dmv", True), (["dmv"], "tax", False), ([], "dmv", False)],
)
def test_comments_are_published_only_for_the_agencies_named(publish: bool | list[str], agency: str, published: bool) -> None:
    assert FeedbackSettings(publish_comments=publish).publishes_comments(agency) is published


def test_the_database_is_the_command_line_then_the_environment_then_site_yml(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = FeedbackSettings(database_url="sqlite:///site.sqlite3")
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    assert settings.database() == "sqlite:///site.sqlite3"
    monkeypatch.setenv(DATABASE_ENV, "sqlite:///env.sqlite3")
    assert settings.database() == "sqlite:///env.sqlite3"
    assert settings.database("sqlite:///cli.sqlite3") == "sqlite:///cli.sqlite3"


def test_the_default_survey_asks_the_a11_questions() -> None:
    survey = FeedbackSettings().survey
    assert survey.satisfaction.labels[0] == "Very dissatisfied"
    assert [c.id for c in survey.went_well] == [c.id for c in survey.could_be_better]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"url": "api/feedback"}, "url"),
        ({"url": "http://fb.example.gov/"}, "url"),
        ({"rate_limit_per_minute": 0}, "rate_limit_per_minute"),
        ({"max_comment_chars": 20}, "max_comment_chars"),
        ({"survey": {"went_well": []}}, "survey.went_well"),
        ({"survey": {"trust": {"text": "Trust?", "labels": ["a", "b"]}}}, "survey.trust.labels"),
        ({"survey": {"went_well": [{"id": "Not OK", "label": "x"}]}}, "survey.went_well.0.id"),
    ],
)
def test_wrong_settings_are_refused_naming_the_field(options: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        FeedbackSettings.model_validate(options)
    assert [".".join(str(p) for p in e["loc"]) for e in raised.value.errors()] == [field]
