"""The preview's error page lists every problem, errors first, and escapes the editors' text."""

from __future__ import annotations

from govportal.findings import Finding
from govportal.preview_error import error_page


def test_lists_every_problem_escaped_with_a_title_that_counts_them() -> None:
    found = [
        Finding("content/privacy.md", "line 4", "links to 'x.md' which is missing", "warning"),
        Finding("content/services/a&b/<script>.md", "line 2, column 9", "there is a tab here: '<img src=x onerror=alert(1)>'"),
    ]
    html = error_page(found)
    assert "<title>The preview is not up to date: 2 problems to fix</title>" in html
    assert "<script>" not in html and "<img" not in html
    first, second = html.index("content/services/a&amp;b/&lt;script&gt;.md: line 2, column 9"), html.index("content/privacy.md: line 4")
    assert first < second, "errors come before warnings"
    assert "there is a tab here: &#x27;&lt;img src=x onerror=alert(1)&gt;&#x27;" in html
