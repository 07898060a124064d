"""Feedback settings: ``feedback:`` under the govportal plugin in ``site.yml`` (all optional).

The survey questions follow the customer experience questions of OMB Circular A-11,
section 280: overall satisfaction, trust, and what went well or could be better.
"""

from __future__ import annotations

import os
from typing import Annotated

from pydantic import Field

from govportal.i18n import N_
from govportal.model.fields import ContentModel, SiteLink, Text

DATABASE_ENV = "GOVPORTAL_FEEDBACK_DATABASE_URL"
# Where prometheus-client keeps each worker's counts; it must be set before it is imported.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


class Choice(ContentModel):
    """One answer people can tick; ``id`` is what is stored, ``label`` what they read."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
    label: Text


class ScaleQuestion(ContentModel):
    """A statement answered on a 1 to 5 scale, from the first label to the last."""

    text: Text
    labels: Annotated[list[Text], Field(min_length=5, max_length=5)]


AGREE = [N_("Strongly disagree"), N_("Disagree"), N_("Neither agree nor disagree"), N_("Agree"), N_("Strongly agree")]

DRIVERS = [
    Choice(id="effectiveness", label=N_("I got what I needed")),
    Choice(id="ease", label=N_("It was easy to do")),
    Choice(id="efficiency", label=N_("It took a reasonable amount of time")),
    Choice(id="transparency", label=N_("I understood what to do and what would happen next")),
    Choice(id="employees", label=N_("The staff I dealt with were helpful")),
]


class SurveySettings(ContentModel):
    satisfaction: ScaleQuestion = ScaleQuestion(
        text=N_("I am satisfied with the service I received."),
        labels=[N_("Very dissatisfied"), N_("Dissatisfied"), N_("Neither satisfied nor dissatisfied"), N_("Satisfied"), N_("Very satisfied")],
    )
    trust: ScaleQuestion = ScaleQuestion(text=N_("This service increased my trust in the state."), labels=AGREE)
    went_well: Annotated[list[Choice], Field(min_length=1)] = DRIVERS
    could_be_better: Annotated[list[Choice], Field(min_length=1)] = [
        Choice(id="effectiveness", label=N_("I did not get what I needed")),
        Choice(id="ease", label=N_("It was hard to do")),
        Choice(id="efficiency", label=N_("It took too long")),
        Choice(id="transparency", label=N_("I did not understand what to do or what would happen next")),
        Choice(id="employees", label=N_("The staff I dealt with were not helpful")),
    ]


class FeedbackSettings(ContentModel):
    # Where the forms post: a path on this site (the receiver behind the same web server)
    # or an https:// address of a receiver elsewhere.
    url: SiteLink = "/api/feedback"
    # Where the receiver sends people back to after a form post, when it is on another host.
    site_url: Text = ""
    # SQLite file by default; postgresql+psycopg://user:password@host/db for production.
    # The environment variable GOVPORTAL_FEEDBACK_DATABASE_URL overrides it.
    database_url: Text = "sqlite:///feedback.sqlite3"
    # Web pages on other hosts allowed to send feedback with JavaScript (CORS).
    allowed_origins: list[Text] = []
    # Posts one visitor may send per minute; more get "429 Too Many Requests".
    rate_limit_per_minute: Annotated[int, Field(ge=1)] = 10
    max_comment_chars: Annotated[int, Field(ge=50, le=10_000)] = 1000
    # Comments are private: the public report shows only figures unless this is true (every
    # agency) or a list of agency ids. Even then a comment is shown only once staff approve
    # it (govportal feedback approve), and with personal details removed.
    publish_comments: bool | list[Text] = False
    # How many recent approved comments per agency the public performance page shows.
    report_comments: Annotated[int, Field(ge=0, le=50)] = 5
    # Comments and contact details are deleted this many days after they arrive
    # (govportal feedback purge); answers and ratings are kept for the figures.
    retention_days: Annotated[int, Field(ge=1, le=3650)] = 365
    survey: SurveySettings = SurveySettings()

    @property
    def survey_url(self) -> str:
        """Surveys post beside page feedback, so one receiver address serves both."""
        return self.url.rstrip("/") + "/survey"

    def publishes_comments(self, agency: str) -> bool:
        """Whether approved comments about this agency may appear on the public report."""
        return self.publish_comments is True or (isinstance(self.publish_comments, list) and agency in self.publish_comments)

    def database(self, override: str | None = None) -> str:
        """The database to use: the command line, else the environment, else ``site.yml``."""
        return override or os.environ.get(DATABASE_ENV) or self.database_url
