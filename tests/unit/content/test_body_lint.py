"""The body lint and the site addresses it resolves links with: pure functions, no build."""

from __future__ import annotations

import pytest

from govportal.content.body_lint import lint_markdown, scaffold_leftovers
from govportal.content.site_addresses import SiteMap, page_address, relative_link, resolve

SITE = SiteMap.of([
    "index.md", "privacy.md", "services/index.md", "services/dmv/renew-drivers-license.md", "services/dmv/get-a-state-id.md",
    "agencies/dmv/index.md", "forms/dl-12.pdf", "images/map.png",
])
SERVICE = "services/dmv/get-a-state-id.md"


def lint(body: str, page: str = SERVICE, site: SiteMap = SITE) -> list[tuple[int, str, str]]:
    """Problems as (line, severity, message); the body starts on line 10 of its file, as after front matter."""
    return [(p.line, p.severity, p.message) for p in lint_markdown(body, page, site, first_line=10, top_level=2 if page.startswith("services/") else 1)]


@pytest.mark.parametrize(("src", "address"), [
    ("index.md", "/"), ("privacy.md", "/privacy/"), ("agencies/dmv/index.md", "/agencies/dmv/"),
    ("services/dmv/get-a-state-id.md", "/services/dmv/get-a-state-id/"), ("forms/dl-12.pdf", "/forms/dl-12.pdf"),
])
def test_page_address_is_the_published_address(src: str, address: str) -> None:
    assert page_address(src) == address


@pytest.mark.parametrize(("url", "source"), [
    ("/services/dmv/renew-drivers-license/", "services/dmv/renew-drivers-license.md"),  # the address README gives
    ("/services/dmv/renew-drivers-license", "services/dmv/renew-drivers-license.md"),
    ("../renew-drivers-license/", "services/dmv/renew-drivers-license.md"),  # relative to the page's address
    ("renew-drivers-license.md", "services/dmv/renew-drivers-license.md"),  # relative to the page's file
    ("/privacy.md", "privacy.md"),
    ("../../forms/dl-12.pdf", "forms/dl-12.pdf"),
    ("/forms/dl-12.pdf", "forms/dl-12.pdf"),
    ("/agencies/dmv/#hours", "agencies/dmv/index.md"),
    ("/", "index.md"),
    ("/services/dmv/renew-driver-license/", None),
    ("renew-driver-license.md", None),
])
def test_links_resolve_to_source_files_however_written(url: str, source: str | None) -> None:
    assert resolve(url, SERVICE, SITE).source == source


def test_rewritten_link_is_relative_to_the_page_file_and_keeps_the_fragment() -> None:
    target = resolve("/agencies/dmv/#hours", SERVICE, SITE)
    assert target.source is not None
    assert relative_link(target.source, SERVICE, target.suffix) == "../../agencies/dmv/index.md#hours"


def test_good_body_has_no_problems() -> None:
    body = (
        "## Before you go\n\nSee [renewing](/services/dmv/renew-drivers-license/), [the form](../../forms/dl-12.pdf),\n"
        "[privacy](../../privacy.md) and [the agency](https://dmv.example.gov/).\n\n### Map\n\n"
        "![Map of the office](/images/map.png) ![](/images/map.png){: .decorative }\n\n"
        "| Office | Hours |\n| --- | --- |\n| Main | 8 to 5 |\n\nUse `a | b` in code: it is not a table.\n"
    )
    assert lint(body) == []


def test_wrong_links_name_the_nearest_page_as_written() -> None:
    body = "Text.\n\nSee [a](/services/dmv/renew-driver-license/)\nand [b](renew-driver-licence.md) and [c](/nowhere-at-all/zzz/).\n"
    assert lint(body) == [
        (12, "error", "the link '/services/dmv/renew-driver-license/' leads to no page or file of this site; did you mean '/services/dmv/renew-drivers-license/'?"),
        (13, "error", "the link '/nowhere-at-all/zzz/' leads to no page or file of this site; check the address"),
        (13, "error", "the link 'renew-driver-licence.md' leads to no page or file of this site; did you mean 'renew-drivers-license.md'?"),
    ]


def test_links_to_unknown_pages_are_not_judged_when_generated_pages_are_unknown() -> None:
    assert lint("See [the agency](/agencies/parks/).\n", site=SiteMap(SITE.by_address, complete=False)) == []


