"""``govportal init``: a new portal that is valid and builds at once; never overwrites; every wrong option named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.commands import invoke


def test_init_starts_a_portal_that_is_valid_and_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00-07:00")
    made = invoke(tmp_path, "init", "portal", "--name", "Ohio Services", "--organisation", "State of Ohio", "--timezone", "America/New_York", "--domain", "ohio.gov")
    assert made.exit_code == 0, made.stderr
    portal = tmp_path / "portal"
    assert {str(p.relative_to(portal)) for p in portal.rglob("*") if p.is_file()} == {
        ".gitignore", ".github/workflows/portal.yml", "requirements.txt", "site.yml",
        "content/portal.yml", "content/topics.yml", "content/index.md", "content/accessibility.md", "content/accessibility.yml", "content/privacy.md",
        "content/agencies/dmv.yml", "content/services/dmv/renew-your-driver-license.md",
    }
    site = yaml.safe_load((portal / "site.yml").read_text(encoding="utf-8"))
    assert site["site_name"] == "Ohio Services" and site["site_url"] == "https://ohio.gov/" and site["theme"]["name"] == "govportal"
    assert site["plugins"][0]["govportal"]["state_name"] == "State of Ohio"
    assert "Ohio Services" in (portal / "content/privacy.md").read_text(encoding="utf-8")
    holidays = yaml.safe_load((portal / "content/portal.yml").read_text(encoding="utf-8"))["holidays"]
    assert {"name": "Thanksgiving Day", "month": 11, "weekday": "thursday", "nth": 4} in holidays
    checked = invoke(portal, "validate")
    assert checked.exit_code == 0 and checked.stderr == "", checked.stderr
    built = invoke(portal, "build", "--no-gate")
    assert built.exit_code == 0, built.stderr
    assert "<title>Ohio Services</title>" in (portal / "site/index.html").read_text(encoding="utf-8")


def test_init_never_overwrites_a_portal(project: Path) -> None:
    before = (project / "site.yml").read_bytes()
    again = invoke(project.parent, "init", project.name)
    assert again.exit_code == 1
    assert f"error: {project.name}/site.yml already exists: {project.name} already holds a portal" in again.stderr
    assert (project / "site.yml").read_bytes() == before and not (project / ".gitignore").exists()


def test_init_reports_every_wrong_option_at_once(tmp_path: Path) -> None:
    result = invoke(tmp_path, "init", "portal", "--timezone", "Mars/Olympus", "--domain", "https://www.example.gov/")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --timezone: 'Mars/Olympus' is not a time zone we know; use a name like America/Denver or America/New_York",
        "error: --domain: 'https://www.example.gov/' should be the portal's host name only, like www.example.gov (no https:// or /)",
    ]
    assert not (tmp_path / "portal").exists()


