"""One finding per defect, and which outside hosts a page may use."""

from __future__ import annotations

from govportal.gate.checks import Where
from govportal.gate.checks.external import external_requests
from govportal.gate.duplicates import merge_duplicates
from govportal.gate.issues import Issue
from govportal.config.gate import GateSettings


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


def test_allowed_hosts_pass_and_others_say_how_to_fix() -> None:
    where = Where("a.html", "", GateSettings(allowed_hosts=["cdn.example.gov", "*.images.example.gov"]), True)
    requests = [
        ("http://127.0.0.1:8000/a.css", "stylesheet"),
        ("https://cdn.example.gov/site.css", "stylesheet"),
        ("https://seal.images.example.gov/seal.png", "image"),
        ("https://hotlink.example.com/photo.jpg", "image"),
        ("https://hotlink.example.com/photo.jpg", "image"),
        ("data:image/gif;base64,R0lGOD", "image"),
    ]
    found = external_requests(requests, "127.0.0.1:8000", where)
    assert [(i.rule, i.selector, i.severity) for i in found] == [("external-request", "https://hotlink.example.com/photo.jpg", "error")]
    assert "download the image into content/" in found[0].message and "allowed_hosts" in found[0].message
