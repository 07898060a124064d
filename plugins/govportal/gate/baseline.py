"""Known issues recorded on purpose, so a site can adopt the gate and fail only on new ones.

The baseline is a committed JSON file of issue keys (rule, page, viewport, element).
"""

from __future__ import annotations

import json
from pathlib import Path

from govportal.gate.issues import Issue

Key = tuple[str, str, str, str]


def load_baseline(path: Path) -> set[Key]:
    if not path.is_file():
        return set()
    entries = json.loads(path.read_text(encoding="utf-8")).get("issues", [])
    return {(e["rule"], e["page"], e["viewport"], e["selector"]) for e in entries}


def save_baseline(path: Path, issues: list[Issue]) -> None:
    entries = sorted({i.key: i for i in issues if i.severity == "error"}.values())
    data = {
        "about": "Known accessibility issues accepted for now by 'govportal check --update-baseline'. Fix them and run it again.",
        "issues": [{"rule": i.rule, "page": i.page, "viewport": i.viewport, "selector": i.selector, "message": i.message} for i in entries],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def split_by_baseline(issues: list[Issue], known: set[Key], checked_pages: set[str]) -> tuple[list[Issue], list[Issue], list[Key]]:
    """(new issues, baselined issues, baseline keys now fixed) — fixed only among pages checked this run."""
    new = [i for i in issues if i.key not in known or i.severity != "error"]
    baselined = [i for i in issues if i.key in known and i.severity == "error"]
    found = {i.key for i in issues}
    fixed = sorted(k for k in known if k not in found and k[1] in checked_pages)
    return new, baselined, fixed
