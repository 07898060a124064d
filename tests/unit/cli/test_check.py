"""``govportal check`` refuses, with exit code 2, what it cannot gate, before any browser starts."""

from __future__ import annotations

from pathlib import Path

from govportal.cli.exit_codes import ExitCode
from tests.commands import invoke


def test_a_folder_without_pages_cannot_be_checked(tmp_path: Path) -> None:
    (tmp_path / "built").mkdir()
    (tmp_path / "built" / "style.css").write_text("p {}", encoding="utf-8")
    result = invoke(tmp_path, "check", "--site", "built")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert result.stderr == "error: built has no HTML pages to check; build the site first or pass --site\n"


def test_without_site_yml_or_site_it_looks_in_site(tmp_path: Path) -> None:
    result = invoke(tmp_path, "check")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert result.stderr == "error: site has no HTML pages to check; build the site first or pass --site\n"


def test_a_baseline_needs_every_page_so_not_one_shard(tmp_path: Path) -> None:
    result = invoke(tmp_path, "check", "--update-baseline", "--shard", "1/2")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert result.stderr == "error: --update-baseline records the issues of every page; run it without --shard\n"
    assert list(tmp_path.iterdir()) == [], "no baseline written"


def test_site_dir_comes_from_site_yml(project: Path) -> None:
    result = invoke(project, "check")
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert result.stderr.startswith(f"error: {project / 'site'} has no HTML pages to check")
