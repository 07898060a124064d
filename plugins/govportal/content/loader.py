"""Load the content directory into a :class:`PortalContent`, collecting every problem.

Layout read here::

    content/portal.yml                     portal help channels, holidays, top tasks
    content/topics.yml                     topics that group services
    content/agencies/<id>.yml              one agency each
    content/services/<agency>/<slug>.md    one service each (front matter + Markdown)

Each file is validated on its own first, then across files (agency and topic ids
exist, slugs are unique), so one run reports every problem in every file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from govportal.content.errors import findings_from
from govportal.content.forms import load_shared_forms, resolve_forms
from govportal.content.yamlfile import YamlProblem, parse_yaml, split_front_matter
from govportal.findings import Finding, errors
from govportal.model.agency import Agency
from govportal.model.fields import as_slug
from govportal.model.form import FormsSettings
from govportal.model.performance import PerformanceReport
from govportal.model.portal import Portal, PortalContent, ServicePage, Topic, TopicsFile
from govportal.model.service import Service

M = TypeVar("M", bound=BaseModel)


@dataclass
class LoadResult:
    """The validated content (``None`` when there are errors) and every finding."""

    content: PortalContent | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.content is not None


@dataclass
class _Reader:
    """Reads files under one content directory, noting problems instead of raising."""

    root: Path
    today: date
    findings: list[Finding] = field(default_factory=list)

    def name(self, path: Path) -> str:
        """The path editors see in messages: relative to the project, e.g. content/agencies/dmv.yml."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def note(self, path: Path, field_name: str, message: str) -> None:
        self.findings.append(Finding(self.name(path), field_name, message))

    def warn(self, path: Path, field_name: str, message: str) -> None:
        self.findings.append(Finding(self.name(path), field_name, message, "warning"))

    def data(self, path: Path, text: str, where: str = "") -> Any:
        try:
            return parse_yaml(text)
        except YamlProblem as problem:
            self.note(path, problem.where or where, problem.message)
            return None

    def model(self, path: Path, data: Any, model: type[M]) -> M | None:
        if not isinstance(data, dict):
            self.note(path, "", "should contain fields written as 'name: value' lines")
            return None
        try:
            return model.model_validate(data, context={"today": self.today})
        except ValidationError as exc:
            self.findings.extend(findings_from(exc, self.name(path), model))
            return None

    def yaml_model(self, path: Path, model: type[M]) -> M | None:
        if not path.is_file():
            self.note(path, "", "is missing; create it (see the sample portal's content folder)")
            return None
        return self.model(path, self.data(path, path.read_text(encoding="utf-8")), model)


def load_content(root: Path, today: date, forms_settings: FormsSettings | None = None) -> LoadResult:
    """Read and validate everything under ``root``; dates after ``today`` are errors.

    ``forms_settings`` (from site.yml) lists the hosts forms may link to.
    """
    reader = _Reader(root, today)
    portal = reader.yaml_model(root / "portal.yml", Portal)
    topics_file = reader.yaml_model(root / "topics.yml", TopicsFile)
    topics = _unique_topics(reader, topics_file)
    agencies = _load_agencies(reader)
    services = _load_services(reader)
    shared_forms = load_shared_forms(reader)
    performance = _load_performance(reader)
    _cross_check(reader, portal, topics, agencies, services)
    forms = resolve_forms(reader, shared_forms, services, forms_settings or FormsSettings())
    findings = sorted(reader.findings)
    if errors(findings) or portal is None or topics_file is None:
        return LoadResult(None, findings)
    return LoadResult(PortalContent(portal, topics, agencies, services, performance, forms), findings)


PERFORMANCE_FILE = "performance.json"


def _load_performance(reader: _Reader) -> PerformanceReport | None:
    """The feedback report, written by 'govportal feedback report'; optional."""
    path = reader.root / PERFORMANCE_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        reader.note(path, "", f"is not valid JSON ({exc}); write it again with 'govportal feedback report'")
        return None
    return reader.model(path, data, PerformanceReport)


def _unique_topics(reader: _Reader, topics_file: TopicsFile | None) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for number, topic in enumerate(topics_file.topics if topics_file else [], start=1):
        if topic.id in topics:
            reader.note(reader.root / "topics.yml", f"topics[{number}].id", f"'{topic.id}' is used by another topic; give each topic its own id")
        topics[topic.id] = topic
    return topics


