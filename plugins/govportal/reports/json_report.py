"""The gate run as JSON, for dashboards and scripts."""

from __future__ import annotations

import json

from govportal.gate.issues import GateRun


def json_report(run: GateRun) -> str:
    data = {
        "passed": run.passed,
        "pages": len(run.pages),
        "checked": len(run.pages) - len(run.skipped),
        "viewports": run.viewports,
        "seconds": round(run.seconds, 3),
        "errors": len(run.errors),
        "warnings": len(run.warnings),
        "issues": [i.to_dict() for i in run.issues],
        "baselined": [i.to_dict() for i in run.baselined],
        "fixed": [dict(zip(("rule", "page", "viewport", "selector"), key)) for key in run.fixed],
        "skipped": run.skipped,
    }
    return json.dumps(data, indent=2) + "\n"
