"""The benchmark runs end to end in quick mode and reports every metric (no timing asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

METRICS = [
    "machine", "runs", "max_ratio_build_vs_material_prune", "max_service_html_kb", "first_load_kb_gz",
    "gate_pages_per_s", "gate_vs_naive_ratio", "one_page_change_s", "external_requests", "search", "peak_rss_mb", "ms_per_service_spread", "slow3g_fcp_s",
]


def test_quick_benchmark_reports_every_metric(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--work", str(tmp_path / "work"), "--output", str(output)],
        cwd=REPO, capture_output=True, text=True, timeout=600, env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(output.read_text(encoding="utf-8"))
    assert [key for key in METRICS if key not in data] == []
    run = data["runs"]["2"]
    for key in ("govportal_build", "material_build", "material_prune_build", "ratio_build_vs_material_prune", "service_html_kb", "gated_build", "gate_in_build"):
        assert key in run, key
    assert data["external_requests"] == 0
    assert data["gate_speed"]["default_workers"]["passed"] is True
    assert data["gate_pages_per_s"] == data["gate_speed"]["default_workers"]["pages_per_s"] > 0  # a number, the detail beside it
    assert data["search"]["files"] > 0
