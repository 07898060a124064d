"""The URL table: every address govportal gives a page, and the files beside them."""

from __future__ import annotations

from govportal.pages import urls


def test_pages_of_one_thing_sit_under_their_list() -> None:
    assert urls.agency("dmv") == "agencies/dmv/"
    assert urls.topic("driving") == "topics/driving/"
    assert urls.service("dmv/renew") == "services/dmv/renew/"
    assert urls.survey("dmv/renew") == "services/dmv/renew/survey/"


def test_live_help_opens_at_the_agency_section_when_there_is_one() -> None:
    assert urls.help_for("dmv") == "help/#dmv"
    assert urls.help_for(None) == urls.help_for("") == "help/"


def test_anchors_and_files_beside_pages() -> None:
    assert urls.form_on_service("dmv/renew", "dl-12") == "services/dmv/renew/#form-dl-12"
    assert urls.agency_file("dmv", "hours.json") == "agencies/dmv/hours.json"
    assert urls.source_of(urls.agency("dmv")) == "agencies/dmv/index.md"
    assert urls.source_of(urls.HOME) == "index.md"


def test_pages_in_other_languages_sit_under_the_language_with_the_same_path() -> None:
    assert urls.localized(urls.service("dmv/renew"), "es") == "es/services/dmv/renew/"
    assert urls.localized(urls.HOME, "es") == "es/"
    assert urls.localized(urls.help_for("dmv"), "es") == "es/help/#dmv"
    assert urls.localized(urls.agency("dmv"), "en") == "agencies/dmv/"
