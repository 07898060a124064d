"""Glossary terms and agency acronyms spelled out on first use, in the page's main text only."""

from __future__ import annotations

import pytest

from govportal.pages.glossary import expand_first_use, expand_in_main

TERMS = {"DMV": "Division of Motor Vehicles", "WIC": "Women, Infants & Children", "SNAP": "Supplemental Nutrition Assistance Program"}
DMV = '<abbr title="Division of Motor Vehicles">DMV</abbr>'


@pytest.mark.parametrize(("html", "expected"), [
    ("<p>Visit the DMV. The DMV is open.</p>", f"<p>Visit the Division of Motor Vehicles ({DMV}). The DMV is open.</p>"),
    ("<h2>DMV offices</h2><p>Ask the DMV.</p>", f"<h2>DMV offices</h2><p>Ask the Division of Motor Vehicles ({DMV}).</p>"),
    ('<p><a href="/dmv/">DMV</a> or <code>DMV</code></p><p>DMV</p>', f'<p><a href="/dmv/">DMV</a> or <code>DMV</code></p><p>Division of Motor Vehicles ({DMV})</p>'),
    ("<p>Division of Motor Vehicles (DMV) offices</p>", f"<p>Division of Motor Vehicles ({DMV}) offices</p>"),
    ("<p>Form DMV-12 and DMVS</p>", "<p>Form DMV-12 and DMVS</p>"),
    ("<p>food help (SNAP)</p>", '<p>food help (Supplemental Nutrition Assistance Program, <abbr title="Supplemental Nutrition Assistance Program">SNAP</abbr>)</p>'),
    ('<p><abbr title="Mine">DMV</abbr> then DMV</p>', '<p><abbr title="Mine">DMV</abbr> then DMV</p>'),
    ("<address>Capitol City, DMV 84130</address><p>x</p>", "<address>Capitol City, DMV 84130</address><p>x</p>"),
])
def test_first_use_outside_headings_links_and_code(html: str, expected: str) -> None:
    assert expand_first_use(html, TERMS) == expected


def test_expansion_is_escaped() -> None:
    assert expand_first_use("<p>Apply for WIC</p>", TERMS) == '<p>Apply for Women, Infants &amp; Children (<abbr title="Women, Infants &amp; Children">WIC</abbr>)</p>'


def test_only_main_is_changed() -> None:
    page = "<header>DMV</header><main><p>DMV</p></main><footer>DMV</footer>"
    assert expand_in_main(page, TERMS) == f"<header>DMV</header><main><p>Division of Motor Vehicles ({DMV})</p></main><footer>DMV</footer>"
