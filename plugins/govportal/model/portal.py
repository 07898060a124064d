"""Portal-wide content and the validated whole that the rest of govportal reads.

``content/portal.yml`` holds the portal's own Live Help channels, the state holidays
every channel observes, and the top tasks shown on the home page.
``content/topics.yml`` lists the topics that organise services by what people need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated

from pydantic import Field

from govportal.model.agency import Agency, AgencyDraft, Channel
from govportal.model.accessibility import AccessibilityRecord
from govportal.model.alerts import Alert
from govportal.model.fields import ContentModel, Slug, Text
from govportal.model.form import Form
from govportal.model.glossary import Glossary
from govportal.model.holidays import Holiday
from govportal.model.performance import PerformanceReport
from govportal.model.service import Service


class Topic(ContentModel):
    id: Slug
    title: Text
    description: Text


class TopicsFile(ContentModel):
    topics: Annotated[list[Topic], Field(min_length=1)]


class Portal(ContentModel):
    """The portal's own help desk and shared calendar."""

    help_channels: Annotated[list[Channel], Field(min_length=1)]
    languages: Annotated[list[Text], Field(min_length=1)]
    holidays: list[Holiday] = []  # one date, or a rule for every year (see model/holidays.py)
    top_tasks: list[Slug] = []


@dataclass(frozen=True)
class ServicePage:
    """A service with where it lives: its agency id and slug come from its path."""

    slug: str
    agency_id: str
    source: str  # path relative to the content directory, e.g. services/dmv/renew-license.md
    service: Service
    body: str

    @property
    def id(self) -> str:
        """How feedback names the service: ``dmv/renew-license``."""
        return f"{self.agency_id}/{self.slug}"

    @property
    def url(self) -> str:
        return f"services/{self.id}/"

    @property
    def survey_url(self) -> str:
        return f"{self.url}survey/"


@dataclass(frozen=True)
class PortalContent:
    """Everything editors wrote, validated and cross-checked."""

    portal: Portal
    topics: dict[str, Topic]
    agencies: dict[str, Agency]
    services: list[ServicePage] = field(default_factory=list)
    performance: PerformanceReport | None = None  # what people told us, if a report was made
    forms: dict[str, list[Form]] = field(default_factory=dict)  # by service id, shared forms looked up
    drafts: dict[str, AgencyDraft] = field(default_factory=dict)  # agencies not published yet, by id
    alerts: list[Alert] = field(default_factory=list)  # content/alerts.yml, active or not
    glossary: Glossary = field(default_factory=Glossary)  # content/glossary.yml
    accessibility: AccessibilityRecord | None = None  # content/accessibility.yml: checks made by hand

    def forms_of(self, page: ServicePage) -> list[Form]:
        return self.forms.get(page.id, [])

    def all_forms(self) -> list[tuple[Form, list[ServicePage]]]:
        """Every form once, with the services that use it, by title."""
        users: dict[str, tuple[Form, list[ServicePage]]] = {}
        for page in self.services:
            for form in self.forms_of(page):
                users.setdefault(form.id, (form, []))[1].append(page)
        return sorted(users.values(), key=lambda item: item[0].title.lower())

    def services_of(self, agency_id: str) -> list[ServicePage]:
        return sorted((s for s in self.services if s.agency_id == agency_id), key=lambda s: s.service.title)

    def services_in(self, topic_id: str) -> list[ServicePage]:
        return sorted((s for s in self.services if topic_id in s.service.topics), key=lambda s: s.service.title)

    def service(self, slug: str) -> ServicePage | None:
        return next((s for s in self.services if s.slug == slug), None)

    def service_by_id(self, service_id: str) -> ServicePage | None:
        return self._services_by_id.get(service_id)

    @cached_property
    def _services_by_id(self) -> dict[str, ServicePage]:
        """Looked up once per page: a scan of 1,000 services per page made a build quadratic."""
        return {s.id: s for s in reversed(self.services)}  # the first of two with one id, as a scan found