def _load_agencies(reader: _Reader) -> dict[str, Agency]:
    folder = reader.root / "agencies"
    agencies: dict[str, Agency] = {}
    paths = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    if not paths:
        reader.note(folder, "", "has no agency files; add at least one with 'govportal new agency'")
    for path in paths:
        agency_id = as_slug(path.stem)
        if agency_id is None:
            reader.note(path, "", f"the file name '{path.stem}' is the agency id: rename the file using lowercase letters, digits and hyphens")
            continue
        if agency_id in agencies:
            reader.note(path, "", f"another file also defines the agency '{agency_id}'; keep only one of {agency_id}.yml and {agency_id}.yaml")
            continue
        agency = reader.yaml_model(path, Agency)
        if agency is not None:
            agencies[agency_id] = agency
            _published_commitments(reader, path, agency)
    return agencies


def _published_commitments(reader: _Reader, path: Path, agency: Agency) -> None:
    """The Government Customer Service Improvement Act asks agencies to publish these."""
    if not agency.standards:
        reader.warn(path, "standards", "no customer service standards yet; add what people can expect, for example 'We answer e-mail within 2 business days'")
    if agency.guidelines is None:
        reader.warn(path, "guidelines", "no customer service guidelines yet; add a url to them, or their text")


def _load_services(reader: _Reader) -> list[ServicePage]:
    services: list[ServicePage] = []
    for path in sorted((reader.root / "services").glob("**/*.md")):
        page = _load_service(reader, path)
        if page is not None:
            services.append(page)
    return services


def _load_service(reader: _Reader, path: Path) -> ServicePage | None:
    relative = path.relative_to(reader.root / "services")
    if len(relative.parts) != 2:
        reader.note(path, "", "service files go one folder deep: content/services/<agency id>/<service>.md")
        return None
    folder, slug = relative.parts[0], as_slug(path.stem)
    if slug is None:
        reader.note(path, "", f"the file name '{path.stem}' becomes the web address: rename it using lowercase letters, digits and hyphens")
        return None
    parts = split_front_matter(path.read_text(encoding="utf-8"))
    if parts is None:
        reader.note(path, "", "has no front matter; start the file with a '---' line, the service fields, and another '---' line")
        return None
    front, body = parts
    service = reader.model(path, reader.data(path, front), Service)
    if service is None:
        return None
    if service.agency != folder:
        reader.note(path, "agency", f"is '{service.agency}' but the file is in the folder services/{folder}/; move the file or fix the field")
        return None
    return ServicePage(slug, folder, str(path.relative_to(reader.root)), service, body)


def _cross_check(
    reader: _Reader,
    portal: Portal | None,
    topics: dict[str, Topic],
    agencies: dict[str, Agency],
    services: list[ServicePage],
) -> None:
    """Checks that need more than one file: ids point at something, slugs are unique."""
    agency_files = {p.stem for p in (reader.root / "agencies").glob("*.y*ml")}
    seen: dict[str, ServicePage] = {}
    for page in services:
        path = reader.root / page.source
        if page.agency_id not in agency_files:
            reader.note(path, "agency", f"'{page.agency_id}' is not an agency; add content/agencies/{page.agency_id}.yml or use one of: {', '.join(sorted(agency_files))}")
        for number, topic in enumerate(page.service.topics, start=1):
            if topics and topic not in topics:
                reader.note(path, f"topics[{number}]", f"'{topic}' is not a topic; use one of: {', '.join(sorted(topics))} (or add it to content/topics.yml)")
        if page.slug in seen:
            reader.note(path, "", f"the service name '{page.slug}' is also used by content/{seen[page.slug].source}; rename one of the files so each service has its own address")
        seen.setdefault(page.slug, page)
    # Compare with the files that exist, valid or not, so one mistake is not reported twice.
    service_files = {p.stem for p in (reader.root / "services").glob("*/*.md")}
    for number, slug in enumerate(portal.top_tasks if portal else [], start=1):
        if slug not in service_files:
            reader.note(reader.root / "portal.yml", f"top_tasks[{number}]", f"'{slug}' is not a service; use the file name of a service page, without .md")
