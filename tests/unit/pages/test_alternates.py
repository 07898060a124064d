"""Language versions of a page: only pages that exist, reciprocal, and a way to the other language from every page."""

from __future__ import annotations

from govportal.pages.alternates import Choice, LanguageVersions, Version, english_path

# A small bilingual site: the renewal page is translated, the forms list and the permit page are not.
PATHS = ["", "help/", "forms/", "services/dmv/renew/", "services/dmv/permit/", "es/", "es/help/", "es/services/dmv/renew/"]
SITE = LanguageVersions(PATHS, ("en", "es"))


def test_a_translated_page_and_its_source_name_each_other_english_first() -> None:
    both = (Version("en", "services/dmv/renew/"), Version("es", "es/services/dmv/renew/"))
    assert SITE.versions("services/dmv/renew/") == both
    assert SITE.versions("es/services/dmv/renew/") == both
    assert SITE.versions("") == (Version("en", ""), Version("es", "es/"))


def test_a_page_in_one_language_only_has_no_versions() -> None:
    assert SITE.versions("forms/") == ()
    assert SITE.versions("services/dmv/permit/") == ()
    assert LanguageVersions(PATHS).versions("help/") == ()  # an English-only portal: Spanish pages are not its own


def test_the_switcher_keeps_your_place_or_says_it_goes_home() -> None:
    assert SITE.choices("services/dmv/renew/") == (Choice("es", "es/services/dmv/renew/", same_page=True),)
    assert SITE.choices("es/help/") == (Choice("en", "help/", same_page=True),)
    assert SITE.choices("forms/") == (Choice("es", "es/", same_page=False),)


def test_no_choice_leads_to_a_page_that_does_not_exist() -> None:
    assert LanguageVersions(["", "help/"], ("en", "es")).choices("help/") == ()  # Spanish listed but not built
    assert LanguageVersions(PATHS).choices("help/") == ()


def test_english_path_drops_the_language_prefix_only() -> None:
    assert [english_path(p) for p in ("es/", "es/help/", "help/", "estate/")] == ["", "help/", "help/", "estate/"]


def test_hreflang_lists_every_version_and_english_as_the_default() -> None:
    both = [("en", "help/"), ("es", "es/help/"), ("x-default", "help/")]
    assert SITE.hreflang("help/") == SITE.hreflang("es/help/") == both
    assert SITE.hreflang("forms/") == []
