"""`govportal review` warns when next year's holidays are not written yet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.commands import invoke

Edit = Callable[[Path, str, str], None]


def test_review_warns_when_next_year_has_no_holidays(project: Path, edit: Edit) -> None:
    missing = invoke(project, "review")  # the fixture lists Christmas 2026 only
    assert missing.exit_code == 0, missing.stderr
    assert "warning: content/portal.yml: holidays: no holidays for 2027 yet" in missing.stderr
    edit(project / "content/portal.yml", "{date: 2026-12-25, name: Christmas Day}", "{month: 12, day: 25, name: Christmas Day}")
    yearly = invoke(project, "review")
    assert yearly.exit_code == 0 and "no holidays for" not in yearly.stderr
