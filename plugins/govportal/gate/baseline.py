"""Known issues recorded on purpose, so a site can adopt the gate and fail only on new ones.

The baseline is a committed JSON file of issue keys (rule, page, viewport, element), each with
the date its fix is planned for (``fix_by``).
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from govportal import clock

from govportal.gate.issues import Issue

Key = tuple[str, str, str, str]


def load_baseline(path: Path) -> set[Key]:
    if not path.is_file():
        return set()
    entries = json.loads(path.read_text(encoding="utf-8")).get("issues", [])
    return {(e["rule"], e["page"], e["viewport"], e["selector"]) for e in entries}


# A known issue's planned fix date (``fix_by``, shown on the accessibility statement) when
# it is first recorded; editors move it in the file, and a later --update-baseline keeps theirs.
FIX_WITHIN = timedelta(days=90)


def save_baseline(path: Path, issues: list[Issue]) -> None:
    entries = sorted({i.key: i for i in issues if i.severity == "error"}.values())
    planned = fix_dates(path)
    default_fix = (clock.now().date() + FIX_WITHIN).isoformat()
    data = {
        "about": "Known accessibility issues accepted for now by 'govportal check --update-baseline'. Fix them and run it again.",
        "issues": [{"rule": i.rule, "page": i.page, "viewport": i.viewport, "selector": i.selector, "message": i.message, "fix_by": planned.get(i.key) or default_fix} for i in entries],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def fix_dates(path: Path) -> dict[Key, str]:
    """Planned fix dates (YYYY-MM-DD) of the baseline's entries that have one."""
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text(encoding="utf-8")).get("issues", [])
    return {(e["rule"], e["page"], e["viewport"], e["selector"]): e["fix_by"] for e in entries if e.get("fix_by")}


def split_by_baseline(issues: list[Issue], known: set[Key], checked_pages: set[str]) -> tuple[list[Issue], list[Issue], list[Key]]:
    """(new issues, baselined issues, baseline keys now fixed) — fixed only among pages checked this run."""
    new = [i for i in issues if i.key not in known or i.severity != "error"]
    baselined = [i for i in issues if i.key in known and i.severity == "error"]
    found = {i.key for i in issues}
    fixed = sorted(k for k in known if k not in found and k[1] in checked_pages)
    return new, baselined, fixed
