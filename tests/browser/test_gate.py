"""The gate must fail on each kind of broken page, with the right rule, and pass on clean ones."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import junitparser
import pytest
import xmlschema

from govportal.gate import GateOptions, GateRun, run_gate
from govportal.config.gate import DisabledRule, GateSettings
from govportal.reports.junit import junit_xml
from tests.commands import GOVPORTAL, invoke
from tests.conftest import FIXTURES, made_once

TEMPLATE = (FIXTURES / "gate/page.html").read_text()
Edit = Callable[[Path, str, str], None]

# What govportal pages declare: scripts only from the site (no inline scripts).
CSP = """<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'report-sample'">"""
# name: (replacements in the clean page, the rule the gate must report)
BROKEN: dict[str, tuple[list[tuple[str, str]], str]] = {
    "image-without-alt": ([("{body}", '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">')], "axe/image-alt"),
    "low-contrast": ([("{body}", '<p style="color:#aaaaaa">This text is too pale to read.</p>')], "axe/color-contrast"),
    "unlabeled-input": ([("{body}", '<input type="text" name="q">')], "axe/label"),
    "missing-lang": ([('<html lang="en">', "<html>")], "html-lang"),
    "two-h1": ([("{body}", "<h1>Another main heading</h1>")], "one-h1"),
    "empty-link": ([("{body}", '<p><a href="index.html"></a></p>')], "axe/link-name"),
    "too-wide": ([("{body}", '<div style="width:600px;height:20px;background:#eee"></div>')], "reflow"),
    "tiny-buttons": ([("{body}", '<p><button style="width:16px;height:16px;min-height:0;padding:0" aria-label="Zoom in">+</button><button style="width:16px;height:16px;min-height:0;padding:0" aria-label="Zoom out">-</button></p>')], "target-size"),
    "help-link-missing": ([(' data-gp-live-help>Live Help</a>', ">Contact</a>")], "live-help-missing"),
    "help-link-below-fold": ([("<header>", "<header style=\"position:static\"><div style=\"height:900px\"></div>")], "live-help-not-in-view"),
    "header-scrolls-away": ([("header { position: sticky;", "header { position: static;")], "live-help-scrolls-away"),
    "broken-link": ([("{body}", '<p><a href="no-such-page.html">Old page</a></p>')], "broken-link"),
    "broken-anchor": ([("{body}", '<p><a href="help.html#nowhere">Jump</a></p>')], "broken-anchor"),
    "external-request": ([("{head}", '<link rel="stylesheet" href="https://fonts.example.com/font.css">')], "external-request"),
    "keyboard-unreachable-help": ([("data-gp-live-help>", 'data-gp-live-help tabindex="-1">')], "live-help-not-reachable"),
    "no-skip-link": ([('<a class="skip" href="#main">Skip to main content</a>', "")], "skip-link"),
    "no-focus-style": ([("{head}", "<style>a:focus-visible, a:focus { outline: none !important; }</style>")], "focus-visible"),
    "no-feedback-form": ([("data-gp-feedback", "")], "feedback-form"),
    "unlabeled-feedback": ([('<label for="comment">What were you trying to do?</label>', "")], "feedback-label"),
    "bad-phone-link": ([("{body}", '<p><a href="tel:call-us">Call us</a></p>')], "bad-tel"),
    "bad-email-link": ([("{body}", '<p><a href="mailto:help-at-example">Email us</a></p>')], "bad-mailto"),
    "inline-script": ([("{head}", CSP), ("{body}", "<script>document.title = 'Injected'</script>")], "csp-violation"),
    "skip-link-goes-nowhere": ([("{body}", "<script>document.querySelector('.skip').addEventListener('click', (e) => e.preventDefault())</script>")], "skip-link"),
    "content-cut-off": ([("{head}", "<style>html, body { overflow-x: hidden; }</style>"), ("{body}", '<p style="width:600px">This sentence runs off the right edge.</p>')], "reflow"),
    "focus-under-sticky-header": ([("html { scroll-padding-top: 64px; }", "")], "focus-obscured"),
    "buttons-lose-edges": ([("border: 2px solid transparent; }", "border: 0; }")], "forced-colours"),
    "spanish-without-lang": ([("{body}", "<p>Food and family help line (Línea de ayuda en español).</p>")], "language-of-parts"),
}
CLEAN_PAGES = ("index", "help")
EASY_PROSE = "<p>" + "You can renew your card online. It takes about ten minutes. Have your old card and a way to pay. " * 5 + "</p>"
HARD_TABLE_AND_LINKS = (
    "<table><tr><th>Administrative determination</th><th>Jurisdictional classification</th></tr>"
    "<tr><td>Intergovernmental reconsideration authorization</td><td>Extraordinary circumstances documentation</td></tr></table>"
    '<ul><li><a href="index.html">Comprehensive intergovernmental eligibility determinations</a></li>'
    '<li><a href="help.html">Administrative reconsideration and jurisdictional authorization</a></li></ul>'
    "<address>Eligibility Determination Administration, Intergovernmental Coordination Division</address>"
)
HARD_PROSE = "<p>" + "".join(
    f"Notwithstanding any other provision, {who} demonstrating extraordinary circumstances may alternatively "
    "request administrative reconsideration of determinations regarding eligibility within the applicable timeframe. "
    for who in ("applicants", "individuals", "organizations", "representatives")
) + "</p>"
# Pages the gate must pass: each once made it fail although it works for people.
PASSING: dict[str, list[tuple[str, str]]] = {
    "skip-link-target-not-focusable": [('<main id="main" tabindex="-1">', '<main id="main">')],
    "capitals-and-times": [("{body}", "<h2>LAST UPDATED</h2><p>OFFICE HOURS AND FEES</p><p>We are open 8 AM to 5 PM ET, Monday to Friday. Bring your ID.</p>")],
    "acronym-defined-by-abbr": [("Example portal</a>", 'Example portal, <abbr title="Department of Workforce Services">DWS</abbr></a>'), ("{body}", "<p>Ask DWS for help with your claim.</p>")],
    "wide-element-in-clipped-header": [("<header>", '<header><div style="overflow:hidden;white-space:nowrap"><span style="display:inline-block;width:600px;color:#fff">The State of Example official portal for services</span></div>')],
    "spanish-marked-with-lang": [("{body}", '<p>Food and family help line (<span lang="es">Línea de ayuda en español</span>).</p>')],
    "plain-prose-beside-tables-and-link-lists": [("{body}", EASY_PROSE + HARD_TABLE_AND_LINKS)],
}
# Pages that must get a warning (rule), with the replacements that make them.
WARNED: dict[str, tuple[list[tuple[str, str]], str]] = {
    "hard-prose": ([("{body}", HARD_PROSE)], "reading-level"),
    "undefined-acronym": ([("{body}", "<p>Apply through the XYZQ portal before the deadline. XYZQ is open all day.</p>")], "acronym"),
}


