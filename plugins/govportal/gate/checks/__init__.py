"""One module per check. Browser checks take a Playwright page already showing the page
under test; site checks read the built folder. All return issues; none raise for a finding."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.gate.issues import Issue
from govportal.rules import rule
from govportal.config.gate import GateSettings


@dataclass(frozen=True)
class Where:
    """The page and viewport being checked, and the settings in force."""

    page: str
    viewport: str
    settings: GateSettings
    govportal: bool  # built by govportal: its own markup (Live Help, feedback form) is expected

    def issue(self, rule_id: str, selector: str, message: str, *, per_viewport: bool = True) -> Issue:
        found = rule(rule_id)
        return Issue(rule_id, self.page, self.viewport if per_viewport else "", selector, message, found.severity, found.help_url)
