"""BENCHMARKS.md written from a run keeps the analysis written by hand below its figures."""

from __future__ import annotations

from pathlib import Path

from bench.report import REPRODUCE, _analysis


def test_a_new_run_keeps_every_section_written_by_hand(tmp_path: Path) -> None:
    target = tmp_path / "BENCHMARKS.md"
    target.write_text("# Benchmarks\n\n| old | figures |\n\n## Fifth pass\n\nWhat was measured.\n\n## Reproduce\n\nsteps\n", encoding="utf-8")
    assert _analysis(target) == "## Fifth pass\n\nWhat was measured.\n\n## Reproduce\n\nsteps\n"


def test_a_first_run_says_how_to_reproduce_it(tmp_path: Path) -> None:
    assert _analysis(tmp_path / "BENCHMARKS.md") == REPRODUCE
