"""axe's options and the memory of shared page parts already checked; axe itself runs in tests/browser."""

from __future__ import annotations

from govportal.gate.checks import Where
from govportal.gate.checks.axe import SharedParts, _options, axe_source


def test_shared_parts_are_checked_once_per_viewport() -> None:
    shared = SharedParts()
    assert shared.first_time("320", "<header>a</header>")
    assert not shared.first_time("320", "<header>a</header>")
    assert shared.first_time("1280", "<header>a</header>") and shared.first_time("320", "<header>b</header>")


def test_options_run_the_configured_tags_without_the_disabled_rules(where: Where) -> None:
    assert _options(where, []) == {"runOnly": {"type": "tag", "values": where.settings.axe_tags}, "resultTypes": ["violations"], "iframes": False}
    assert _options(where, ["region"])["rules"] == {"region": {"enabled": False}}


def test_axe_comes_with_the_package() -> None:
    assert "axe.run" in axe_source() or "runVirtualRule" in axe_source()
