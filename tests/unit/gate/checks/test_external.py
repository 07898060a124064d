"""Which requests to other websites a page may make."""

from __future__ import annotations

import pytest

from govportal.config.gate import GateSettings
from govportal.gate.checks import Where
from govportal.gate.checks.external import external_requests, is_outside


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


@pytest.mark.parametrize(("url", "outside"), [
    ("http://127.0.0.1:8000/x.js", False),
    ("https://fonts.example.com/a.woff2", True),
    ("wss://live.example.com/", True),
    ("data:image/png;base64,AA", False),
    ("blob:http://127.0.0.1:8000/1", False),
    ("https://CDN.example.gov/x.css", False),
])
def test_only_web_requests_to_other_hosts_count(url: str, outside: bool) -> None:
    assert is_outside(url, "127.0.0.1:8000", ["cdn.example.gov"]) is outside
