"""The build pipeline: content -> validated model -> rendered pages in staging -> publish.

Nothing is written to the output directory unless every step succeeds; a failed
build leaves the previous site in place and keeps the staging folder to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from govportal import clock
from govportal.compress import compress_files, compress_site
from govportal.config.project import Project
from govportal.discovery.search import GZIPPED_SUFFIXES, INDEX_FOLDER, Indexing, preload_engine
from govportal.discovery.sitemap import write_sitemap
from govportal.findings import Finding, errors
from govportal.gate.issues import GateRun
from govportal.mkdocs.engine import RenderError, render
from govportal.model.portal import PortalContent
from govportal.pages.accessibility_statement import (
    baseline_fix_dates,
    evidence_from_run,
    record_evidence,
)
from govportal.publish import PublishError, fresh_staging_dir, publish
from govportal.unused_css import prune_site
from govportal.validate import Validated, validate


@dataclass
class BuildReport:
    """What a build did: problems found, and where the site went (if anywhere)."""

    findings: list[Finding] = field(default_factory=list)
    published: Path | None = None
    staging: Path | None = None
    pages: int = 0
    gate: GateRun | None = None

    @property
    def ok(self) -> bool:
        return self.published is not None


def page_count(content: PortalContent, docs_dir: Path) -> int:
    """Roughly how many pages a build writes, for the progress bar."""
    return len(list(docs_dir.glob("**/*.md"))) + len(content.agencies) + len(content.topics) + 5


def after_render(site: Path, project: Project, compress_from: Path | None) -> list[Finding]:
    """Work over the built folder: the search index, sitemap, robots.txt, the pruned stylesheet and,
    with ``compress_from`` (the published site, whose copies of unchanged files are reused), the
    compressed copies, which must be the last change to a file. Pagefind indexes while the rest is done: it is a program of its
    own, so the build's wait is about the longer of the two, not their sum."""
    search = Indexing(site)
    try:
        write_sitemap(site, project.site_url or "/")
        # Material's stylesheet, pruned before the gate so the gate sees what ships
        prune_site(site, sorted(site.glob("assets/stylesheets/main.*.min.css")), _cache_dir(project), leave=INDEX_FOLDER)
        if compress_from is not None:
            compress_site(site, compress_from, leave=INDEX_FOLDER)
    finally:
        found = search.finish()
    if found:
        return found
    search_pages = preload_engine(site, project.settings.languages)
    if compress_from is not None:
        compress_files(search_pages)  # compressed above, before the index existed to name its files
        compress_site(site / INDEX_FOLDER, compress_from / INDEX_FOLDER, gzipped=GZIPPED_SUFFIXES)
    return []


def _cache_dir(project: Project) -> Path:
    """The project's folder for what one build keeps for the next (ignored by git, like the gate's cache)."""
    return project.config_file.resolve().parent / ".govportal" / "build-cache"


def record_gate_evidence(site: Path, run: GateRun, checked: Validated) -> list[Finding]:
    """After the gate passed: the statement at /accessibility/ says what this run checked."""
    settings = checked.project.settings.gate
    fix_dates = baseline_fix_dates(checked.project.config_file.resolve().parent / settings.baseline)
    evidence = evidence_from_run(run, settings, fix_dates, clock.now().date())
    return record_evidence(site, evidence, checked.project.theme_dir)


def build(
    config_file: Path,
    site_dir: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_page_written: Callable[[], None] | None = None,
    gate: Callable[[Path, Validated], GateRun] | None = None,
) -> BuildReport:
    """Build the portal into a staging folder, gate it, and publish it over ``site_dir`` when all is well.

    ``gate`` checks the staging folder; without it (``--no-gate``) the build is published unchecked.
    """
    checked = validate(config_file)
    if isinstance(checked, list):
        return BuildReport(findings=checked)
    if checked.content is None or errors(checked.findings):
        return BuildReport(findings=checked.findings)
    target = (site_dir or checked.project.site_dir).resolve()
    staging = fresh_staging_dir(target)
    if on_start is not None:
        on_start(page_count(checked.content, checked.project.docs_dir))
    report = BuildReport(findings=list(checked.findings), staging=staging)
    try:
        report.findings += render(config_file, staging, checked.content, on_page_written)
    except RenderError as exc:
        report.findings += exc.findings
        report.findings.append(Finding(config_file.name, "", f"the site could not be built: {exc}"))
        return report
    report.pages = len(list(staging.glob("**/*.html")))
    # Compressed copies (.gz and .br, for hosts that serve them) come last, once every file is final:
    # after the gate, which records its evidence in a page; without a gate, beside the search index.
    report.findings += after_render(staging, checked.project, target if gate is None else None)
    if gate is not None:
        report.gate = gate(staging, checked)
        if not report.gate.passed:
            return report
        report.findings += record_gate_evidence(staging, report.gate, checked)
        compress_site(staging, target, gzipped=GZIPPED_SUFFIXES)
    try:
        publish(staging, target)
    except (PublishError, OSError) as exc:
        report.findings.append(Finding(str(target), "", f"the new site could not be published: {exc}"))
        return report
    report.published, report.staging = target, None
    return report
