"""The accessibility statement at ``/accessibility/``, built from evidence rather than promises.

What the statement says about the automatic checks must be true for the build people are
reading. The gate runs after the pages are written, over the built folder, so the page is
written first with an "unchecked" evidence section between two markers; once the gate has
passed, :func:`record_evidence` renders the same template partial with the run's real figures
and puts it between the markers, before the site is published. The page needs no JavaScript.

Known issues are the baseline entries (``gate-baseline.json``) this run still found, each
with its planned fix date (``fix_by``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from govportal.config.gate import GateSettings
from govportal.findings import Finding
from govportal.gate.baseline import fix_dates
from govportal.gate.issues import GateRun
from govportal.i18n import translator
from govportal.model.accessibility import (
    CHECK_NAMES,
    AccessibilityRecord,
    ManualCheck,
    manual_check_age,
)
from govportal.pages import urls
from govportal.pages.wording import counted, long_date
from govportal.rules import RULES

STANDARD = "Web Content Accessibility Guidelines (WCAG) 2.2"  # the level is drawn as <abbr> in the template
PAGE = Path(urls.built_file(urls.ACCESSIBILITY))
START, END = "<!-- gp:evidence -->", "<!-- /gp:evidence -->"
PARTIAL = "partials/govportal/accessibility-evidence.html"


@dataclass(frozen=True)
class KnownIssue:
    summary: str  # what the rule asks for, in plain words
    page: str  # site path
    width: str  # the screen size it happens at, or ""
    fix_by: date | None

    @property
    def where(self) -> str:
        """``Page: /forms/ (at the phone size).``"""
        return f"Page: /{self.page}" + (f" (at the {self.width} size)." if self.width else ".")

    @property
    def fix_by_words(self) -> str:
        return long_date(self.fix_by) if self.fix_by else ""


@dataclass(frozen=True)
class Evidence:
    """What the gate checked on this build; ``checked`` is False until it has run."""

    checked: bool = False
    day: date | None = None
    passed: bool = False
    pages: int = 0
    pages_unchanged: int = 0  # incremental runs: unchanged since they last passed
    widths: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    axe_tags: list[str] = field(default_factory=list)
    warnings: int = 0
    known_issues: list[KnownIssue] = field(default_factory=list)

    @property
    def day_words(self) -> str:
        return long_date(self.day) if self.day else ""

    @property
    def pages_checked(self) -> str:
        """``12 pages in a web browser (Chromium): 3 of them again, and 9 that had not changed since they last passed``."""
        words = f"{counted(self.pages, 'page')} in a web browser (Chromium)"
        if self.pages_unchanged:
            words += f": {self.pages - self.pages_unchanged} of them again, and {self.pages_unchanged} that had not changed since they last passed"
        return words

    @property
    def result(self) -> str:
        return "Passed: no new problems" if self.passed else "Problems found"


@dataclass(frozen=True)
class CheckRow:
    """One manual check as the statement lists it."""

    name: str
    tools: list[str]
    by: str
    on: date
    result: str
    due_again: bool

    @property
    def tools_words(self) -> str | None:
        """``NVDA 2024.4 with Firefox; VoiceOver on iOS 18``, or None when no tools are named."""
        return "; ".join(self.tools) if self.tools else None

    @property
    def on_words(self) -> str:
        return long_date(self.on)

    @property
    def outcome(self) -> str:
        """What the check found, and whether it is time to make it again."""
        return self.result + (" This check is due to be made again." if self.due_again else "")


@dataclass(frozen=True)
class Statement:
    standard: str
    manual_checks: list[CheckRow]
    not_checked_by_hand: list[str]


def statement(record: AccessibilityRecord | None, today: date) -> Statement:
    """The parts of the statement known when the pages are written: the standard and the manual checks."""
    if record is None:
        return Statement(STANDARD, [], list(CHECK_NAMES.values()))
    rows = [_row(check, record, today) for check in sorted(record.manual_checks, key=lambda c: list(CHECK_NAMES).index(c.check))]
    return Statement(STANDARD, rows, record.missing())


def _row(check: ManualCheck, record: AccessibilityRecord, today: date) -> CheckRow:
    due = manual_check_age(check.on, record.period_of(check), today) != "current"
    return CheckRow(CHECK_NAMES[check.check], list(check.tools), check.by, check.on, check.result, due)


def evidence_from_run(run: GateRun, settings: GateSettings, planned: dict[tuple[str, str, str, str], date | None], day: date) -> Evidence:
    """The evidence section's figures, from one gate run and the baseline's planned fix dates."""
    known = [
        KnownIssue(RULES[i.rule].summary if i.rule in RULES else i.message, i.page, i.viewport, planned.get(i.key))
        for i in sorted(run.baselined, key=lambda i: (i.page, i.rule))
    ]
    return Evidence(
        checked=True, day=day, passed=run.passed, pages=len(run.pages), pages_unchanged=len(run.skipped),
        widths=[f"{v.width} pixels wide ({v.name})" for v in settings.viewports],
        rules=[r.summary for r in RULES.values()], axe_tags=list(settings.axe_tags),
        warnings=len(run.warnings), known_issues=known,
    )


def baseline_fix_dates(path: Path) -> dict[tuple[str, str, str, str], date | None]:
    """Planned fix dates of the baseline's entries, by issue key; a date that cannot be read counts as none."""
    return {key: _date(value) for key, value in fix_dates(path).items()}


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def render_evidence(evidence: Evidence, theme_dir: Path | None = None) -> str:
    """The evidence section's HTML, from the same partial the page was first written with
    (the portal's own copy in ``theme_dir`` first, as MkDocs would pick it), with its words in
    English: the statement is an English page."""
    ours = FileSystemLoader(str(files("govportal.theme")))
    loader = ChoiceLoader([FileSystemLoader(str(theme_dir)), ours]) if theme_dir else ours
    env = Environment(loader=loader, autoescape=True, undefined=StrictUndefined, extensions=["jinja2.ext.i18n"])
    env.install_gettext_translations(translator("en"), newstyle=True)  # type: ignore[attr-defined]  # added by the i18n extension
    return env.get_template(PARTIAL).render(evidence=evidence)


def record_evidence(site: Path, evidence: Evidence, theme_dir: Path | None = None) -> list[Finding]:
    """Put the evidence between the markers of the built statement page; a warning if they are missing."""
    page = site / PAGE
    if not page.is_file():
        return []
    html = page.read_text(encoding="utf-8")
    start, end = html.find(START), html.find(END)
    if start < 0 or end < start:
        return [Finding(str(PAGE), "", f"the page has no {START} ... {END} markers, so it does not show what the gate checked; keep them if you override the accessibility template", "warning")]
    page.write_text(html[: start + len(START)] + render_evidence(evidence, theme_dir) + html[end:], encoding="utf-8")
    return []
