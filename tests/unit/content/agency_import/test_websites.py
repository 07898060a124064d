"""Website cells: http:// addresses of government sites are upgraded, others are problems."""

from __future__ import annotations

import pytest

from govportal.content.agency_import.websites import secure_website


@pytest.mark.parametrize(("value", "url", "upgraded"), [
    ("http://www.dmv.example.gov/", "https://www.dmv.example.gov/", True),
    ("http://www.af.mil", "https://www.af.mil", True),
    ("http://www.state.nj.us/", "https://www.state.nj.us/", True),
    ("www.irs.gov", "https://www.irs.gov", True),
    ("http://help.portal.example/contact", "https://help.portal.example/contact", True),  # the portal's own domain
    ("http://www.example.org/", None, False),
    ("http://evil.us/", None, False),
    ("https://www.example.org/", "https://www.example.org/", False),
])
def test_http_websites_of_government_domains_are_upgraded_with_a_note(value: str, url: str | None, upgraded: bool) -> None:
    site = secure_website(value, own_host="portal.example")
    assert site.url == url
    assert (site.note is not None) == upgraded
    assert (site.problem is not None) == (url is None)
