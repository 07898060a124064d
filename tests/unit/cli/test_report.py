"""``govportal report merge`` cannot give a verdict from reports it cannot read: each named, exit code 2.

Merging readable reports is tested with the merge itself, in tests/unit/reports/test_merge.py.
"""

from __future__ import annotations

from pathlib import Path

from govportal.cli.exit_codes import ExitCode
from tests.commands import invoke


def test_every_unreadable_report_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "1.json").write_text("{", encoding="utf-8")
    (tmp_path / "2.json").write_text('{"format": "something else"}', encoding="utf-8")
    result = invoke(tmp_path, "report", "merge", "1.json", "2.json", "--json", "all.json")
    assert result.exit_code == ExitCode.CANNOT_RUN
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and errors[0].startswith("error: 1.json") and errors[1].startswith("error: 2.json")
    assert not (tmp_path / "all.json").exists()


def test_a_missing_report_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(tmp_path, "report", "merge", "gone.json")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert "File 'gone.json' does not exist." in result.stderr
