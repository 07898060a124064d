"""``govportal review``: what is due, by agency, as text or JSON; ``--fail-on overdue`` for CI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from govportal.cli.exit_codes import ExitCode
from tests.commands import invoke

Edit = Callable[[Path, str, str], None]
SERVICE = "content/services/parks/reserve-a-campsite.md"


@pytest.fixture
def overdue(project: Path, edit: Edit) -> Path:
    """The fixture project with its service last reviewed in January 2025: a year on, it is overdue."""
    edit(project / SERVICE, "last_reviewed: 2026-10-01", "last_reviewed: 2025-01-05")
    return project


def test_nothing_due_says_so_and_passes(project: Path) -> None:
    result = invoke(project, "review", "--fail-on", "overdue")
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout == "Nothing is due for review in the next 30 days.\n"


def test_overdue_pages_are_listed_by_agency_and_fail_only_when_asked(overdue: Path) -> None:
    listed = invoke(overdue, "review")
    assert listed.exit_code == ExitCode.OK
    assert listed.stdout.splitlines() == [
        "Division of State Parks",
        f"  overdue since 2026-01-05: Reserve a campsite (service) — {SERVICE}",
        "1 overdue, 0 due within 30 days.",
    ]
    failed = invoke(overdue, "review", "--fail-on", "overdue")
    assert failed.exit_code == ExitCode.FINDINGS
    assert failed.stderr.endswith("1 page is overdue for review.\n")


def test_json_for_dashboards_counts_every_page(overdue: Path) -> None:
    result = invoke(overdue, "review", "--json", "--days", "60")
    assert result.exit_code == ExitCode.OK
    data = json.loads(result.stdout)
    assert (data["format"], data["generated"], data["due_within_days"]) == ("govportal-review/1", "2026-11-23T10:00:00-07:00", 60)
    assert (data["counts"]["overdue"], data["counts"]["ok"]) == (1, 1)
    assert [(p["file"], p["state"], p["review_by"]) for p in data["pages"] if p["state"] != "ok"] == [(SERVICE, "overdue", "2026-01-05")]


def test_content_that_cannot_be_read_is_a_finding(project: Path, edit: Edit) -> None:
    edit(project / "content/portal.yml", "top_tasks: [reserve-a-campsite]", "top_tasks: [reserve-a-campsite")
    result = invoke(project, "review")
    assert result.exit_code == ExitCode.FINDINGS
    assert "error: content/portal.yml" in result.stderr
