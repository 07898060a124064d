"""The gate run as JSON, for dashboards and scripts, and read back to merge the shards of one run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from govportal.gate.issues import GateRun, Issue
from govportal.shards import Shard, ShardError, parse_shard


def json_report(run: GateRun, shard: Shard | None = None) -> str:
    data = {
        "passed": run.passed,
        "pages": len(run.pages),
        "checked": len(run.pages) - len(run.skipped),
        "viewports": run.viewports,
        "seconds": round(run.seconds, 3),
        "errors": len(run.errors),
        "warnings": len(run.warnings),
        "shard": str(shard) if shard else None,
        "page_list": run.pages,
        "issues": [i.to_dict() for i in run.issues],
        "baselined": [i.to_dict() for i in run.baselined],
        "fixed": [dict(zip(("rule", "page", "viewport", "selector"), key)) for key in run.fixed],
        "skipped": run.skipped,
    }
    return json.dumps(data, indent=2) + "\n"


class ReportError(ValueError):
    """A JSON report that cannot be read back; the message says what is wrong with it."""


@dataclass(frozen=True)
class ReadReport:
    """A gate run read from a JSON report, and the shard it covered (``None``: every page)."""

    run: GateRun
    shard: Shard | None


def read_json_report(text: str) -> ReadReport:
    """The run a :func:`json_report` wrote; :class:`ReportError` says what is missing or malformed."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ReportError("it is not a gate report (expected a JSON object)")
        if "page_list" not in data:
            raise ReportError("it has no page list; it was written by an older govportal: run the gate again")
        run = GateRun(
            pages=[str(p) for p in data["page_list"]],
            viewports=[str(v) for v in data["viewports"]],
            issues=[_issue(i) for i in data["issues"]],
            skipped=[str(p) for p in data["skipped"]],
            baselined=[_issue(i) for i in data["baselined"]],
            fixed=[(f["rule"], f["page"], f["viewport"], f["selector"]) for f in data["fixed"]],
            seconds=float(data["seconds"]),
        )
        return ReadReport(run, parse_shard(data["shard"]) if data.get("shard") else None)
    except ReportError:
        raise
    except json.JSONDecodeError as exc:
        raise ReportError(f"line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    except ShardError as exc:
        raise ReportError(f"shard: {exc}") from exc
    except KeyError as exc:
        raise ReportError(f"the field {exc.args[0]!r} is missing") from exc
    except (TypeError, ValueError) as exc:
        raise ReportError(f"a field has the wrong type ({exc})") from exc


def _issue(data: dict[str, Any]) -> Issue:
    severity = data["severity"]
    if severity not in ("error", "warning"):
        raise ReportError(f"an issue has severity {severity!r}; expected 'error' or 'warning'")
    rule, page, viewport, selector, message, help_url = (str(data[name]) for name in ("rule", "page", "viewport", "selector", "message", "help_url"))
    details = tuple(str(line) for line in data.get("details", ()))
    return Issue(rule, page, viewport, selector, message, severity, help_url, details)
