"""govportal's own copy of Decap CMS: intact, licensed, and what the admin page loads."""

from __future__ import annotations

from pathlib import Path

from govportal.editor import bundle
from govportal.editor.admin import admin_policy, write_admin
from govportal.site_folder import html_pages


def test_bundle_matches_its_checksums() -> None:
    assert bundle.changed_files() == []
    assert bundle.version().startswith("3.")
    assert bundle.SCRIPT in bundle.files() and "LICENSE" in bundle.files()
    assert "MIT License" in bundle.static().joinpath("LICENSE").read_text(encoding="utf-8")


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