def page_html(title: str, replacements: list[tuple[str, str]] = []) -> str:
    html = TEMPLATE
    for old, new in replacements:
        assert old in html, old
        html = html.replace(old, new)
    return html.replace("{title}", title).replace("{head}", "").replace("{body}", "")


def make_site(root: Path, broken: list[str], passing: list[str] = []) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in CLEAN_PAGES:
        (root / f"{name}.html").write_text(page_html(name.title()))
    for name in broken:
        (root / f"{name}.html").write_text(page_html(name.replace("-", " ").title(), BROKEN[name][0]))
    for name in passing:
        (root / f"{name}.html").write_text(page_html(name.replace("-", " ").title(), PASSING[name]))
    return root


def gate(site: Path, **overrides: object) -> GateRun:
    return run_gate(GateOptions(site=site, today=date(2026, 11, 23), **overrides))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory: pytest.TempPathFactory) -> GateRun:
    def run() -> GateRun:
        site = make_site(tmp_path_factory.mktemp("broken"), list(BROKEN), list(PASSING))
        for name, (replacements, _) in WARNED.items():
            (site / f"{name}.html").write_text(page_html(name.replace("-", " ").title(), replacements))
        return gate(site)

    return made_once(tmp_path_factory, "broken-run", run)


@pytest.mark.parametrize("name", list(BROKEN))
def test_gate_fails_each_broken_page_with_the_right_rule(broken_run: GateRun, name: str) -> None:
    rules = {i.rule for i in broken_run.errors if i.page == f"{name}.html"}
    assert BROKEN[name][1] in rules, rules
    assert not broken_run.passed


