"""The gate: every built page checked in a real browser before anything is published.

``run_gate`` knows nothing of MkDocs: it checks a folder of HTML, so it works on any
static site (govportal's own checks apply only to pages govportal built).
"""

from govportal.gate.browser import BrowserUnavailable
from govportal.gate.issues import GateRun, Issue
from govportal.gate.runner import GateOptions, run_gate

__all__ = ["BrowserUnavailable", "GateOptions", "GateRun", "Issue", "run_gate"]
