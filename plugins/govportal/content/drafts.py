"""Agency files marked ``status: draft``: checked like any file, but allowed to be incomplete.

A draft is never published. What it has must be valid (a wrong phone number is an error
even in a draft); what it lacks is listed by ``govportal review`` instead of stopping the build.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError

from govportal.content.errors import findings_from
from govportal.findings import Finding
from govportal.model.agency import INCOMPLETE, Agency, AgencyDraft


def is_draft(data: Any) -> bool:
    return isinstance(data, dict) and data.get("status") == "draft"


def read_draft(data: dict[str, Any], path: str, today: date) -> tuple[AgencyDraft | None, list[Finding]]:
    """The draft and what it lacks, or ``None`` and the errors in what it has."""
    try:
        agency = Agency.model_validate(data, context={"today": today})
    except ValidationError as exc:
        # findings_from gives one finding per error, in pydantic's order.
        pairs = list(zip(exc.errors(include_url=False), findings_from(exc, path, Agency), strict=True))
        missing = tuple(f.field for e, f in pairs if e["type"] in INCOMPLETE)
        problems = [f for e, f in pairs if e["type"] not in INCOMPLETE]
        if "name" in missing:
            problems.append(Finding(path, "name", "a draft needs at least the agency's name"))
        if problems:
            return None, problems
        return AgencyDraft(str(data["name"]).strip(), missing), []
    return AgencyDraft(agency.name, ()), []
