"""The built site loads one stylesheet and one script, joined from the theme's components, and
publishes none of their pieces or examples."""

from __future__ import annotations

from pathlib import Path

from govportal.mkdocs.theme import bundles
from tests.components import THEME


def test_the_site_carries_the_joined_bundles_and_not_their_pieces(sample_site: Path) -> None:
    for path, text in bundles([THEME]).items():
        assert (sample_site / path).read_text(encoding="utf-8") == text
    assert not [p for p in ("bundles.yml", "base", "components") if (sample_site / p).exists()]
