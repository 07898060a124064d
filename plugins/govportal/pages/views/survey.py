"""The view of a service's satisfaction survey (OMB Circular A-11 customer experience questions).

Field ids are ``gp-survey-<field>``: the receiver's error messages link to them, so they are
decided here, once, beside the questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from govportal.config.feedback import Choice, ScaleQuestion
from govportal.i18n import N_
from govportal.pages import urls
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView, SiteView

FORM_ID = "gp-survey"


@dataclass(frozen=True)
class Option:
    input_id: str
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    """A fieldset: a 1 to 5 scale (radio buttons, answer required) or reasons to tick (any)."""

    name: str  # the field the receiver reads
    field_id: str
    legend: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Hidden:
    name: str
    value: str


@dataclass(frozen=True)
class FollowUp:
    """"Can we contact you about …?": the form it belongs to and what the contact would be about."""

    form_id: str
    about: str


SURVEY_FOLLOW_UP = FollowUp(FORM_ID, N_("your answers"))


@dataclass(frozen=True)
class SurveyView:
    heading: str
    lead: str
    back: Link
    action: str  # the feedback receiver's survey address
    hidden: tuple[Hidden, ...]
    scales: tuple[Question, ...]
    checks: tuple[Question, ...]
    comment_max: int
    follow_up: FollowUp


def survey_view(site: SiteView, page: PageView) -> SurveyView:
    service = page.service
    if service is None:
        raise ValueError("a survey page was planned without its service")
    title = service.service.title
    questions = site.settings.feedback.survey
    _ = site.gettext
    return SurveyView(
        heading=_("Tell us about: %(title)s", title=title),
        lead=_("Your answers help the %(agency)s improve this service. It takes about 2 minutes. All questions except the first two are optional.", agency=site.agency_name(service.agency_id)),
        back=Link(site.localized(urls.service(service.id)), _("Back to %(title)s", title=title), on_site=True),
        action=site.settings.feedback.survey_url,
        hidden=(Hidden("page", "/" + site.localized(urls.survey(service.id))), Hidden("service", service.id)),
        scales=(scale(site, "satisfaction", questions.satisfaction), scale(site, "trust", questions.trust)),
        checks=(checks(site, "went_well", _("What went well?"), questions.went_well), checks(site, "could_be_better", _("What could be better?"), questions.could_be_better)),
        comment_max=site.settings.feedback.max_comment_chars,
        follow_up=FollowUp(FORM_ID, _(SURVEY_FOLLOW_UP.about)),
    )


def field_id(name: str) -> str:
    return f"{FORM_ID}-{name}"


def scale(site: SiteView, name: str, question: ScaleQuestion) -> Question:
    """Answers 1 to 5, in the order of the labels; the settings' words, in the page's language."""
    options = tuple(Option(f"{field_id(name)}-{value}", str(value), site.gettext(label)) for value, label in enumerate(question.labels, start=1))
    return Question(name, field_id(name), site.gettext(question.text), options)


def checks(site: SiteView, name: str, legend: str, choices: list[Choice]) -> Question:
    return Question(name, field_id(name), legend, tuple(Option(f"{field_id(name)}-{c.id}", c.id, site.gettext(c.label)) for c in choices))