def test_links_to_data_files_the_build_writes_are_left_to_the_build() -> None:
    assert lint("Get [all forms](/forms.csv) or [the calendar](/agencies/dmv/closures.ics).\n") == []


def test_images_need_alt_text_unless_marked_decorative() -> None:
    problems = lint("Text.\n\n![](/images/map.png)\n![ ](/images/map.png){: .other }\n![](/images/map.png){: .decorative }\n")
    assert [(line, severity) for line, severity, _ in problems] == [(12, "error"), (13, "error")]
    assert "has no alt text" in problems[0][2] and "{: .decorative }" in problems[0][2]


def test_http_links_are_warnings() -> None:
    assert lint("Go to <http://example.org/> or [this](http://example.org/x).\n") == [
        (10, "warning", "the link 'http://example.org/' uses http://, which is not private or safe; use https:// if the site has it"),
        (10, "warning", "the link 'http://example.org/x' uses http://, which is not private or safe; use https:// if the site has it"),
    ]


@pytest.mark.parametrize(("body", "page", "expected"), [
    ("## A\n\ntext\n\n#### B\n\ntext\n", SERVICE, [(14, "the heading 'B' jumps from level 2 to level 4, so it looks like a section is missing; write it with ###")]),
    ("### A\n\ntext\n", SERVICE, []),  # the template's sections above are h2
    ("#### A\n\ntext\n", SERVICE, [(10, "the heading 'A' jumps from level 2 to level 4, so it looks like a section is missing; write it with ###")]),
    ("# Title\n\ntext\n", SERVICE, [(10, "'Title' is a second top-level heading (#): the page has its title already; use ## for it")]),
    ("# Privacy\n\ntext\n\n## More\n\ntext\n", "privacy.md", []),
    ("# Privacy\n\ntext\n\n# Again {: #again }\n\ntext\n", "privacy.md", [(14, "'Again' is a second top-level heading (#): the page has its title already; use ## for it")]),
])
def test_heading_order(body: str, page: str, expected: list[tuple[int, str]]) -> None:
    assert [(line, message) for line, severity, message in lint(body, page) if severity == "warning"] == expected


def test_empty_sections_are_warnings() -> None:
    body = "## Empty\n\n## Full\n\ntext\n\n### Sub\n\ntext\n\n## Last\n"
    assert lint(body) == [
        (10, "warning", "the section 'Empty' is empty: nothing is written under its heading; add text or remove the heading"),
        (20, "warning", "the section 'Last' is empty: nothing is written under its heading; add text or remove the heading"),
    ]


@pytest.mark.parametrize(("body", "line", "words"), [
    ("Text.\n\n| Office | Hours |\n| Main | 8 to 5 |\n", 12, "has no header row"),
    ("Office | Hours\nMain | 8 to 5\n", 10, "has no header row"),
    ("Our offices:\n| Office | Hours |\n| --- | --- |\n| Main | 8 to 5 |\n", 11, "put an empty line before it"),
])
def test_tables_that_would_show_as_text_are_errors(body: str, line: int, words: str) -> None:
    [(found_line, severity, message)] = lint(body)
    assert (found_line, severity) == (line, "error") and words in message


def test_a_pipe_in_a_sentence_is_not_a_table() -> None:
    assert lint("Call us | or write to us.\n") == []


def test_template_body_text_is_an_error() -> None:
    problems = lint("Write anything else people need to know here, in plain words. Use ## for headings.\n")
    assert problems == [(10, "error", "'Write anything else people need to know…' is the example text from the template; replace it with what people need to know")]


def test_template_values_are_found_in_any_field_but_generic_ones_are_kept() -> None:
    data = {
        "title": "Do an example thing", "cost": "Free", "review_in": "6 months",
        "how_to_apply": {"mail": {"address": "Example Agency, PO Box 100, Capitol City, EX 84001"}},
        "who_can_use": ["Anyone", "Do  an EXAMPLE thing"],
    }
    assert sorted(scaffold_leftovers(data)) == [
        ("how_to_apply.mail.address", "Example Agency, PO Box 100, Capitol City, EX 84001"),
        ("title", "Do an example thing"),
        ("who_can_use[2]", "Do  an EXAMPLE thing"),
    ]
