"""Posts from Spanish pages (under /es/) get what to fix in Spanish, through the catalogue; the
English answers stay as they were."""

from __future__ import annotations

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.app import _error_page, _known_page
from govportal.feedback.store import Entry
from govportal.feedback.submission import Fields, Rejected, accessibility_report, page_feedback, survey, words_for
from govportal.feedback.targets import PageTarget, SiteTargets

SERVICE = "dmv/renew-drivers-license"
ES_PAGE = f"/es/services/{SERVICE}/"
TARGETS = SiteTargets({
    "/": PageTarget(), "/es/": PageTarget(), "/es/accessibility/": PageTarget(),
    ES_PAGE: PageTarget("dmv", SERVICE), ES_PAGE + "survey/": PageTarget("dmv", SERVICE),
})
SETTINGS = FeedbackSettings(max_comment_chars=50)


def form(**values: str | list[str]) -> Fields:
    return {name: value if isinstance(value, list) else [value] for name, value in values.items()}


def rejected(outcome: object) -> dict[str, str]:
    assert isinstance(outcome, Rejected), outcome
    return outcome.errors


def test_page_feedback_from_a_spanish_page_is_answered_in_spanish() -> None:
    errors = rejected(page_feedback(form(page=ES_PAGE, helpful="tal vez", comment="x" * 51), TARGETS, SETTINGS))
    assert errors == {"helpful": "Elija Sí o No.", "comment": "Su comentario es demasiado largo. Use 50 caracteres o menos."}


def test_an_unknown_spanish_page_is_still_answered_in_spanish() -> None:
    errors = rejected(page_feedback(form(page="/es/no-existe/", helpful="yes"), TARGETS, SETTINGS))
    assert errors == {"page": "No conocemos esta página. Envíe sus comentarios desde una página de este sitio web."}


def test_english_answers_are_unchanged() -> None:
    errors = rejected(page_feedback(form(page="/nowhere/", helpful=""), TARGETS, SETTINGS))
    assert errors == {"page": "We do not know this page. Send feedback from a page of this website.", "helpful": "Choose Yes or No."}


def test_the_survey_names_its_default_question_in_spanish() -> None:
    fields = form(page=ES_PAGE + "survey/", service=SERVICE, trust="4", went_well=["hacked"], follow_up="yes", contact="not a phone")
    assert rejected(survey(fields, TARGETS, SETTINGS)) == {
        "satisfaction": "Elija una respuesta del 1 al 5 para: Estoy satisfecho con el servicio que recibí.",
        "went_well": "Elija solo entre las respuestas de la lista.",
        "contact": "Escriba un correo electrónico, como nombre@ejemplo.com, o un número de teléfono con el código de área.",
    }


def test_a_question_the_site_wrote_itself_is_quoted_as_written() -> None:
    settings = FeedbackSettings.model_validate({"survey": {"satisfaction": {"text": "¿Quedó conforme?", "labels": list("12345")}}})
    errors = rejected(survey(form(page=ES_PAGE + "survey/", service=SERVICE, trust="4"), TARGETS, settings))
    assert errors["satisfaction"] == "Elija una respuesta del 1 al 5 para: ¿Quedó conforme?"


def test_a_good_spanish_post_is_stored_like_an_english_one() -> None:
    entry = page_feedback(form(page=ES_PAGE, helpful="yes", comment="Muy claro"), TARGETS, SETTINGS)
    assert entry == Entry(kind="page", page=ES_PAGE, agency="dmv", service=SERVICE, helpful=True, comment="Muy claro")


def test_accessibility_report_in_spanish() -> None:
    assert rejected(accessibility_report(form(page="/es/accessibility/"), TARGETS, SETTINGS)) == {"comment": "Díganos qué salió mal."}


def test_the_language_comes_from_the_page_path_only() -> None:
    assert words_for(form(page="/es/x/")).gettext("Choose Yes or No.") == "Elija Sí o No."
    for page in ("https://evil.example/es/x/", "/x/?lang=es", ""):
        assert words_for(form(page=page)).gettext("Choose Yes or No.") == "Choose Yes or No.", page


def test_the_error_page_is_in_spanish_and_goes_back_to_the_spanish_home_page() -> None:
    back = _known_page(form(page="/es/no-existe/"), TARGETS, "es")
    assert back == "/es/"
    page = _error_page({"helpful": "Elija Sí o No."}, back, "https://portal.example.gov", "es")
    assert '<html lang="es">' in page and "<title>Hay un problema con sus comentarios</title>" in page
    assert '<a href="https://portal.example.gov/es/">Vuelva a la página e inténtelo de nuevo</a>' in page
    assert _known_page(form(page="/es/no-existe/"), SiteTargets({"/": PageTarget()}), "es") == "/"  # no Spanish home: the English one
