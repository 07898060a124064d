"""Run every check on every page of a built site, in parallel, and collect the issues.

One Chromium, several pages in flight at once (its renderer processes use every
core), each page loaded once and checked at every viewport by resizing. The site is
served from 127.0.0.1 and Chromium cannot resolve any other host.
"""

from __future__ import annotations

import asyncio
import fnmatch
import os
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Page, Request, async_playwright

from govportal.gate.baseline import load_baseline, split_by_baseline
from govportal.gate.browser import launch_async
from govportal.gate.cache import PassCache, fingerprint
from govportal.gate.checks import Where
from govportal.gate.checks.axe import PageAxe, SharedParts, axe_source
from govportal.gate.checks.feedback_form import check_feedback_form
from govportal.gate.checks.keyboard import check_keyboard
from govportal.gate.checks.layout import check_layout
from govportal.gate.checks.alerts import check_expired_alerts
from govportal.gate.checks.external import external_requests
from govportal.gate.checks.focus import check_focus_obscured, check_forced_colours
from govportal.gate.checks.live_help import check_live_help
from govportal.gate.checks.plain_language import check_plain_language
from govportal.gate.checks.review_date import check_review_date
from govportal.gate.checks.security_policy import check_security_policy
from govportal.gate.checks.site_files import SiteFiles
from govportal.gate.checks.structure import check_structure, duplicate_titles
from govportal.gate.duplicates import merge_duplicates
from govportal.gate.issues import GateRun, Issue
from govportal.rules import rule
from govportal.gate.server import serve_directory
from govportal.config.gate import GateSettings, Viewport
from govportal.site_folder import html_pages, page_url

PROBES = (Path(__file__).parent / "probes.js").read_text(encoding="utf-8")


@dataclass
class GateOptions:
    site: Path
    settings: GateSettings = field(default_factory=GateSettings)
    today: date = field(default_factory=date.today)
    workers: int = 0  # 0: one per core, plus one to cover waiting on the network
    cache: Path | None = None  # incremental mode when set
    baseline: Path | None = None
    on_progress: Callable[[int, int], None] | None = None
    select: Callable[[str], bool] | None = None  # check only these pages (a shard); titles still compare across all


def default_workers() -> int:
    return (os.cpu_count() or 2) + 1


def run_gate(options: GateOptions) -> GateRun:
    """Check the site; the result says what failed. Raises BrowserUnavailable if Chromium cannot start."""
    started = time.monotonic()
    files = SiteFiles(options.site)
    every = dict(sorted((page_url(f, options.site), f) for f in html_pages(options.site)))
    pages = {url: f for url, f in every.items() if options.select is None or options.select(url)}
    run = GateRun(pages=list(pages), viewports=[v.name for v in options.settings.viewports])
    issues: list[Issue] = []
    for file in pages.values():
        issues += files.check_links(file)
        issues += files.check_weight(file, options.settings.page_weight_kb)
    titles = {url: files.facts(f).title.strip() for url, f in every.items()}
    issues += [i for i in duplicate_titles(titles) if i.page in pages]  # each on its own page's shard

    cache = PassCache(options.cache)
    settings_json = options.settings.model_dump_json()
    hashes: dict[Path, str] = {}
    prints = {url: fingerprint(f, files.assets_of(f), settings_json, hashes) for url, f in pages.items()}
    to_check = [url for url in pages if not cache.unchanged(url, prints[url])]
    run.skipped = [url for url in pages if url not in to_check]
    govportal = {url: files.facts(f).govportal for url, f in pages.items()}
    issues += _run_apart(_browser_checks(options, to_check, govportal))

    issues = merge_duplicates(_apply_settings(issues, options.settings))
    if options.baseline is not None:
        known = load_baseline(options.baseline)
        issues, run.baselined, run.fixed = split_by_baseline(issues, known, set(to_check))
    run.issues = sorted(issues)
    failed_pages = {i.page for i in issues if i.severity == "error"}
    cache.save({url: (None if url in failed_pages else prints[url]) for url in to_check})
    run.seconds = time.monotonic() - started
    return run


