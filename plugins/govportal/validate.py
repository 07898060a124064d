"""The first step of every command: site.yml and the content read and checked, all problems at once.

Kept apart from the build so that the preview, the editor and the review can check content
without importing the engine that renders it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govportal import clock
from govportal.config.project import Project, ProjectError, read_project
from govportal.content import load_content
from govportal.content.body_lint import lint_content
from govportal.findings import Finding
from govportal.model.alerts import schedule_findings
from govportal.model.portal import PortalContent
from govportal.pages.plan import plan_pages


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
    return Validated(project, result.content, result.findings + alerts + body_findings(project, result.content))


def body_findings(project: Project, content: PortalContent | None) -> list[Finding]:
    """The Markdown bodies checked (govportal.content.body_lint); links to the pages govportal
    generates are judged only when the content loaded, since those pages come from it."""
    generated = [p.src_uri for p in plan_pages(content, (project.docs_dir / "index.md").is_file())] if content else None
    return lint_content(project.docs_dir, generated)


