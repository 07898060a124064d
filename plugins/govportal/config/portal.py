"""Portal settings the web team sets once (in ``site.yml``), as opposed to editors' content."""

from __future__ import annotations

from pydantic import field_validator

from govportal.config.feedback import FeedbackSettings
from govportal.config.gate import GateSettings
from govportal.model.fields import ContentModel, SiteLink, Text, fail
from govportal.model.form import FormsSettings
from govportal.model.hours import check_zone
from govportal.model.translation import SOURCE_LANGUAGE, Language


class Link(ContentModel):
    title: Text
    url: SiteLink

    @property
    def site_path(self) -> str | None:
        """For a link on this site, its path without the leading slash (for relative links)."""
        return self.url[1:] if self.url.startswith("/") else None


class PortalSettings(ContentModel):
    """What ``plugins: - govportal:`` accepts in ``site.yml``."""

    state_name: Text = "State of Example"
    timezone: Text = "America/Denver"
    official_banner: Text | None = None
    footer_links: list[Link] = []
    footer_note: Text | None = None
    feedback: FeedbackSettings = FeedbackSettings()
    forms: FormsSettings = FormsSettings()
    gate: GateSettings = GateSettings()
    # The languages the portal is published in: English, and Spanish with 'languages: [en, es]'.
    languages: list[Language] = [SOURCE_LANGUAGE]

    @field_validator("languages")
    @classmethod
    def _english_first(cls, value: list[Language]) -> list[Language]:
        if not value or value[0] != SOURCE_LANGUAGE or len(set(value)) != len(value):
            raise fail("start with en, the language content is written in, and name each language once, for example [en, es]")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_zone(value)

    @property
    def banner_text(self) -> str:
        return self.official_banner or f"An official website of the {self.state_name}"