def _run_apart(work: Coroutine[Any, Any, list[Issue]]) -> list[Issue]:
    """Run the browser work on its own event loop, in a thread of its own if this one already
    runs a loop (a caller using Playwright's sync API, or a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


def _apply_settings(issues: list[Issue], settings: GateSettings) -> list[Issue]:
    """Drop issues of rules disabled for their page; apply severity overrides."""
    kept = []
    for issue in issues:
        if any(d.rule == issue.rule and any(fnmatch.fnmatch(issue.page or "/", p) for p in d.pages) for d in settings.disabled):
            continue
        severity = settings.severity.get(issue.rule)
        kept.append(replace(issue, severity=severity) if severity else issue)
    return kept


def _site_wide_disabled_axe(settings: GateSettings) -> list[str]:
    return [d.rule[len("axe/") :] for d in settings.disabled if d.rule.startswith("axe/") and d.pages == ["*"]]


async def _browser_checks(options: GateOptions, pages: list[str], govportal: dict[str, bool]) -> list[Issue]:
    if not pages:
        return []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for page_path in pages:
        queue.put_nowait(page_path)
    found: list[Issue] = []
    shared = SharedParts()
    done = 0
    first = options.settings.viewports[0]
    with serve_directory(options.site) as base:
        async with async_playwright() as playwright:
            browser = await launch_async(playwright, isolated=True)
            context = await browser.new_context(viewport={"width": first.width, "height": first.height}, service_workers="block")
            await context.add_init_script(script=PROBES)
            await context.add_init_script(script=axe_source())

            async def worker() -> None:
                nonlocal done
                tab = await context.new_page()
                while not queue.empty():
                    page_path = queue.get_nowait()
                    found.extend(await _check_page(tab, base, page_path, govportal.get(page_path, False), options, shared))
                    done += 1
                    if options.on_progress is not None:
                        options.on_progress(done, len(pages))
                await tab.close()

            try:
                await asyncio.gather(*(worker() for _ in range(min(options.workers or default_workers(), len(pages)))))
            finally:
                await browser.close()
    return found


async def _resize(tab: Page, viewport: Viewport) -> None:
    """Resize only when the size changes: the tab ends each page at the first width, where the next starts."""
    if tab.viewport_size != {"width": viewport.width, "height": viewport.height}:
        await tab.set_viewport_size({"width": viewport.width, "height": viewport.height})


async def _check_page(tab: Page, base: str, page_path: str, govportal: bool, options: GateOptions, shared: SharedParts) -> list[Issue]:
    settings = options.settings
    first = settings.viewports[0]
    requests: list[tuple[str, str]] = []

    def note_request(request: Request) -> None:
        requests.append((request.url, request.resource_type))

    tab.on("request", note_request)
    try:
        await _resize(tab, first)
        await tab.goto(base + page_path, wait_until="load")
    except Exception as exc:  # a page that will not load is a finding, not a crash
        details = rule("page-load")
        tab.remove_listener("request", note_request)
        return [Issue("page-load", page_path, "", "html", f"the page did not load: {str(exc).splitlines()[0]}", "error", details.help_url)]
    where = Where(page_path, first.name, settings, govportal)
    issues = await check_keyboard(tab, where)
    facts = await tab.evaluate("__gp.pageFacts()")
    structure, _title = check_structure(facts["structure"], where)
    issues += structure
    issues += await check_plain_language(tab, where)
    if govportal:
        issues += check_feedback_form(facts["feedbackForm"], where)
        issues += check_review_date(facts["reviewDates"], where, options.today)
        issues += check_expired_alerts(facts["alertEnds"], where, options.today)
    axe = PageAxe(shared, _site_wide_disabled_axe(settings))
    for viewport in settings.viewports:
        await _resize(tab, viewport)
        at = Where(page_path, viewport.name, settings, govportal)
        if govportal:
            issues += await check_live_help(tab, at)
        issues += await check_layout(tab, at)
        issues += await axe.check(tab, at)
    # Last, as they leave the page changed (focus moved, menus opened by focus, links followed);
    # widest first, as the tab is at that size already.
    for viewport in reversed(settings.viewports):
        await _resize(tab, viewport)
        issues += await check_focus_obscured(tab, Where(page_path, viewport.name, settings, govportal))
    issues += await check_forced_colours(tab, where)
    issues += await check_security_policy(tab, where)  # last: violations while the checks ran count too
    tab.remove_listener("request", note_request)
    issues += external_requests(requests, urlsplit(base).netloc, where)
    return issues
