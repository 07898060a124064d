"""``govportal init``: a new portal that reads back as valid content, every problem at once, nothing overwritten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govportal.config.project import read_project
from govportal.content import load_content
from govportal.init import InitError, PortalOptions, init_portal

TODAY = date(2026, 11, 23)


def test_a_new_portal_reads_back_with_the_names_given(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    options = PortalOptions(organisation='State of "Quotes": Test', timezone="America/Denver", domain="www.utah.example.gov")
    written = init_portal(root, options, TODAY)
    assert root / "site.yml" in written and root / ".gitignore" in written
    assert not any(p.suffix == ".jinja" for p in written)
    project = read_project(root / "site.yml")
    assert (project.settings.state_name, project.settings.timezone) == ('State of "Quotes": Test', "America/Denver")
    loaded = load_content(project.docs_dir, TODAY, project.settings.forms, project.theme_dir)
    assert [f for f in loaded.findings if f.severity == "error"] == []


def test_wrong_options_are_all_named_and_nothing_is_written(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    with pytest.raises(InitError) as raised:
        init_portal(root, PortalOptions(organisation="<b>State</b>", timezone="Mars/Base", domain="https://example.gov/"), TODAY)
    assert raised.value.bad_options
    assert raised.value.problems == [
        "--organisation: '<b>State</b>' should be plain text on one line, up to 100 characters",
        "--timezone: 'Mars/Base' is not a time zone we know; use a name like America/Denver or America/New_York",
        "--domain: 'https://example.gov/' should be the portal's host name only, like www.example.gov (no https:// or /)",
    ]
    assert not root.exists()


def test_a_folder_that_holds_a_portal_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Mine\n", encoding="utf-8")
    with pytest.raises(InitError) as raised:
        init_portal(tmp_path, PortalOptions(), TODAY)
    assert not raised.value.bad_options
    assert raised.value.problems == [f"{tmp_path / 'mkdocs.yml'} already exists: {tmp_path} already holds a portal; govportal init only starts new ones, so choose a new or empty folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml"]


def test_a_file_in_the_way_is_named_and_kept(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("mine\n", encoding="utf-8")
    with pytest.raises(InitError) as raised:
        init_portal(tmp_path, PortalOptions(), TODAY)
    assert raised.value.problems == [f"{tmp_path / '.gitignore'} already exists; govportal init never overwrites a file"]
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "mine\n"
