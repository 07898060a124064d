"""The admin page: its own strict policy, the CMS configuration beside it, and out of citizens' pages."""

from __future__ import annotations

from pathlib import Path

from govportal.editor import bundle
from govportal.editor.admin import admin_page, admin_policy, write_admin
from govportal.site_folder import html_pages


def test_admin_page_has_its_own_policy_and_stays_out_of_citizen_page_checks(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html></html>")
    admin = write_admin(tmp_path, "Example.gov", {"backend": {"name": "github"}}, ["https://api.github.com"])
    page = (admin / "index.html").read_text()
    assert f'<script src="{bundle.SCRIPT}"></script>' in page and "noindex" in page
    assert "connect-src 'self' https://api.github.com" in admin_policy(["https://api.github.com"])
    assert "script-src 'self' 'unsafe-eval';" in admin_policy([]), "no inline scripts, scripts only from the site"
    assert (admin / "config.yml").read_text().count("name: github") == 1
    assert (admin / bundle.SCRIPT).stat().st_size > 1_000_000
    assert html_pages(tmp_path) == [tmp_path / "index.html"]


def test_the_title_is_text() -> None:
    page = admin_page("<Example> & Co", [])
    assert "<title>&lt;Example&gt; &amp; Co – content editor</title>" in page