@pytest.mark.parametrize("name", CLEAN_PAGES)
def test_clean_pages_in_a_broken_site_have_no_issues(broken_run: GateRun, name: str) -> None:
    page = "" if name == "index" else f"{name}.html"
    assert [i for i in broken_run.issues if i.page == page] == []


@pytest.mark.parametrize("name", list(PASSING))
def test_pages_that_work_for_people_pass(broken_run: GateRun, name: str) -> None:
    errors = [(i.rule, i.selector, i.message) for i in broken_run.errors if i.page == f"{name}.html"]
    warnings = {i.rule for i in broken_run.warnings if i.page == f"{name}.html"}
    assert errors == [] and warnings <= {"skip-link-focus"}, (errors, warnings)


@pytest.mark.parametrize("name", list(WARNED))
def test_pages_get_the_right_warning_only(broken_run: GateRun, name: str) -> None:
    found = [i for i in broken_run.issues if i.page == f"{name}.html"]
    assert [(i.rule, i.severity) for i in found] == [(WARNED[name][1], "warning")], found


def test_reading_level_shows_the_three_hardest_sentences(broken_run: GateRun) -> None:
    hard = next(i for i in broken_run.warnings if i.page == "hard-prose.html")
    assert "of its sentences have more than 25 words" in hard.message
    assert len(hard.details) == 3 and all("Notwithstanding" in d for d in hard.details), hard.details


def test_acronym_warning_names_its_first_use(broken_run: GateRun) -> None:
    found = next(i for i in broken_run.warnings if i.page == "undefined-acronym.html")
    assert "'XYZQ'" in found.message and "Apply through the XYZQ portal" in found.message


def test_a_skip_link_that_works_without_tabindex_gets_advice_only(broken_run: GateRun) -> None:
    advice = [i for i in broken_run.issues if i.page == "skip-link-target-not-focusable.html"]
    assert [(i.rule, i.severity) for i in advice] == [("skip-link-focus", "warning")]
    assert 'tabindex="-1"' in advice[0].message


def test_reflow_names_what_is_cut_off(broken_run: GateRun) -> None:
    cut = [i for i in broken_run.errors if i.page == "content-cut-off.html" and i.rule == "reflow"]
    assert [(i.viewport, i.selector) for i in cut] == [("mobile", "#main > p:nth-of-type(2)")], cut
    assert "cut off at the right edge" in cut[0].message


def test_one_finding_per_defect_names_both_rules(broken_run: GateRun) -> None:
    lang = [i for i in broken_run.issues if i.page == "missing-lang.html" and "lang" in i.rule]
    assert [i.rule for i in lang] == ["html-lang"] and "axe/html-has-lang" in lang[0].message
    tiny = [i for i in broken_run.issues if i.page == "tiny-buttons.html" and "target-size" in i.rule]
    assert tiny and all(i.rule == "target-size" and "axe/target-size" in i.message for i in tiny), tiny


def test_another_language_is_found_and_named(broken_run: GateRun) -> None:
    found = [i for i in broken_run.errors if i.rule == "language-of-parts"]
    assert [(i.page, i.selector) for i in found] == [("spanish-without-lang.html", "#main > p:nth-of-type(2)")]
    assert "Línea de ayuda en español" in found[0].message and 'lang="es"' in found[0].message


def test_focus_checks_name_the_sticky_header(broken_run: GateRun) -> None:
    hidden = [i for i in broken_run.errors if i.rule == "focus-obscured"]
    assert {i.page for i in hidden} == {"focus-under-sticky-header.html"}
    assert any("#main" in i.message and "header" in i.message for i in hidden), hidden


def test_gate_passes_a_clean_site(tmp_path: Path) -> None:
    run = gate(make_site(tmp_path / "clean", []))
    assert run.passed and run.issues == []
    assert run.pages == ["", "help.html"] and run.viewports == ["mobile", "desktop"]


