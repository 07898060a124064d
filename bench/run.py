"""Benchmark govportal against plain mkdocs-material on the same content, in one run.

    python -m bench                 # N = 100, 1000, 5000, 10000 (long: about an hour)
    python -m bench --quick         # N = 2, one repeat: a smoke run
    python -m bench --sizes 100 1000 --repeats 3

Writes bench/results/latest.json (and, unless --quick, BENCHMARKS.md and plots).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.synthetic import make_material_project, make_portal

if TYPE_CHECKING:
    from govportal.gate import GateRun

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
NOW = "2026-11-23T10:00:00-07:00"
GOVPORTAL = [str(Path(sys.executable).parent / "govportal")]
PASS_CACHE = Path(".govportal/gate-cache.json")  # where `build --incremental` keeps the pages that passed
NAIVE_PAGES, QUICK_NAIVE_PAGES = 40, 2  # pages in the gate against naive loop comparison (the quick run's is a smoke figure)


@dataclass
class Timed:
    seconds: list[float]
    peak_rss_mb: float

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def summary(self) -> dict[str, Any]:
        return {"median_s": round(self.median, 3), "min_s": round(min(self.seconds), 3), "max_s": round(max(self.seconds), 3),
                "runs": len(self.seconds), "peak_rss_mb": round(self.peak_rss_mb, 1)}


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and peak memory of one command (its own process, measured by wait4)."""
    env = os.environ | {"GOVPORTAL_NOW": NOW, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(HERE.parent)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}: {process.stderr.read().decode() if process.stderr else ''}")
    return elapsed, usage.ru_maxrss / 1024


def timed(command: list[str], cwd: Path, repeats: int) -> Timed:
    runs = [_run(command, cwd) for _ in range(repeats)]
    return Timed([t for t, _ in runs], max(m for _, m in runs))


def html_sizes(site: Path) -> list[int]:
    return sorted(p.stat().st_size for p in site.glob("services/*/*/index.html"))


def first_load(site: Path, page: str) -> dict[str, Any]:
    """Requests, requests to other hosts, and bytes (gzipped) a browser fetches for one page."""
    from playwright.sync_api import sync_playwright

    from govportal.gate.browser import launch
    from govportal.gate.server import serve_directory

    with serve_directory(site) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        tab = browser.new_page()
        responses: list[tuple[str, bytes]] = []
        tab.on("response", lambda r: responses.append((r.url, r.body() if r.ok else b"")))
        tab.goto(base + page, wait_until="networkidle")
        browser.close()
    external = [url for url, _ in responses if not url.startswith(base)]
    return {
        "requests": len(responses),
        "external_requests": len(external),
        "kb_gz": round(sum(len(gzip.compress(body)) for _, body in responses) / 1024, 1),
    }


def search_bytes(site: Path, query: str) -> dict[str, Any]:
    """Bytes the browser fetches from the search index for one query (engine and index chunks)."""
    from playwright.sync_api import sync_playwright

    from govportal.gate.browser import launch
    from govportal.gate.server import serve_directory

    with serve_directory(site) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        tab = browser.new_page()
        fetched: list[tuple[str, int]] = []
        tab.on("response", lambda r: fetched.append((r.url, len(r.body()))) if "/pagefind/" in r.url else None)
        tab.goto(f"{base}search/?q={query}")
        tab.wait_for_selector("[data-gp-search-results] li, [data-gp-search-status]:has-text('No results')", timeout=30000)
        tab.wait_for_timeout(300)
        browser.close()
    engine = sum(size for url, size in fetched if url.endswith((".js", "wasm.en.pagefind", "wasm.unknown.pagefind")))
    total = sum(size for _, size in fetched)
    return {"query": query, "kb_total": round(total / 1024, 1), "kb_index": round((total - engine) / 1024, 1), "files": len(fetched)}


def gate_speed(site: Path, workers: int) -> dict[str, Any]:
    """Pages a second over the whole site."""
    from govportal.gate import GateOptions, run_gate

    return _speed(run_gate(GateOptions(site=site, workers=workers)), workers)


def _speed(run: GateRun, workers: int) -> dict[str, Any]:
    return {"workers": workers or "default", "pages": len(run.pages), "seconds": round(run.seconds, 2),
            "pages_per_s": round(len(run.pages) / run.seconds, 2), "passed": run.passed}


