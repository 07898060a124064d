"""Page structure judged from the page's facts, and titles compared across the site."""

from __future__ import annotations

from govportal.gate.checks import Where
from govportal.gate.checks.structure import check_structure, duplicate_titles


def test_structure_names_missing_lang_title_and_extra_h1(where: Where) -> None:
    issues, title = check_structure({"lang": "", "title": "", "h1": ["h1:nth-of-type(1)", "h1:nth-of-type(2)"]}, where)
    assert [i.rule for i in issues] == ["html-lang", "page-title", "one-h1"]
    assert issues[2].selector == "h1:nth-of-type(2)" and title == ""
    assert "has 2 h1 headings" in issues[2].message


def test_a_sound_page_passes_and_gives_its_title(where: Where) -> None:
    assert check_structure({"lang": "en", "title": "Renew | Example.gov", "h1": ["h1"]}, where) == ([], "Renew | Example.gov")
    [no_heading], _ = check_structure({"lang": "en", "title": "T", "h1": []}, where)
    assert (no_heading.selector, no_heading.message) == ("body", "the page has no h1 heading")


def test_shared_titles_are_reported_on_each_page_naming_the_others() -> None:
    issues = duplicate_titles({"": "Home", "a/": "Same", "b/": "Same", "c/": "Same", "d/": "", "e/": ""})
    assert [(i.page, i.message) for i in issues] == [
        ("a/", "the title 'Same' is also used by b/, c/"),
        ("b/", "the title 'Same' is also used by a/, c/"),
        ("c/", "the title 'Same' is also used by a/, b/"),
    ]


def test_a_page_and_its_translation_may_share_a_title_but_two_spanish_pages_may_not() -> None:
    issues = duplicate_titles({"agencies/dmv/": "DMV", "es/agencies/dmv/": "DMV", "es/a/": "Igual", "es/b/": "Igual"})
    assert [(i.page, i.message) for i in issues] == [("es/a/", "the title 'Igual' is also used by es/b/"), ("es/b/", "the title 'Igual' is also used by es/a/")]
