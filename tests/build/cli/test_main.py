"""The govportal command as editors and CI run it: output, files and exit codes."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import click
import pytest
import yaml

from govportal import __version__
from govportal.cli import main

Edit = Callable[[Path, str, str], None]
GOVPORTAL = str(Path(sys.executable).parent / "govportal")


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([GOVPORTAL, *args], cwd=project, capture_output=True, text=True, timeout=120, env=os.environ.copy())


@pytest.mark.parametrize("command", [[], ["build"], ["serve"], ["validate"], ["new"], ["new", "agency"], ["new", "service"], ["init"]])
def test_every_command_has_help(tmp_path: Path, command: list[str]) -> None:
    result = run(tmp_path, *command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: govportal")


def test_validate_passes_on_good_content(project: Path) -> None:
    result = run(project, "validate")
    assert result.returncode == 0, result.stderr
    assert "Content is valid: 1 agencies, 1 services, 1 topics." in result.stdout


def test_validate_reports_every_error_and_fails(project: Path, edit: Edit) -> None:
    edit(project / "content/agencies/parks.yml", "address: parks@example.gov", "address: parks")
    edit(project / "content/services/parks/reserve-a-campsite.md", "topics: [outdoors]", "topic: [outdoors]")
    result = run(project, "validate")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "error: content/agencies/parks.yml: channels[2].address: 'parks' is not an e-mail address: An email address must have an @-sign." in lines
    assert any(line.startswith("error: content/services/parks/reserve-a-campsite.md: topic: is not a field we know; did you mean 'topics'?") for line in lines)
    assert "3 errors found." in lines


def test_missing_config_is_explained(tmp_path: Path) -> None:
    result = run(tmp_path, "validate")
    assert result.returncode == 1
    assert "site.yml: not found; run govportal from the folder that has site.yml, or pass --config" in result.stderr


def test_build_publishes_and_failed_build_keeps_site(project: Path, edit: Edit) -> None:
    result = run(project, "build", "--no-gate")
    assert result.returncode == 0, result.stderr
    assert "published them to" in result.stdout
    index = project / "site/index.html"
    before = index.read_bytes()
    edit(project / "content/agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2027-01-01")
    failed = run(project, "build", "--no-gate")
    assert failed.returncode == 1
    assert "content/agencies/parks.yml: last_reviewed: 2027-01-01 is in the future" in failed.stderr
    assert "1 error found. Nothing was published." in failed.stderr
    assert index.read_bytes() == before


def test_new_agency_and_service_are_created_and_must_be_edited(project: Path) -> None:
    made = run(project, "new", "agency", "libraries")
    assert made.returncode == 0, made.stderr
    assert (project / "content/agencies/libraries.yml").read_text().startswith("# An agency")
    made = run(project, "new", "service", "libraries", "get-a-library-card")
    assert made.returncode == 0, made.stderr
    assert "topics: [outdoors]" in (project / "content/services/libraries/get-a-library-card.md").read_text()
    checked = run(project, "validate")
    assert checked.returncode == 1  # the template's example text is never published (issue 15)
    assert "error: content/agencies/libraries.yml: name: is still the template's example 'Example Agency'; write the real one" in checked.stderr


def test_new_refuses_to_overwrite_or_guess(project: Path) -> None:
    again = run(project, "new", "agency", "parks")
    assert again.returncode == 1 and "already exists" in again.stderr
    orphan = run(project, "new", "service", "museums", "visit")
    assert orphan.returncode == 1
    assert "there is no agency 'museums'; create it first with: govportal new agency museums" in orphan.stderr
    bad = run(project, "new", "agency", "Parks Dept")
    assert bad.returncode == 1 and "lowercase letters, digits and hyphens" in bad.stderr


def test_version_is_written_in_one_place() -> None:
    result = run(Path.cwd(), "--version")
    assert result.returncode == 0
    assert result.stdout.startswith(f"govportal {__version__} (MkDocs 1.6.1, Material ")
    assert metadata.version("govportal") == __version__
    changelog = (Path(__file__).parents[2] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {__version__} " in changelog, "CHANGELOG.md has an entry for this version"


def test_init_starts_a_portal_that_is_valid_and_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPORTAL_NOW", "2026-11-23T10:00:00-07:00")
    made = run(tmp_path, "init", "portal", "--name", "Ohio Services", "--organisation", "State of Ohio", "--timezone", "America/New_York", "--domain", "ohio.gov")
    assert made.returncode == 0, made.stderr
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
    checked = run(portal, "validate")
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    built = run(portal, "build", "--no-gate")
    assert built.returncode == 0, built.stderr
    assert "<title>Ohio Services</title>" in (portal / "site/index.html").read_text(encoding="utf-8")


def test_init_never_overwrites_a_portal(project: Path) -> None:
    before = (project / "site.yml").read_bytes()
    again = run(project.parent, "init", project.name)
    assert again.returncode == 1
    assert f"error: {project.name}/site.yml already exists: {project.name} already holds a portal" in again.stderr
    assert (project / "site.yml").read_bytes() == before and not (project / ".gitignore").exists()


def test_init_reports_every_wrong_option_at_once(tmp_path: Path) -> None:
    result = run(tmp_path, "init", "portal", "--timezone", "Mars/Olympus", "--domain", "https://www.example.gov/")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: --timezone: 'Mars/Olympus' is not a time zone we know; use a name like America/Denver or America/New_York",
        "error: --domain: 'https://www.example.gov/' should be the portal's host name only, like www.example.gov (no https:// or /)",
    ]
    assert not (tmp_path / "portal").exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, wanted: str, seconds: float) -> str:
    """GET ``url`` until its body contains ``wanted`` (the server may still be starting or rebuilding)."""
    deadline, body = time.monotonic() + seconds, ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
                body = str(response.read().decode())
            if wanted in body:
                return body
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never contained {wanted!r}; last body starts {body[:200]!r}")


@pytest.mark.slow
def test_example_ci_workflow_uses_real_options() -> None:
    """The adopters' workflow must keep working as the CLI changes: every govportal line in it parses."""
    workflow = yaml.safe_load((Path(__file__).parents[2] / ".github/workflows/portal.yml").read_text(encoding="utf-8"))
    lines = [
        line.strip()
        for step in workflow["jobs"]["build"]["steps"]
        for line in str(step.get("run", "")).splitlines()
        if line.strip().startswith("govportal ")
    ]
    assert len(lines) == 2
    for line in lines:
        args = shlex.split(line)[1:]
        group = main.make_context("govportal", args, resilient_parsing=False)
        assert isinstance(group.command, click.Group)
        name, command, rest = group.command.resolve_command(group, args)
        assert command is not None and name in {"validate", "build"}
        command.make_context(name, rest)  # raises on an unknown or malformed option
