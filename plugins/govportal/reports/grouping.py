"""Issues grouped the way people fix them: by rule, then by page."""

from __future__ import annotations

from collections import defaultdict

from govportal.gate.issues import Issue
from govportal.rules import rule


def by_rule(issues: list[Issue]) -> list[tuple[str, str, str, list[Issue]]]:
    """(rule id, one-line explanation, help link, issues), errors first, biggest groups first."""
    groups: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        groups[issue.rule].append(issue)
    ordered = sorted(groups.items(), key=lambda item: (item[1][0].severity != "error", -len(item[1]), item[0]))
    result = []
    for rule_id, members in ordered:
        details = rule(rule_id)
        summary = details.summary or members[0].message.split(":")[0]
        result.append((rule_id, summary, members[0].help_url or details.help_url, sorted(members)))
    return result
