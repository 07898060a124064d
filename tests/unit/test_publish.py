"""Publishing swaps the whole site at once and never leaves a half-written one."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.publish import PublishError, fresh_staging_dir, publish, staging_dir_for


def make_site(root: Path, marker: str) -> Path:
    root.mkdir(parents=True)
    (root / "index.html").write_text(marker)
    return root


def test_first_publish_moves_staging_into_place(tmp_path: Path) -> None:
    target = tmp_path / "site"
    staging = make_site(fresh_staging_dir(target), "new")
    publish(staging, target)
    assert (target / "index.html").read_text() == "new"
    assert not staging.exists()


def test_publish_replaces_old_site_and_removes_it(tmp_path: Path) -> None:
    target = make_site(tmp_path / "site", "old")
    (target / "stale.html").write_text("gone after publish")
    staging = make_site(fresh_staging_dir(target), "new")
    publish(staging, target)
    assert (target / "index.html").read_text() == "new"
    assert not (target / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_staging_is_a_hidden_sibling(tmp_path: Path) -> None:
    assert staging_dir_for(tmp_path / "site") == tmp_path / ".site.staging"


def test_fresh_staging_clears_a_kept_failed_build(tmp_path: Path) -> None:
    old = make_site(staging_dir_for(tmp_path / "site"), "failed build")
    fresh = fresh_staging_dir(tmp_path / "site")
    assert fresh == old and not fresh.exists()


def test_target_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.write_text("not a folder")
    staging = make_site(fresh_staging_dir(target), "new")
    with pytest.raises(PublishError, match="is not a folder"):
        publish(staging, target)
    assert target.read_text() == "not a folder"
