"""The summary printed at the end of a gate run: grouped by rule, each line a page and an element."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from govportal.gate.issues import GateRun
from govportal.reports.grouping import by_rule


def print_run(run: GateRun, console: Console, limit_per_rule: int = 20) -> None:
    for rule_id, summary, help_url, issues in by_rule(run.issues):
        style = "bold red" if issues[0].severity == "error" else "bold yellow"
        console.print(Text(f"\n{issues[0].severity.upper()} {rule_id} ({len(issues)})", style=style))
        console.print(Text(f"  {summary}"))
        if help_url:
            console.print(Text(f"  How to fix: {help_url}", style="dim"))
        for issue in issues[:limit_per_rule]:
            where = f"/{issue.page}" + (f" [{issue.viewport}]" if issue.viewport else "")
            console.print(Text(f"  - {where} {issue.selector}: {issue.message}"))
            for detail in issue.details:
                console.print(Text(f"      · {detail}"))
        if len(issues) > limit_per_rule:
            console.print(Text(f"  ... and {len(issues) - limit_per_rule} more (see the HTML or JSON report)"))
    if run.fixed:
        console.print(Text(f"\n{len(run.fixed)} baselined issue(s) are fixed; run 'govportal check --update-baseline' to drop them:", style="green"))
        for rule_id, page, viewport, selector in run.fixed[:limit_per_rule]:
            console.print(Text(f"  - {rule_id} /{page} {viewport} {selector}"))
    checked = len(run.pages) - len(run.skipped)
    rate = checked / run.seconds if run.seconds else 0.0
    verdict = Text("PASSED" if run.passed else "FAILED", style="bold green" if run.passed else "bold red")
    line = Text("\nGate ").append(verdict).append(
        f": {len(run.pages)} pages, {checked} checked at {len(run.viewports)} sizes ({rate:.1f} pages/s), "
        f"{len(run.skipped)} unchanged; {len(run.errors)} errors, {len(run.warnings)} warnings"
        + (f", {len(run.baselined)} known (baseline)" if run.baselined else "")
    )
    console.print(line)
