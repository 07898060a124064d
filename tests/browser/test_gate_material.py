"""`govportal check` on a stock mkdocs-material site: only true findings.

Material's skip link works without tabindex="-1" and its header clips a long site name on
purpose; neither may fail the gate (issue 18).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from govportal.gate import GateRun
from tests.browser.test_gate import gate
from tests.conftest import FIXTURES, made_once

# What the gate rightly reports on a stock Material site, checked by hand in Chromium.
TRUE_FINDINGS = {
    "axe/color-contrast": "the footer's copyright line is 4.47:1",
    "axe/link-in-text-block": "links in text differ from it by colour only, at 2.34:1",
    "external-request": "Material loads Roboto from fonts.googleapis.com",
    "page-title": "Material's 404 page has the home page's title",
    "skip-link": "Material's 404 page has no skip link at all",
    "skip-link-focus": "advice: headings targeted by the skip link do not take focus",
}


@pytest.fixture(scope="module")
def material_run(tmp_path_factory: pytest.TempPathFactory) -> GateRun:
    def run() -> GateRun:
        site = tmp_path_factory.mktemp("material") / "site"
        config = FIXTURES / "material/mkdocs.yml"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], check=True, timeout=120, capture_output=True)
        return gate(site)

    return made_once(tmp_path_factory, "material-run", run)


def test_stock_material_site_has_no_skip_link_or_reflow_false_alarms(material_run: GateRun) -> None:
    assert len(material_run.pages) >= 4
    assert not [i for i in material_run.issues if i.rule == "reflow"], material_run.issues
    assert {i.page for i in material_run.issues if i.rule == "skip-link"} <= {"404.html"}


def test_stock_material_site_reports_only_true_findings(material_run: GateRun) -> None:
    unexpected = [(i.rule, i.page, i.viewport, i.selector, i.message) for i in material_run.issues if i.rule not in TRUE_FINDINGS]
    assert unexpected == []
    assert {i.rule for i in material_run.issues} >= {"axe/color-contrast", "skip-link-focus"}, "the true findings are still found"
