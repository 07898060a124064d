"""govportal's own copy of Decap CMS: intact, licensed, and what the admin page loads."""

from __future__ import annotations


from govportal.editor import bundle


def test_bundle_matches_its_checksums() -> None:
    assert bundle.changed_files() == []
    assert bundle.version().startswith("3.")
    assert bundle.SCRIPT in bundle.files() and "LICENSE" in bundle.files()
    assert "MIT License" in bundle.static().joinpath("LICENSE").read_text(encoding="utf-8")