def test_every_issue_names_page_viewport_element_and_help(broken_run: GateRun) -> None:
    wide = next(i for i in broken_run.errors if i.rule == "reflow" and i.page == "too-wide.html")
    assert (wide.page, wide.viewport) == ("too-wide.html", "mobile")
    assert wide.selector.startswith("main#main") or wide.selector.startswith("#main")
    assert wide.help_url.startswith("https://www.w3.org/WAI/WCAG22/Understanding/reflow")
    contrast = next(i for i in broken_run.errors if i.rule == "axe/color-contrast")
    assert "dequeuniversity.com" in contrast.help_url and contrast.selector


def test_policy_violation_names_the_directive_and_what_was_blocked(broken_run: GateRun) -> None:
    found = [i for i in broken_run.errors if i.rule == "csp-violation"]
    assert [(i.page, i.viewport, i.selector) for i in found] == [("inline-script.html", "", "#main > script")], found
    assert found[0].message.startswith("the page's Content Security Policy (script-src-elem) blocked an inline script")
    assert "document.title = 'Injected'" in found[0].message


def test_the_sample_portal_passes_the_gate(sample_gate_run: GateRun) -> None:
    run = sample_gate_run
    assert run.errors == [], [(i.rule, i.page, i.viewport, i.selector, i.message) for i in run.errors]
    assert len(run.pages) >= 40


JUNIT_XSD = FIXTURES / "junit.xsd"


def test_junit_report_validates_and_counts_cases(broken_run: GateRun, tmp_path: Path) -> None:
    report = tmp_path / "gate.xml"
    report.write_text(junit_xml(broken_run))
    xmlschema.XMLSchema(JUNIT_XSD).validate(report)
    suites = junitparser.JUnitXml.fromfile(str(report))
    cases = [case for suite in suites for case in suite]
    assert len(cases) == len(broken_run.pages) * 2
    failed = {(case.classname, case.name) for case in cases if not case.is_passed}
    assert ("site.too-wide", "mobile") in failed
    assert ("site.index", "mobile") not in failed and ("site.index", "desktop") not in failed


def test_check_command_exit_codes_and_reports(tmp_path: Path) -> None:
    clean = make_site(tmp_path / "clean", [])
    passed = invoke(tmp_path, "check", "--site", str(clean))
    assert passed.exit_code == 0, passed.stderr
    assert "Gate PASSED: 2 pages" in passed.stderr
    broken = make_site(tmp_path / "broken", ["two-h1", "too-wide"])
    failed = invoke(tmp_path, "check", "--site", str(broken), "--json", "out/r.json", "--html", "out/r.html", "--junit", "out/r.xml")
    assert failed.exit_code == 1
    assert "ERROR reflow (1)" in failed.stderr and "/too-wide.html [mobile]" in failed.stderr
    data = json.loads((tmp_path / "out/r.json").read_text())
    assert data["passed"] is False and {i["rule"] for i in data["issues"]} >= {"one-h1", "reflow"}
    assert "<h2 id=\"rule-reflow\"" in (tmp_path / "out/r.html").read_text()


def test_browser_that_will_not_start_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path / "clean", [])
    monkeypatch.setenv("GOVPORTAL_CHROMIUM", "/no/such/chromium")
    result = invoke(tmp_path, "check", "--site", str(site))
    assert result.exit_code == 2
    assert "GOVPORTAL_CHROMIUM is set to /no/such/chromium, but there is no such file" in result.stderr


