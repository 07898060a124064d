"""What the gate found: one issue per rule, page, viewport and element."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from govportal.rules import Severity


@dataclass(frozen=True, order=True)
class Issue:
    rule: str
    page: str  # site path, e.g. services/dmv/renew-license/
    viewport: str  # "" when the check does not depend on the screen size
    selector: str
    message: str
    severity: Severity = "error"
    help_url: str = ""
    details: tuple[str, ...] = ()  # more lines for the reader (the hardest sentences), not part of the key

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What identifies the same issue across runs (for the baseline)."""
        return (self.rule, self.page, self.viewport, self.selector)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class GateRun:
    """The outcome of one gate run."""

    pages: list[str] = field(default_factory=list)
    viewports: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last pass (incremental)
    baselined: list[Issue] = field(default_factory=list)
    fixed: list[tuple[str, str, str, str]] = field(default_factory=list)  # baseline entries no longer found
    seconds: float = 0.0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def passed(self) -> bool:
        return not self.errors
