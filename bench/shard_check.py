"""Does a gate split into shards find what one run finds? ``shard_merge_equal`` for latest.json.

The full run and every shard run on the same built site; the shards' JSON reports are read
back and merged exactly as ``govportal report merge`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govportal.gate import GateOptions, GateRun, run_gate
from govportal.reports.json_report import json_report, read_json_report
from govportal.reports.merge import merge_problems, merge_runs
from govportal.shards import Shard


def shard_merge(site: Path, counts: tuple[int, ...] = (2, 3)) -> dict[str, Any]:
    """``equal`` is true when the merge of each split has the same pages and issues as the full run."""
    full = run_gate(GateOptions(site=site))
    splits: dict[str, Any] = {}
    for count in counts:
        reports = {}
        for index in range(1, count + 1):
            shard = Shard(index, count)
            reports[str(shard)] = read_json_report(json_report(_gate(site, shard), shard))
        merged = merge_runs([r.run for r in reports.values()])
        splits[str(count)] = {
            "problems": merge_problems(reports),
            "equal": merged.pages == full.pages and merged.issues == full.issues,
            "pages_per_shard": [len(r.run.pages) for r in reports.values()],
            "slowest_shard_s": round(merged.seconds, 2),
        }
    equal = all(s["equal"] and not s["problems"] for s in splits.values())
    return {"equal": equal, "pages": len(full.pages), "issues": len(full.issues), "full_s": round(full.seconds, 2), "splits": splits}


def _gate(site: Path, shard: Shard) -> GateRun:
    return run_gate(GateOptions(site=site, select=shard.owns))
