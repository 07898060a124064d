"""What every govportal command shares: where messages go and how problems are printed."""

from __future__ import annotations

from rich.console import Console

from govportal.findings import Finding, errors

# soft_wrap: a finding stays on one line, whatever the width, so CI tools can parse it.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def print_findings(findings: list[Finding], consequence: str = "") -> None:
    """One line per problem, ``path: field: message``, errors first; never read as markup."""
    for finding in sorted(findings, key=lambda f: (f.severity != "error", f)):
        style = "bold red" if finding.severity == "error" else "yellow"
        err.print(f"{finding.severity}: ", style=style, end="", markup=False)
        err.print(str(finding), markup=False)
    count = len(errors(findings))
    if count:
        err.print(f"{count} error{'s' if count != 1 else ''} found.{consequence}", style="bold red", markup=False)
