"""Raw HTML in editors' Markdown: what validation refuses (with the line) and what the sanitiser keeps."""

from __future__ import annotations

import time

import markdown
import pytest

from govportal.content.html_policy import check_markdown, sanitise

SAFE = """# Opening hours {: #hours .gp-note }

<table class="hours">
<caption>Office hours</caption>
<thead><tr><th scope="col">Day</th><th scope="col">Hours</th></tr></thead>
<tbody><tr><td colspan="2">Closed on <abbr title="Martin Luther King Jr.">MLK</abbr> Day</td></tr></tbody>
</table>

<details open><summary>Who can apply</summary>
<p>Anyone 18<sup>+</sup> or H<sub>2</sub>O.<br>
Call <a href="tel:+1-801-555-0100" title="Call us">(801) 555-0100</a>,
<a href="mailto:help@example.gov">e-mail</a>, see <a href="/services/#fees">fees</a>
or <a href="https://www.example.gov/">the portal</a>.</p>
</details>

<dl><dt>Fee</dt><dd><div class="gp-fee" id="fee"><span lang="es">Gratis</span></div></dd></dl>

[Apply online](https://forms.example.gov/apply){: .gp-button }
![A map of the office](/assets/map.png)

Writing `<script>` in a code span shows it as text.

<!-- a note for other editors -->
"""


@pytest.mark.parametrize(
    ("source", "line", "expected"),
    [
        ("Intro\n\n<script>alert(1)</script>\n", 3, "<script> is not allowed in pages: it runs code in visitors' browsers"),
        ("<p>Video</p>\n<iframe src=\"https://evil.example/\"></iframe>\n", 2, "<iframe> is not allowed in pages: it shows another site"),
        ("a\nb\n<form action=\"https://evil.example/collect\">\n<input name=\"ssn\">\n</form>\n", 3, "<form> is not allowed in pages: it collects what people type"),
        ("Text\n\n[Renew](javascript:alert(1))\n", 3, "href=\"javascript:alert(1)\" is not allowed: javascript: addresses run code"),
        ("# Title\n\nClick [here](/x/){: onclick=\"steal()\" }\n", 3, "onclick=\"steal()\" is not allowed: it runs code when someone uses the page"),
        ("One\n\n<p style=\"display:none\">Hidden fee: $500</p>\n", 3, "style=\"display:none\" is not allowed: styles can hide text"),
    ],
    ids=["script", "iframe", "form", "javascript-link", "onclick-attr-list", "style"],
)
def test_unsafe_html_is_reported_on_its_line(source: str, line: int, expected: str) -> None:
    problems = check_markdown(source)
    assert [p.line for p in problems if p.message.startswith(expected)] == [line], problems


@pytest.mark.parametrize(
    "source",
    [
        '<a href=" jav&#x61;script:alert(1)">x</a>',
        "<https://ok.example.gov> and <javascript://%0aalert(1)>",
        '![pixel](data:image/svg+xml;base64,PHN2Zz4=)',
        "[x][ref]\n\n[ref]: vbscript:msgbox(1)",
        '<img src="/a.png" onerror="alert(1)">',
        '<span onmouseover=alert(1)>hover</span>',
        "# Heading {: style='color:white' }",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        '<base href="https://evil.example/">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        "<style>.gp-fee{display:none}</style>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<button>Pay</button><select><option>1</option></select><textarea></textarea>",
        "<marquee>Sale</marquee>",
    ],
)
def test_every_unsafe_construct_is_reported(source: str) -> None:
    assert check_markdown(source), source


def test_line_numbers_count_from_the_top_of_the_file() -> None:
    [problem] = check_markdown("text\n<script>x</script>\n", first_line=12)
    assert problem.line == 13


def test_safe_structural_html_passes_and_survives_the_sanitiser() -> None:
    assert check_markdown(SAFE) == []
    html = markdown.markdown(SAFE, extensions=["attr_list", "toc"])
    cleaned = sanitise(html)
    for kept in (
        '<h1 class="gp-note" id="hours">Opening hours</h1>',
        '<table class="hours">',
        '<th scope="col">Day</th>',
        '<td colspan="2">',
        '<abbr title="Martin Luther King Jr.">MLK</abbr>',
        "<details open=\"\"><summary>Who can apply</summary>",
        "18<sup>+</sup>",
        "H<sub>2</sub>O",
        '<a href="tel:+1-801-555-0100" title="Call us">',
        '<a href="mailto:help@example.gov">',
        '<a href="/services/#fees">',
        '<a href="https://www.example.gov/">',
        '<div class="gp-fee" id="fee"><span lang="es">Gratis</span></div>',
        '<a class="gp-button" href="https://forms.example.gov/apply">Apply online</a>',
        '<img alt="A map of the office" src="/assets/map.png">',
        "<code>&lt;script&gt;</code>",
    ):
        assert kept in cleaned, kept


def test_sanitiser_removes_what_validation_refuses() -> None:
    hostile = (
        '<p style="display:none" onclick="x()">Fee <a href="javascript:alert(1)">pay</a></p>'
        '<script>alert(1)</script><iframe src="https://evil.example/"></iframe>'
        '<form action="https://evil.example/"><input name="ssn"></form>'
        '<img src="data:image/png;base64,AAAA" alt="x"><a href="vbscript:x">v</a>'
    )
    cleaned = sanitise(hostile)
    for gone in ("style=", "onclick", "javascript:", "<script", "alert(1)", "<iframe", "<form", "<input", "data:", "vbscript:"):
        assert gone not in cleaned, gone
    assert "Fee" in cleaned and ">pay</a>" in cleaned


@pytest.mark.parametrize("unit", ["<a ", "`", "[a", "{", "<!--", '<a x="', "](a"], ids=["open-tags", "backticks", "brackets", "braces", "comments", "quotes", "links"])
def test_hostile_markup_is_checked_in_linear_time(unit: str) -> None:
    """html.parser and backreference patterns take minutes on a few of these kilobytes."""
    text = unit * (200_000 // len(unit)) if unit != "`" else " ".join("`" * k for k in range(1, 600))
    started = time.process_time()
    check_markdown(text)
    assert time.process_time() - started < 5
