"""Gate settings: ``gate:`` under the govportal plugin in ``site.yml`` (all optional)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from govportal.model.fields import ContentModel, Text, fail
from govportal.rules import RULES

DEFAULT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class Viewport(ContentModel):
    name: Text
    width: Annotated[int, Field(ge=200, le=4000)]
    height: Annotated[int, Field(ge=200, le=4000)]


class DisabledRule(ContentModel):
    """A rule switched off, for the whole site or some pages; a reason is required."""

    rule: Text
    reason: Text
    pages: list[Text] = ["*"]  # glob patterns of page paths, e.g. services/*/index.html


class GateSettings(ContentModel):
    axe_tags: list[Text] = DEFAULT_TAGS
    viewports: Annotated[list[Viewport], Field(min_length=1)] = [
        Viewport(name="mobile", width=320, height=640),
        Viewport(name="desktop", width=1280, height=800),
    ]
    reading_grade: float = 8.0
    page_weight_kb: int = 200
    tab_presses: Annotated[int, Field(ge=1, le=20)] = 3
    severity: dict[str, Literal["error", "warning"]] = {}
    disabled: list[DisabledRule] = []
    allowed_acronyms: list[Text] = ["ID", "US", "USA", "PDF", "PO", "OK", "TV", "FAQ"]
    # Hosts a page may load images, styles or fonts from (the portal's own CDN, an agency image
    # host), e.g. cdn.example.gov or *.images.example.gov; anything else is an external-request error.
    allowed_hosts: list[Text] = []
    # Parts shared by every page; axe checks each distinct version of them once.
    shared_parts: list[Text] = [".gp-official", ".gp-header", ".gp-menu", ".gp-footer"]
    baseline: Text = "gate-baseline.json"
    # Colour rules (contrast, links told apart by colour) cost most of axe's time and rarely
    # change with screen width, so by default they run at the first viewport only.
    colour_rules_every_viewport: bool = False
    # At the viewports after the first, axe reruns only the rules a change of width can alter
    # (limited, same findings; gate/checks/axe.py WIDTH_RULES), or every rule (full).
    axe_second_width: Literal["full", "limited"] = "limited"

    @field_validator("severity")
    @classmethod
    def _known_rules(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = [k for k in value if k not in RULES and not k.startswith("axe/")]
        if unknown:
            raise fail(f"unknown rule {', '.join(unknown)}; use one of {', '.join(RULES)} or axe/<axe rule id>")
        return value
