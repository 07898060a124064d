"""The build pipeline: content -> validated model -> rendered pages in staging -> publish.

Nothing is written to the output directory unless every step succeeds; a failed
build leaves the previous site in place and keeps the staging folder to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from govportal import clock
from govportal.content import load_content
from govportal.discovery.search import index_site
from govportal.discovery.sitemap import write_sitemap
from govportal.findings import Finding, errors
from govportal.gate.issues import GateRun
from govportal.mkdocs.engine import RenderError, render
from govportal.mkdocs.project import Project, ProjectError, read_project
from govportal.model.alerts import schedule_findings
from govportal.model.portal import PortalContent
from govportal.publish import PublishError, fresh_staging_dir, publish


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


@dataclass(frozen=True)
class Validated:
    project: Project
    content: PortalContent | None
    findings: list[Finding]


def validate(config_file: Path) -> Validated | list[Finding]:
    """Read ``site.yml`` and the content; a list of findings when ``site.yml`` itself is wrong."""
    try:
        project = read_project(config_file)
    except ProjectError as exc:
        return exc.findings
    now = clock.now()
    result = load_content(project.docs_dir, now.date(), project.settings.forms, project.theme_dir)
    alerts = schedule_findings(result.content.alerts, now, project.settings.timezone) if result.content else []  # ended alerts are left out
    return Validated(project, result.content, result.findings + alerts)


def page_count(content: PortalContent, docs_dir: Path) -> int:
    """Roughly how many pages a build writes, for the progress bar."""
    return len(list(docs_dir.glob("**/*.md"))) + len(content.agencies) + len(content.topics) + 5


def after_render(site: Path, project: Project) -> list[Finding]:
    """Work over the built folder, before the gate: sitemap, robots.txt, the search index."""
    write_sitemap(site, project.site_url or "/")
    return index_site(site)


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
    report.findings += after_render(staging, checked.project)
    if gate is not None:
        report.gate = gate(staging, checked)
        if not report.gate.passed:
            return report
    try:
        publish(staging, target)
    except (PublishError, OSError) as exc:
        report.findings.append(Finding(str(target), "", f"the new site could not be published: {exc}"))
        return report
    report.published, report.staging = target, None
    return report
