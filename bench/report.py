"""BENCHMARKS.md and plots from a benchmark result."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _plots(result: dict[str, Any], folder: Path) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    sizes = [int(n) for n in result["runs"]]
    runs = [result["runs"][str(n)] for n in sizes]
    made = []
    for name, title, series in (
        ("build-time.png", "Build time (s)", [("govportal", [r["govportal_build"]["median_s"] for r in runs]),
                                              ("Material, navigation.prune", [r["material_prune_build"]["median_s"] for r in runs]),
                                              ("Material, full navigation", [r.get("material_build", {}).get("median_s", float("nan")) for r in runs])]),
        ("html-size.png", "HTML per service page, median (KB)", [("govportal", [r["service_html_kb"]["median"] for r in runs]),
                                                                  ("Material, navigation.prune", [r["material_prune_service_html_kb"]["median"] for r in runs])]),
    ):
        figure, axes = plt.subplots(figsize=(6, 4))
        for label, values in series:
            axes.plot(sizes, values, marker="o", label=label)
        axes.set_xscale("log")
        axes.set_xlabel("service pages")
        axes.set_title(title)
        axes.legend()
        figure.tight_layout()
        figure.savefig(folder / name, dpi=100)
        plt.close(figure)
        made.append(name)
    return made


def _slow_phone_rows(result: dict[str, Any]) -> str:
    """Slow 3G and shard rows (bench.slow3g, bench.shard_check); empty for results from before them."""
    if "slow3g" not in result:
        return ""
    slow = result["slow3g"]["precompressed_br"]
    return (
        f"| first contentful paint, service page, slow 3G (400 ms, 400 kbit/s, empty cache, .br served) | {result['slow3g_fcp_s']} s ({slow['fcp']['kb']} KB) | ≤ 1.5 s |\n"
        f"| search for one word, same profile | {result['slow3g_search_s']} s, {slow['search']['kb']} KB in {slow['search']['requests']} requests | ≤ 3 s |\n"
        + _typed_search_row(slow)
        + f"| gate in 2 and in 3 shards, merged, equals one run ({result['shard_merge']['pages']} pages) | {str(result['shard_merge_equal']).lower()} | true |\n"
    )


def _typed_search_row(slow: dict[str, Any]) -> str:
    """The search typed into a service page's search box; empty for results from before it."""
    if "typed_search" not in slow:
        return ""
    typed = slow["typed_search"]
    return f"| the same word typed into a service page's search box (0.3 s a letter), Enter to results | {typed['seconds']} s ({typed['kb']} KB, both pages) | — |\n"


def _preview_row(result: dict[str, Any]) -> str:
    """The editor preview's row (bench.preview_reload); empty for results from before it."""
    if "preview_reload" not in result:
        return ""
    preview = result["preview_reload"]
    return f"| editor preview, save to page shown, {preview['services']}-service site | {result['preview_reload_s']} s (server CPU a save {preview['rebuild_cpu_s']} s) | ≤ 1 s |\n"


def write_report(result: dict[str, Any], target: Path, folder: Path) -> None:
    rows = []
    for n, run in result["runs"].items():
        gated = run.get("gated_build", {}).get("median_s", "—")
        rows.append(
            f"| {n} | {run['pages']} | {run['govportal_build']['median_s']} ({run['govportal_build']['min_s']}–{run['govportal_build']['max_s']}) "
            f"| {gated} | {run.get('material_build', {}).get('median_s', '—')} | {run['material_prune_build']['median_s']} | {run['ratio_build_vs_material_prune']} "
            f"| {run['ms_per_service']} | {run['service_html_kb']['median']} / {run['service_html_kb']['max']} "
            f"| {run['material_prune_service_html_kb']['median']} | {run['govportal_build']['peak_rss_mb']} |"
        )
    plots = _plots(result, folder)
    gate = result["gate_speed"]
    text = f"""# Benchmarks

Measured by `python -m bench` ({', '.join(str(s) for s in result['sizes'])} synthetic service pages, median of
{next(iter(result['runs'].values()))['govportal_build']['runs']} runs, min–max in brackets), on: {result['machine']['system']},
{result['machine']['cpus']} CPUs, Python {result['machine']['python']}. Raw figures: `bench/results/latest.json`.

govportal writes two pages per service (the service page and its survey page) plus agency,
topic and list pages, and builds the Pagefind index and sitemap; plain Material writes one page
per service and its lunr index.

| services | pages (govportal) | govportal build s | gated build s | Material s | Material prune s | ratio vs prune | ms per service | service HTML KB median / max | Material prune HTML KB | peak RSS MB |
|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

| measure | result | target |
|---|---|---|
| build time vs Material with `navigation.prune` (worst N) | {result['max_ratio_build_vs_material_prune']}× | ≤ 1.0× |
| time per service at the largest N / the cheapest N (start-up makes small N dearer) | {result['ms_per_service_spread']}× | ≤ 1.2× |
| HTML per service page (max) | {result['max_service_html_kb']} KB | ≤ 40 KB |
| first load of a service page (HTML + CSS + JS + images, gzipped) | {result['first_load_kb_gz']} KB in {result['first_load_requests']} requests | ≤ 50 KB |
| requests to other hosts | {result['external_requests']} | 0 |
| gate, both viewports, {result['gate_site_services']}-service site | {gate['one_worker']['pages_per_s']} pages/s (1 worker), {gate['default_workers']['pages_per_s']} pages/s (default workers) | ≥ 4 pages/s |
| gate against a plain Playwright + axe loop (one tab, axe at 320 then 1280 px), the same {result['gate_vs_naive']['pages']} pages | {result['gate_vs_naive_ratio']}× ({result['gate_vs_naive']['gate']['pages_per_s']} against {result['gate_vs_naive']['naive']['pages_per_s']} pages/s) | faster, doing more |
| one service changed, rebuilt and re-gated (`--incremental`), {result['one_page_change']['services']}-service site | {result['one_page_change_s']} s | ≤ 15 s at 1,000 |
| search: one query ("{result['search']['query']}") | {result['search']['kb_index']} KB of index, {result['search']['kb_total']} KB with the search engine, {result['search']['files']} files | chunks only |
{_slow_phone_rows(result)}{_preview_row(result)}
{''.join(f'![{p}](bench/results/{p})' + chr(10) for p in plots)}
"""
    target.write_text(text + _analysis(target), encoding="utf-8")


REPRODUCE = """## Reproduce

```sh
./scripts/test                     # sets up .venv
.venv/bin/python -m bench --sizes 100 1000 5000 10000 --repeats 3
.venv/bin/python -m bench --quick  # a 2-service smoke run
```
"""


def _analysis(target: Path) -> str:
    """What follows the figures in an existing BENCHMARKS.md, from its first section on: the
    analysis of each pass, written by hand, which a new run must not lose."""
    text = target.read_text(encoding="utf-8") if target.is_file() else ""
    start = text.find("\n## ")
    return text[start + 1 :] if start >= 0 else REPRODUCE
