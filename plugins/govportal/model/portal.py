"""Portal-wide content and the validated whole that the rest of govportal reads.

``content/portal.yml`` holds the portal's own Live Help channels, the state holidays
every channel observes, and the top tasks shown on the home page.
``content/topics.yml`` lists the topics that organise services by what people need.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
from govportal.model.translation import SOURCE_LANGUAGE, Language, Translation, Translations


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
    translation: Translation | None = None  # on a translated page: its language, and whether it is behind

    @property
    def id(self) -> str:
        """How feedback names the service: ``dmv/renew-license``."""
        return f"{self.agency_id}/{self.slug}"


@dataclass(frozen=True)
class TranslatedPortal:
    """One language's translations as loaded, each already merged over its English source:
    what :meth:`PortalContent.in_language` puts in place of the English."""

    language: Language
    portal: Portal | None = None
    topics: dict[str, Topic] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    services: dict[str, ServicePage] = field(default_factory=dict)  # by the English service's id
    records: Translations = field(default_factory=Translations)


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
    language: Language = SOURCE_LANGUAGE
    translated: dict[Language, TranslatedPortal] = field(default_factory=dict)  # in the English portal: by language
    translations: Translations = field(default_factory=Translations)  # in a translated portal: its records
    only_in_english: list[ServicePage] = field(default_factory=list)  # in a translated portal: services not translated

    def in_language(self, language: Language) -> PortalContent:
        """The portal as people reading ``language`` see it: services that have a translation, in
        it (the others listed in ``only_in_english``), agencies, topics and help text translated
        where they are. Built from the English portal, so what is not published stays out."""
        if language == self.language:
            return self
        if self.language != SOURCE_LANGUAGE:
            raise ValueError(f"in_language('{language}') is asked of the {self.language} portal; ask the English one")
        found = self.translated.get(language) or TranslatedPortal(language)
        services = [found.services[s.id] for s in self.services if s.id in found.services]
        records = Translations(
            portal=found.records.portal,
            topics=found.records.topics,
            agencies={i: r for i, r in found.records.agencies.items() if i in self.agencies},
            services={s.id: s.translation for s in services if s.translation is not None},
        )
        return replace(
            self,
            language=language,
            portal=found.portal or self.portal,
            topics={i: found.topics.get(i, t) for i, t in self.topics.items()},
            agencies={i: found.agencies.get(i, a) for i, a in self.agencies.items()},
            services=services,
            translated={},
            translations=records,
            only_in_english=[s for s in self.services if s.id not in found.services],
        )


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
