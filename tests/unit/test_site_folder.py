"""How the tools that read a built folder name its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.site_folder import page_url


@pytest.mark.parametrize(
    ("relative", "url"),
    [
        ("index.html", ""),
        ("services/a/b/index.html", "services/a/b/"),
        ("404.html", "404.html"),
        ("foo-index.html", "foo-index.html"),  # ends like index.html but is another page
        ("guides/reindex.html", "guides/reindex.html"),
    ],
)
def test_page_url(relative: str, url: str) -> None:
    site = Path("/site")
    assert page_url(site / relative, site) == url
