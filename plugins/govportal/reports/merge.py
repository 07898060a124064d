"""Join the JSON reports of a gate run split across CI runners into the one run they make up.

A shard owns its pages and every issue on them (site-wide checks such as duplicate titles
report each issue on its own page), so merging is a union. What merging must refuse is a
union that is not the whole run: a shard missing, a page checked twice, or runs of
different screen sizes.
"""

from __future__ import annotations

from collections import Counter

from govportal.gate.issues import GateRun
from govportal.reports.json_report import ReadReport


def merge_problems(reports: dict[str, ReadReport]) -> list[str]:
    """Every reason the reports (by file name) do not make up one whole run; empty when they do."""
    problems: list[str] = []
    viewports = {name: r.run.viewports for name, r in reports.items()}
    first_name, first = next(iter(viewports.items()))
    problems += [f"{name}: screen sizes {', '.join(v)} differ from {first_name} ({', '.join(first)})" for name, v in viewports.items() if v != first]
    counts = {r.shard.count for r in reports.values() if r.shard}
    if len(counts) > 1:
        problems.append(f"the reports split the pages in different ways ({', '.join(f'{n} parts' for n in sorted(counts))}); merge the reports of one run")
    elif counts:
        count = counts.pop()
        seen = Counter(r.shard.index for r in reports.values() if r.shard)
        problems += [f"shard {i}/{count} is missing: pass every shard's report" for i in range(1, count + 1) if i not in seen]
        problems += [f"shard {i}/{count} is given {n} times" for i, n in sorted(seen.items()) if n > 1]
    owners: dict[str, str] = {}
    for name, report in reports.items():
        for page in report.run.pages:
            if page in owners and owners[page] != name:
                problems.append(f"{name}: page /{page} was also checked in {owners[page]}")
            owners.setdefault(page, name)
    return problems


def merge_runs(runs: list[GateRun]) -> GateRun:
    """One run from the runs of its shards. Time is the slowest shard's: the shards ran side by side."""
    return GateRun(
        pages=sorted({p for r in runs for p in r.pages}),
        viewports=runs[0].viewports if runs else [],
        issues=sorted(i for r in runs for i in r.issues),  # a list, not a set: a page may hold one issue twice
        skipped=sorted({p for r in runs for p in r.skipped}),
        baselined=sorted(i for r in runs for i in r.baselined),
        fixed=sorted({k for r in runs for k in r.fixed}),
        seconds=max((r.seconds for r in runs), default=0.0),
    )
