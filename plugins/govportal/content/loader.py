"""Load the content directory into a :class:`PortalContent`, collecting every problem.

Layout read here::

    content/portal.yml                     portal help channels, holidays, top tasks
    content/topics.yml                     topics that group services
    content/agencies/<id>.yml              one agency each
    content/services/<agency>/<slug>.md    one service each (front matter + Markdown)
    *.es.md, *.es.yml beside them          translations (see content/translation_loader.py)

Each file is validated on its own first, then across files (agency and topic ids
exist, slugs are unique), so one run reports every problem in every file.

Files are untrusted input (see :mod:`govportal.content.files`): symbolic links anywhere
under the content and theme folders, files that are too big or not UTF-8, YAML aliases and
unsafe raw HTML in any Markdown page are findings like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from govportal.content.drafts import is_draft, read_draft
from govportal.content.files import SYMLINK, YAML, stem, symlinks, version
from govportal.content.forms import load_shared_forms, resolve_forms
from govportal.content.reader import Reader, ServiceCache
from govportal.content.translation_loader import load_translations
from govportal.content.yamlfile import split_front_matter
from govportal.findings import Finding, errors
from govportal.model.accessibility import AccessibilityRecord, manual_check_findings
from govportal.model.agency import Agency, AgencyDraft
from govportal.model.alerts import Alert, AlertsFile, Scope, as_alerts_file
from govportal.model.fields import as_slug
from govportal.model.form import FormsSettings
from govportal.model.glossary import Glossary
from govportal.model.performance import PerformanceReport
from govportal.model.portal import Portal, PortalContent, ServicePage, Topic, TopicsFile
from govportal.model.service import Service
from govportal.model.translation import split_language


@dataclass
class LoadResult:
    """The validated content (``None`` when there are errors) and every finding."""

    content: PortalContent | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.content is not None


def load_content(
    root: Path, today: date, forms_settings: FormsSettings | None = None, theme_dir: Path | None = None, parsed: ServiceCache | None = None
) -> LoadResult:
    """Read and validate everything under ``root``; dates after ``today`` are errors.

    ``forms_settings`` (from site.yml) lists the hosts forms may link to; ``theme_dir`` is the
    portal's theme folder (theme.custom_dir), published too, so checked for links; ``parsed``
    keeps the services read, for the next load (the preview's).
    """
    reader = Reader(root, today, parsed=parsed)
    for link in [*reader.listing.links, *(symlinks(theme_dir) if theme_dir else [])]:
        reader.note(link, "", SYMLINK)
    portal = reader.yaml_model(root / "portal.yml", Portal)
    topics_file = reader.yaml_model(root / "topics.yml", TopicsFile)
    topics = _unique_topics(reader, topics_file)
    agencies, drafts = _load_agencies(reader)
    services = _load_services(reader)
    _check_pages(reader)
    shared_forms = load_shared_forms(reader)
    performance = _load_performance(reader)
    alerts = _load_alerts(reader, topics, agencies, services)
    glossary, accessibility = _load_glossary(reader), _load_accessibility(reader)
    _cross_check(reader, portal, topics, agencies, services)
    _no_services_under_drafts(reader, services, drafts)
    forms = resolve_forms(reader, shared_forms, services, forms_settings or FormsSettings())
    translated = load_translations(reader, agencies, services)
    findings = sorted(reader.findings)
    if errors(findings) or portal is None or topics_file is None:
        return LoadResult(None, findings)
    return LoadResult(PortalContent(portal, topics, agencies, services, performance, forms, drafts, alerts, glossary, accessibility, translated=translated), findings)


PERFORMANCE_FILE = "performance.json"
ALERTS_FILE = "alerts.yml"
GLOSSARY_FILE = "glossary.yml"
ACCESSIBILITY_FILE = "accessibility.yml"


def _load_alerts(reader: Reader, topics: dict[str, Topic], agencies: dict[str, Agency], services: list[ServicePage]) -> list[Alert]:
    """Scheduled alerts (optional file), each scope naming agencies, services and topics that exist."""
    path = reader.root / ALERTS_FILE
    if not path.is_file():
        return []
    data = reader.data(path, reader.text(path))
    found = reader.model(path, {} if data is None else as_alerts_file(data), AlertsFile)
    if found is None:
        return []
    # Compare with the files that exist, valid or not, so one broken file is not reported twice;
    # no topics at all means topics.yml could not be read (reported there).
    known = {
        "agencies": set(agencies) | {stem(n) for n in reader.listing.names("agencies", YAML, 1)},
        "services": {s.id for s in services} | {n.split("/")[1] + "/" + stem(n) for n in reader.listing.names("services", (".md",), 2)},
        "topics": set(topics),
    }
    for number, alert in enumerate(found.alerts, start=1):
        scope = alert.scope.model_dump() if isinstance(alert.scope, Scope) else {}
        for kind, ids in scope.items():
            for index, unknown in enumerate(ids, start=1):
                if known[kind] and unknown not in known[kind]:
                    reader.note(path, f"alerts[{number}].scope.{kind}[{index}]", f"'{unknown}' is not one of the portal's {kind}; check the spelling")
    return list(found.alerts)


def _load_glossary(reader: Reader) -> Glossary:
    """Portal-wide terms (optional file); an empty glossary when there is none or it has errors."""
    path = reader.root / GLOSSARY_FILE
    found = reader.yaml_model(path, Glossary) if path.is_file() else None
    return found or Glossary()


def _load_accessibility(reader: Reader) -> AccessibilityRecord | None:
    """Manual accessibility checks (optional file), with a finding for each one due again."""
    path = reader.root / ACCESSIBILITY_FILE
    found = reader.yaml_model(path, AccessibilityRecord) if path.is_file() else None
    if found is not None:
        reader.findings.extend(manual_check_findings(found, reader.name(path), reader.today))
    return found


def _load_performance(reader: Reader) -> PerformanceReport | None:
    """The feedback report, written by 'govportal feedback report'; optional."""
    path = reader.root / PERFORMANCE_FILE
    if not path.is_file():
        return None
    text = reader.text(path)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands deep
        reader.note(path, "", f"is not valid JSON ({exc}); write it again with 'govportal feedback report'")
        return None
    return reader.model(path, data, PerformanceReport)


def _unique_topics(reader: Reader, topics_file: TopicsFile | None) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    for number, topic in enumerate(topics_file.topics if topics_file else [], start=1):
        if topic.id in topics:
            reader.note(reader.root / "topics.yml", f"topics[{number}].id", f"'{topic.id}' is used by another topic; give each topic its own id")
        topics[topic.id] = topic
    return topics


def _load_agencies(reader: Reader) -> tuple[dict[str, Agency], dict[str, AgencyDraft]]:
    """Agencies (complete drafts too: see content/drafts.py), and incomplete drafts kept apart so nothing draws them."""
    agencies: dict[str, Agency] = {}
    drafts: dict[str, AgencyDraft] = {}
    paths = [p for p in reader.listing.paths("agencies", YAML, 1) if not _is_translation(p)]
    if not paths:
        reader.note(reader.root / "agencies", "", "has no agency files; add at least one with 'govportal new agency'")
    for path in paths:
        agency_id = as_slug(path.stem)
        if agency_id is None:
            reader.note(path, "", f"the file name '{path.stem}' is the agency id: rename the file using lowercase letters, digits and hyphens")
            continue
        if agency_id in agencies or agency_id in drafts:
            reader.note(path, "", f"another file also defines the agency '{agency_id}'; keep only one of {agency_id}.yml and {agency_id}.yaml")
            continue
        data = reader.data(path, reader.text(path))
        if is_draft(data):
            draft, problems = read_draft(data, reader.name(path), reader.today)
            reader.findings.extend(problems)
            if isinstance(draft, AgencyDraft):
                drafts[agency_id] = draft
            agency = draft if isinstance(draft, Agency) else None
        else:
            agency = reader.model(path, data, Agency)
        if agency is not None:
            agencies[agency_id] = agency
            _published_commitments(reader, path, agency)
    return agencies, drafts


def _no_services_under_drafts(reader: Reader, services: list[ServicePage], drafts: dict[str, AgencyDraft]) -> None:
    """A service page would link to an agency page that is not published."""
    for page in services:
        if page.agency_id in drafts:
            reader.note(reader.root / page.source, "agency", f"'{page.agency_id}' is a draft agency (status: draft in content/agencies/{page.agency_id}.yml); complete and publish it before its services")


def _published_commitments(reader: Reader, path: Path, agency: Agency) -> None:
    """The Government Customer Service Improvement Act asks agencies to publish these."""
    if not agency.standards:
        reader.warn(path, "standards", "no customer service standards yet; add what people can expect, for example 'We answer e-mail within 2 business days'")
    if agency.guidelines is None:
        reader.warn(path, "guidelines", "no customer service guidelines yet; add a url to them, or their text")


def _load_services(reader: Reader) -> list[ServicePage]:
    services: list[ServicePage] = []
    for path in reader.listing.paths("services", (".md",)):
        page = None if _is_translation(path) else _load_service(reader, path)
        if page is not None:
            services.append(page)
    return services


def _is_translation(path: Path) -> bool:
    """``renew.es.md``, ``dmv.es.yml``: read by content/translation_loader.py, not as English pages."""
    return split_language(path.stem)[1] is not None


def _load_service(reader: Reader, path: Path) -> ServicePage | None:
    relative = path.relative_to(reader.root / "services")
    if len(relative.parts) != 2:
        reader.note(path, "", "service files go one folder deep: content/services/<agency id>/<service>.md")
        return None
    folder, slug = relative.parts[0], as_slug(path.stem)
    if slug is None:
        reader.note(path, "", f"the file name '{path.stem}' becomes the web address: rename it using lowercase letters, digits and hyphens")
        return None
    if reader.parsed is not None:
        return _parsed_service(reader, reader.parsed, path, folder, slug)
    text = reader.text(path)
    return None if text is None else _parse_service(reader, path, folder, slug, text)


def _parsed_service(reader: Reader, parsed: ServiceCache, path: Path, folder: str, slug: str) -> ServicePage | None:
    """The service as read last time when its file (the same version of it), the folder and the
    day are the same. A file turned into a link is a new version: read, it is refused (and the walk
    over the folder reports every link)."""
    found = version(path)
    cached = parsed.get(path)
    if found is not None and cached is not None and cached[0] == (found, reader.root, reader.today):
        reader.findings.extend(cached[2])
        return cached[1]
    text = reader.text(path)
    if text is None:
        return None
    before = len(reader.findings)
    page = _parse_service(reader, path, folder, slug, text)
    if found is not None:
        parsed[path] = ((found, reader.root, reader.today), page, reader.findings[before:])
    return page


def _parse_service(reader: Reader, path: Path, folder: str, slug: str, text: str) -> ServicePage | None:
    parts = split_front_matter(text)
    if parts is None:
        reader.note(path, "", "has no front matter; start the file with a '---' line, the service fields, and another '---' line")
        return None
    front, body = parts
    reader.html(path, body, _first_line(text, body))
    service = reader.model(path, reader.data(path, front, first_line=2), Service)
    if service is None:
        return None
    if service.agency != folder:
        reader.note(path, "agency", f"is '{service.agency}' but the file is in the folder services/{folder}/; move the file or fix the field")
        return None
    return ServicePage(slug, folder, str(path.relative_to(reader.root)), service, body)


def _check_pages(reader: Reader) -> None:
    """Markdown pages other than services (home, privacy...): MkDocs publishes them as written,
    so their front matter and HTML are checked here, before MkDocs reads them."""
    for name in reader.listing.names("", (".md",)):
        path = reader.root / name
        text = None if name.startswith("services/") else reader.text(path)  # services: read by _load_services
        if text is None:
            continue
        front, body = split_front_matter(text) or ("", text)
        reader.data(path, front, first_line=2)
        reader.html(path, body, _first_line(text, body))


def _first_line(text: str, body: str) -> int:
    """The file line the Markdown body starts on, after the front matter."""
    return text.count("\n", 0, len(text) - len(body)) + 1


def _cross_check(
    reader: Reader,
    portal: Portal | None,
    topics: dict[str, Topic],
    agencies: dict[str, Agency],
    services: list[ServicePage],
) -> None:
    """Checks that need more than one file: ids point at something, slugs are unique."""
    agency_files = {stem(n) for n in reader.listing.names("agencies", YAML, 1)}
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
    service_files = {stem(n) for n in reader.listing.names("services", (".md",), 2)}
    for number, slug in enumerate(portal.top_tasks if portal else [], start=1):
        if slug not in service_files:
            reader.note(reader.root / "portal.yml", f"top_tasks[{number}]", f"'{slug}' is not a service; use the file name of a service page, without .md")
