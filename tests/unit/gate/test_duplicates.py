"""One finding per defect: axe's issue folded into ours when both report it."""

from __future__ import annotations

from govportal.gate.duplicates import merge_duplicates
from govportal.gate.issues import Issue


def test_axe_repeating_our_rule_is_folded_into_ours() -> None:
    issues = [
        Issue("html-lang", "a.html", "", "html", "add lang"),
        Issue("axe/html-has-lang", "a.html", "mobile", "html", "<html> element must have a lang attribute"),
        Issue("axe/html-has-lang", "a.html", "desktop", "html", "<html> element must have a lang attribute"),
        Issue("target-size", "a.html", "mobile", "#b", "too small"),
        Issue("axe/target-size", "a.html", "mobile", "#b", "too small"),
        Issue("axe/target-size", "a.html", "mobile", "#c", "too small, ours did not see it"),
        Issue("axe/html-has-lang", "b.html", "mobile", "html", "other page"),
    ]
    merged = merge_duplicates(issues)
    assert [(i.rule, i.page, i.selector) for i in merged] == [
        ("html-lang", "a.html", "html"),
        ("target-size", "a.html", "#b"),
        ("axe/target-size", "a.html", "#c"),
        ("axe/html-has-lang", "b.html", "html"),
    ]
    assert merged[0].message == "add lang (axe reports the same: axe/html-has-lang)"
    assert merged[1].message.endswith("(axe reports the same: axe/target-size)")


def test_page_wide_rules_fold_whatever_element_axe_names() -> None:
    merged = merge_duplicates([Issue("one-h1", "a.html", "", "body", "one h1"), Issue("axe/page-has-heading-one", "a.html", "320", "html", "axe says")])
    assert [i.rule for i in merged] == ["one-h1"]
    unrelated = [Issue("reflow", "a.html", "320", "#x", "wide"), Issue("axe/region", "a.html", "320", "#x", "region")]
    assert merge_duplicates(unrelated) == unrelated