def test_baseline_fails_only_on_new_issues_and_reports_fixed_ones(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", ["two-h1", "too-wide"])
    recorded = invoke(tmp_path, "check", "--site", str(site), "--update-baseline")
    assert recorded.exit_code == 0, recorded.stderr
    assert json.loads((tmp_path / "gate-baseline.json").read_text())["issues"]
    assert invoke(tmp_path, "check", "--site", str(site)).exit_code == 0
    (site / "two-h1.html").write_text(page_html("Two H1"))  # one baselined issue fixed, one new
    (site / "empty-link.html").write_text(page_html("Empty Link", BROKEN["empty-link"][0]))
    new = invoke(tmp_path, "check", "--site", str(site))
    assert new.exit_code == 1 and "axe/link-name" in new.stderr and "ERROR reflow" not in new.stderr
    assert "1 baselined issue(s) are fixed" in new.stderr


def test_rules_can_be_disabled_with_a_reason_and_severity_changed(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", ["too-wide", "two-h1"])
    settings = GateSettings(
        disabled=[DisabledRule(rule="reflow", reason="wide table being redesigned, issue 12", pages=["too-wide.html"])],
        severity={"one-h1": "warning"},
    )
    run = gate(site, settings=settings)
    assert run.passed
    assert not [i for i in run.issues if i.rule == "reflow"]
    assert [i.severity for i in run.issues if i.rule == "one-h1"] == ["warning"]


def test_incremental_mode_skips_unchanged_pages(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", [])
    cache = tmp_path / "cache.json"
    assert gate(site, cache=cache).skipped == []
    assert sorted(gate(site, cache=cache).skipped) == ["", "help.html"]
    (site / "help.html").write_text(page_html("Help, changed"))
    assert gate(site, cache=cache).skipped == [""]
    (site / "style.css").write_text("p { margin: 0 }")
    for name in CLEAN_PAGES:
        page = site / f"{name}.html"
        page.write_text(page.read_text().replace("</head>", '<link rel="stylesheet" href="style.css"></head>'))
    assert gate(site, cache=cache).skipped == []
    assert len(gate(site, cache=cache).skipped) == 2
    (site / "style.css").write_text("p { margin: 1px }")
    assert gate(site, cache=cache).skipped == [], "a stylesheet change re-checks every page using it"


def test_failing_page_is_checked_again_next_time(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", ["two-h1"])
    cache = tmp_path / "cache.json"
    gate(site, cache=cache)
    again = gate(site, cache=cache)
    assert "two-h1.html" not in again.skipped and not again.passed


def test_gated_build_with_an_inaccessible_page_publishes_nothing(project: Path, edit: Edit) -> None:
    assert invoke(project, "build", "--no-gate").exit_code == 0  # a published site the failed build must leave alone
    # The phone width only: the build's refusal is under test here, not the gate's second width (a third of the time).
    edit(project / "site.yml", "      languages: [en, es]\n", "      languages: [en, es]\n      gate: {viewports: [{name: mobile, width: 320, height: 640}]}\n")
    before = (project / "site/services/parks/reserve-a-campsite/index.html").read_text()
    page = project / "content/services/parks/reserve-a-campsite.md"
    # Allowed HTML (no style=, which validation refuses) that still fails WCAG: a link with no name.
    page.write_text(page.read_text() + '\n<p>Pale text: <a href="/services/" class="gp-nameless"></a></p>\n')
    failed = invoke(project, "build")
    assert failed.exit_code == 1
    assert "axe/link-name" in failed.stderr and "The gate failed. Nothing was published." in failed.stderr
    assert "[mobile]" in failed.stderr and "[desktop]" not in failed.stderr
    assert (project / "site/services/parks/reserve-a-campsite/index.html").read_text() == before
    assert "gp-nameless" in (project / ".site.staging/services/parks/reserve-a-campsite/index.html").read_text()


def test_killing_a_gated_build_leaves_the_site_alone(project: Path, edit: Edit) -> None:
    assert invoke(project, "build", "--no-gate").exit_code == 0
    before = sorted(p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*"))
    edit(project / "content/services/parks/reserve-a-campsite.md", "cost: $25 a night", "cost: $29 a night")
    build = subprocess.Popen([GOVPORTAL, "build"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    staged = project / ".site.staging/sitemap.xml.gz"  # written last by the renderer: the gate is next
    deadline = time.monotonic() + 60
    while not staged.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert staged.exists(), "the build never reached the gate"
    time.sleep(0.5)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait(timeout=20)
    html = (project / "site/services/parks/reserve-a-campsite/index.html").read_text()
    assert "$25 a night" in html and "$29" not in html
    assert sorted(p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*")) == before