def naive_speed(site: Path, pages: list[str]) -> dict[str, Any]:
    """What a team would write without govportal: one tab, each page loaded, axe (the gate's WCAG
    tags) at 320 px, the tab widened, axe again at 1280 px; page after page."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from govportal.config.gate import DEFAULT_TAGS
    from govportal.gate.browser import launch
    from govportal.gate.server import serve_directory

    axe, options = Axe(), {"runOnly": {"type": "tag", "values": DEFAULT_TAGS}, "resultTypes": ["violations"]}
    with serve_directory(site) as base, sync_playwright() as playwright:
        started = time.perf_counter()
        browser = launch(playwright)
        tab = browser.new_page(viewport={"width": 320, "height": 640})
        for page in pages:
            tab.set_viewport_size({"width": 320, "height": 640})
            tab.goto(base + page)
            axe.run(tab, options=options)
            tab.set_viewport_size({"width": 1280, "height": 800})
            axe.run(tab, options=options)
        browser.close()
        seconds = time.perf_counter() - started
    return {"pages": len(pages), "seconds": round(seconds, 2), "pages_per_s": round(len(pages) / seconds, 2)}


def gate_against_naive(site: Path, count: int) -> dict[str, Any]:
    """The gate (default workers, every check) and the naive loop over the same ``count`` pages,
    spread over the site, one run after the other. Both times include starting the browser."""
    from govportal.gate import GateOptions, run_gate
    from govportal.site_folder import html_pages, page_url

    files = sorted(html_pages(site))
    chosen = [page_url(f, site) for f in files[:: max(1, len(files) // count)]][:count]
    gate = _speed(run_gate(GateOptions(site=site, select=set(chosen).__contains__)), 0)
    naive = naive_speed(site, chosen)
    return {"gate_vs_naive_ratio": round(gate["pages_per_s"] / naive["pages_per_s"], 2),
            "gate_vs_naive": {"pages": len(chosen), "gate": gate, "naive": naive}}


def one_page_change(project: Path) -> dict[str, Any]:
    """Edit one service, then rebuild and re-gate with --incremental (the gated build warmed the pass cache)."""
    build = [*GOVPORTAL, "build", "--incremental"]
    if not (project / PASS_CACHE).is_file():
        _run(build, project)
    page = next(project.glob("content/services/*/*.md"))
    page.write_text(page.read_text(encoding="utf-8").replace("## Before you start", "## Before you begin"), encoding="utf-8")
    seconds, memory = _run(build, project)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(memory, 1)}


def bench_size(n: int, work: Path, repeats: int, gate_limit: int, full_nav_limit: int) -> dict[str, Any]:
    project = work / f"govportal-{n}"
    make_portal(project, n)
    ours = timed([*GOVPORTAL, "build", "--no-gate"], project, repeats)
    results: dict[str, Any] = {"services": n, "govportal_build": ours.summary()}
    for prune in (False, True) if n <= full_nav_limit else (True,):
        material = make_material_project(project, work / f"material-{n}-{'prune' if prune else 'full'}", prune)
        key = "material_prune_build" if prune else "material_build"
        results[key] = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "out"], material.parent, repeats).summary()
    site = project / "site"
    sizes = html_sizes(site)
    results["pages"] = len(list(site.rglob("*.html")))
    results["service_html_kb"] = {"median": round(statistics.median(sizes) / 1024, 1), "max": round(max(sizes) / 1024, 1)}
    material_sizes = html_sizes(work / f"material-{n}-prune" / "out")
    results["material_prune_service_html_kb"] = {"median": round(statistics.median(material_sizes) / 1024, 1), "max": round(max(material_sizes) / 1024, 1)}
    results["ratio_build_vs_material_prune"] = round(ours.median / results["material_prune_build"]["median_s"], 2)
    results["ms_per_service"] = round(1000 * ours.median / n, 2)
    if n <= gate_limit:
        # The project is new, so its pass cache is empty and this gates every page; it leaves the
        # cache that one_page_change starts from, instead of a second full gate to warm it. Its
        # report gives the gate's speed with the default workers, instead of a second full gate.
        from govportal.reports.json_report import read_json_report

        report = work / f"gate-{n}.json"
        results["gated_build"] = timed([*GOVPORTAL, "build", "--incremental", "--json", str(report)], project, 1).summary()
        results["gate_in_build"] = _speed(read_json_report(report.read_text(encoding="utf-8")).run, 0)
    return results


def _one_page_change_keys(project: Path, services: int) -> dict[str, Any]:
    """``one_page_change_s`` as a number (issue 16 asks for numbers under its keys), the detail beside it."""
    changed = {"services": services, **one_page_change(project)}
    return {"one_page_change_s": changed["seconds"], "one_page_change": changed}


def _slow_phone_and_shard_keys(site: Path, service_page: str, small_site: Path, quick: bool) -> dict[str, Any]:
    """Slow 3G figures on the gate-sized site; the shard check on the smallest. The shard check runs
    the gate three times over, so the quick run (the test suite's) leaves it to tests/build/test_shards.py."""
    from bench.shard_check import shard_merge
    from bench.slow3g import measure

    slow = measure(site, service_page, "license", repeats=1 if quick else 3)
    shards = None if quick else shard_merge(small_site)
    return {
        "slow3g_fcp_s": slow["slow3g_fcp_s"],
        "slow3g_search_s": slow["slow3g_search_s"],
        "slow3g_typed_search_s": slow["slow3g_typed_search_s"],
        "slow3g": slow,
        "shard_merge_equal": shards["equal"] if shards else None,
        "shard_merge": shards,
    }


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 10000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="N = 2, one repeat, no plots: checks the benchmark runs")
    parser.add_argument("--gate-limit", type=int, default=1000, help="gate builds only up to this many services")
    parser.add_argument("--full-nav-limit", type=int, default=1000, help="Material with its full navigation only up to this many services (it grows as N squared)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/govportal-bench"))
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    sizes, repeats = ([2], 1) if args.quick else (sorted(args.sizes), args.repeats)
    args.work.mkdir(parents=True, exist_ok=True)
    runs = {}
    for n in sizes:
        print(f"== {n} services", flush=True)
        runs[str(n)] = bench_size(n, args.work, repeats, args.gate_limit, args.full_nav_limit)
        print(json.dumps(runs[str(n)]), flush=True)
    gate_n = max(n for n in sizes if n <= max(args.gate_limit, min(sizes)))
    gate_site = args.work / f"govportal-{gate_n}" / "site"
    sample_page = next(gate_site.glob("services/*/*/index.html")).parent.relative_to(gate_site).as_posix() + "/"
    load = first_load(gate_site, sample_page)
    result = {
        "machine": machine(),
        "sizes": sizes,
        "runs": runs,
        "max_ratio_build_vs_material_prune": max(r["ratio_build_vs_material_prune"] for r in runs.values()),
        # Growth of time per service at the largest N over the cheapest N: >1 means cost grows with
        # the site (cross-page work); small N are dearer per page only because of start-up.
        "ms_per_service_spread": round(runs[str(sizes[-1])]["ms_per_service"] / min(r["ms_per_service"] for r in runs.values()), 2),
        "max_service_html_kb": max(r["service_html_kb"]["max"] for r in runs.values()),
        "first_load_kb_gz": load["kb_gz"],
        "first_load_requests": load["requests"],
        "external_requests": load["external_requests"],
        "gate_site_services": gate_n,
        "gate_pages_per_s": runs[str(gate_n)]["gate_in_build"]["pages_per_s"],
        "gate_speed": {"default_workers": runs[str(gate_n)]["gate_in_build"], **({} if args.quick else {"one_worker": gate_speed(gate_site, 1)})},
        **gate_against_naive(gate_site, QUICK_NAIVE_PAGES if args.quick else NAIVE_PAGES),
        **_one_page_change_keys(args.work / f"govportal-{gate_n}", gate_n),
        "search": search_bytes(gate_site, "license"),
        **_slow_phone_and_shard_keys(gate_site, sample_page, args.work / f"govportal-{sizes[0]}" / "site", args.quick),
        "peak_rss_mb": max(r["govportal_build"]["peak_rss_mb"] for r in runs.values()),
    }
    if not args.quick:  # a 1,000-service preview takes minutes to start: full runs only
        from bench.preview_reload import measure as preview_reload

        preview = preview_reload(1000, 3, args.work)
        result |= {"preview_reload_s": preview["preview_reload_s"], "preview_reload": preview}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    if not args.quick:
        from bench.report import write_report

        write_report(result, HERE.parent / "BENCHMARKS.md", HERE / "results")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
