"""axe on every example of every component (theme/components/<name>/examples.yml), each alone in a
minimal page with the real stylesheet and script, at 320 and 1280 px, with the WCAG tags the gate
uses. One Chromium for the session; one tab for this module."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from mkdocs.utils import get_theme_dir
from playwright.sync_api import Browser, Page

from govportal.config.gate import GateSettings
from govportal.gate.checks.axe import axe_source
from govportal.mkdocs.theme import bundles
from tests.components import THEME, Case, cases
from tests.conftest import NOW

WIDTHS = (320, 1280)
# axe rules switched off here, each with its reason (none yet: add one only with a reason and an issue).
DISABLED: dict[str, str] = {}


@cache
def assets() -> tuple[str, str]:
    """Material's stylesheet and ours, as pages load them (ours joined from the components), and our script."""
    material = next(Path(get_theme_dir("material")).glob("assets/stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    joined = bundles([THEME])
    return material + joined["assets/stylesheets/govportal.css"], joined["assets/javascripts/govportal.js"]


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 640})
    context.clock.set_fixed_time(datetime.fromisoformat(NOW))  # Monday 10:00 in Denver: the open-now lines are filled
    context.add_init_script(axe_source())  # in every example's page, parsed once per example rather than injected after
    yield context.new_page()
    context.close()


def violations(page: Page) -> list[dict[str, Any]]:
    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": GateSettings().axe_tags}, "resultTypes": ["violations"]}
    if DISABLED:
        options["rules"] = {rule: {"enabled": False} for rule in DISABLED}
    result: dict[str, Any] = page.evaluate("options => axe.run(document, options)", options)
    return [{"rule": v["id"], "help": v["help"], "where": [n["target"] for n in v["nodes"]]} for v in result["violations"]]


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.id)
def test_example_passes_axe_at_every_width(tab: Page, case: Case) -> None:
    stylesheet, script = assets()
    tab.set_viewport_size({"width": WIDTHS[0], "height": 640})
    tab.set_content(case.page(stylesheet, script))
    found = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 640 if width < 1000 else 800})
        found[width] = violations(tab)
    assert found == {width: [] for width in WIDTHS}, f"components/{case.component}/examples.yml, {case.name!r}"
