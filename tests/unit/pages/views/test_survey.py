"""The survey page's view: its questions, field ids and hidden fields, from the settings."""

from __future__ import annotations

import pytest
from govportal.config.feedback import Choice, FeedbackSettings, SurveySettings
from govportal.config.portal import PortalSettings
from govportal.pages.views.site import PageView
from govportal.pages.views.survey import FollowUp, Hidden, Option, survey_view

from tests.unit.pages.views.portal import minimal, site

CAMPING = minimal().services[0]


def test_the_survey_names_the_service_and_its_agency_and_sends_which_page_it_was() -> None:
    view = survey_view(site(), PageView("survey", agency_id="parks", service=CAMPING))
    assert view.heading == "Tell us about: Reserve a campsite"
    assert view.lead.startswith("Your answers help the Division of State Parks improve this service.")
    assert (view.back.href, view.back.text) == ("services/parks/reserve-a-campsite/", "Back to Reserve a campsite")
    assert view.hidden == (Hidden("page", "/services/parks/reserve-a-campsite/survey/"), Hidden("service", "parks/reserve-a-campsite"))
    assert (view.action, view.comment_max, view.follow_up) == ("/api/feedback/survey", 1000, FollowUp("gp-survey", "your answers"))


def test_scales_answer_1_to_5_and_reasons_come_from_the_settings() -> None:
    survey = SurveySettings(went_well=[Choice(id="quick", label="It was quick")])
    settings = PortalSettings(feedback=FeedbackSettings(url="https://feedback.example.gov/api", survey=survey))
    view = survey_view(site(settings=settings), PageView("survey", service=CAMPING))
    satisfaction, trust = view.scales
    assert (satisfaction.name, satisfaction.field_id) == ("satisfaction", "gp-survey-satisfaction")
    assert [o.value for o in trust.options] == ["1", "2", "3", "4", "5"]
    assert trust.options[0] == Option("gp-survey-trust-1", "1", "Strongly disagree")
    went_well, could_be_better = view.checks
    assert (went_well.legend, went_well.options) == ("What went well?", (Option("gp-survey-went_well-quick", "quick", "It was quick"),))
    assert could_be_better.field_id == "gp-survey-could_be_better"
    assert view.action == "https://feedback.example.gov/api/survey"


def test_a_survey_page_needs_its_service() -> None:
    with pytest.raises(ValueError, match="without its service"):
        survey_view(site(), PageView("survey"))
