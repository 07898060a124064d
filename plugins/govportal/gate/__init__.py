"""The gate: every built page checked in a real browser before anything is published.

``run_gate`` knows nothing of MkDocs: it checks a folder of HTML, so it works on any
static site (govportal's own checks apply only to pages govportal built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govportal.gate.issues import GateRun, Issue

if TYPE_CHECKING:
    from govportal.gate.browser import BrowserUnavailable
    from govportal.gate.runner import GateOptions, run_gate


def __getattr__(name: str) -> Any:
    """The browser side (Playwright) loads only when a gate runs, so other commands start fast."""
    if name == "BrowserUnavailable":
        from govportal.gate.browser import BrowserUnavailable

        return BrowserUnavailable
    if name in ("GateOptions", "run_gate"):
        from govportal.gate import runner

        return getattr(runner, name)
    raise AttributeError(name)


__all__ = ["BrowserUnavailable", "GateOptions", "GateRun", "Issue", "run_gate"]
