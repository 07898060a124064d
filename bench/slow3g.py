"""A service page and a search on a slow phone network: Chromium's own network emulation,
400 ms latency and 400 kbit/s each way, with an empty cache.

    python -m bench.slow3g SITE_FOLDER [--service services/dmv/get-a-state-id/] [--word license]

Each figure is measured twice: served as the files are (a host that does not compress),
and served like nginx with ``gzip_static``/``brotli_static`` (the .br copies the build writes).
Three loads: the service page (first paint), the search page asked for with the word (results
shown), and a search typed into the service page's search box (Enter to results; the browser's
cache on, as in any visit of more than one page, and empty at the start).
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from email.utils import parsedate_to_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, CDPSession, Page, Request, sync_playwright

from govportal.gate.browser import launch

LATENCY_MS = 400
KBIT_S = 400
PROFILE = {"offline": False, "latency": LATENCY_MS, "downloadThroughput": KBIT_S * 1000 / 8, "uploadThroughput": KBIT_S * 1000 / 8}


# The paint may come after the load event on a busy machine: wait for it rather than read nothing.
_FCP = """() => new Promise(resolve => new PerformanceObserver(list => {
  const entry = list.getEntriesByName('first-contentful-paint')[0];
  if (entry) resolve(entry.startTime);
}).observe({type: 'paint', buffered: true}))"""


class _Handler(SimpleHTTPRequestHandler):
    """Serves ``x.br`` for ``x`` when the browser accepts Brotli and ``precompressed`` is on, and,
    like nginx and other static hosts, says when each file changed and answers "not modified"
    when the browser's copy is that version."""

    precompressed = False

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        compressed = path.with_name(path.name + ".br")
        if self.precompressed and "br" in self.headers.get("Accept-Encoding", "") and compressed.is_file():
            changed = int(compressed.stat().st_mtime)
            if self._unchanged_since(changed):
                self.send_response(304)
                self.end_headers()
                return None
            body = compressed.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "br")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Last-Modified", self.date_time_string(changed))
            self.end_headers()
            return _Body(body)
        return super().send_head()

    def _unchanged_since(self, changed: int) -> bool:
        """The browser's copy (``If-Modified-Since``) is the version changed at ``changed``."""
        try:
            return changed <= parsedate_to_datetime(self.headers["If-Modified-Since"]).timestamp()
        except (TypeError, ValueError):
            return False

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the figures are the output."""


class _Body:
    """The file-like object ``SimpleHTTPRequestHandler`` copies to the socket."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return data

    def close(self) -> None:
        self.data = b""


@contextmanager
def serve(site: Path, precompressed: bool) -> Iterator[str]:
    handler = partial(type("_H", (_Handler,), {"precompressed": precompressed}), directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Load:
    seconds: float
    kb: float
    requests: int


@contextmanager
def slow_tab(browser: Browser, cache: bool = False) -> Iterator[tuple[Page, list[Request]]]:
    """A fresh tab on the slow profile, its cache empty and off unless ``cache`` (for a visit of
    more than one page); the list collects the requests that finished."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, service_workers="block")
    page = context.new_page()
    cdp: CDPSession = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": not cache})
    cdp.send("Network.emulateNetworkConditions", PROFILE)
    wire: list[Request] = []
    # Playwright's events, not the page's CDP session: they include what Pagefind's worker fetches.
    page.on("requestfinished", lambda request: wire.append(request))
    try:
        yield page, wire
    finally:
        context.close()


def first_contentful_paint(browser: Browser, url: str) -> Load:
    with slow_tab(browser) as (page, wire):
        page.goto(url, wait_until="load", timeout=120_000)
        fcp = page.evaluate(_FCP)
        return Load(round(fcp / 1000, 3), _kb(wire), len(wire))


def search(browser: Browser, url: str) -> Load:
    """From asking for the search page with a word to the results shown."""
    with slow_tab(browser) as (page, wire):
        started = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=120_000)
        page.wait_for_selector("[data-gp-search-results] li", timeout=120_000)  # a selector: the CSP forbids eval
        seconds = time.perf_counter() - started
        return Load(round(seconds, 3), _kb(wire), len(wire))


# A citizen typing on a phone: the seconds between two letters.
TYPING_S = 0.3


def typed_search(browser: Browser, service_url: str, word: str) -> Load:
    """A citizen on a service page taps the header's search box, types ``word`` and presses Enter:
    from Enter to the results shown. The page's script fetches the search engine while they type."""
    with slow_tab(browser, cache=True) as (page, wire):
        page.goto(service_url, wait_until="load", timeout=120_000)
        page.locator("form[data-gp-search] input[name=q]").first.focus()
        page.keyboard.type(word, delay=TYPING_S * 1000)
        started = time.perf_counter()
        page.keyboard.press("Enter")
        page.wait_for_selector("[data-gp-search-results] li", timeout=120_000)
        seconds = time.perf_counter() - started
        return Load(round(seconds, 3), _kb(wire), len(wire))


def _kb(requests: list[Request]) -> float:
    """Bytes on the wire (compressed bodies and headers); asked for after the load, as the sync API
    must not be called from inside its own event handlers."""
    return round(sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in requests) / 1024, 1)


def measure(site: Path, service: str, word: str, repeats: int = 3) -> dict[str, Any]:
    """Median of ``repeats`` cold loads each way; ``slow3g_fcp_s`` is the precompressed service page."""
    results: dict[str, Any] = {"profile": {"latency_ms": LATENCY_MS, "kbit_s": KBIT_S, "cache": "empty"}, "service_page": service, "word": word}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for precompressed in (False, True):
                label = "precompressed_br" if precompressed else "uncompressed"
                with serve(site, precompressed) as base:
                    fcps = [first_contentful_paint(browser, base + service) for _ in range(repeats)]
                    searches = [search(browser, f"{base}search/?q={word}") for _ in range(repeats)]
                    typed = [typed_search(browser, base + service, word) for _ in range(repeats)]
                results[label] = {"fcp": _median(fcps), "search": _median(searches), "typed_search": _median(typed)}
        finally:
            browser.close()
    results["slow3g_fcp_s"] = results["precompressed_br"]["fcp"]["seconds"]
    results["slow3g_search_s"] = results["precompressed_br"]["search"]["seconds"]
    results["slow3g_typed_search_s"] = results["precompressed_br"]["typed_search"]["seconds"]
    return results


def _median(loads: list[Load]) -> dict[str, Any]:
    middle = sorted(loads, key=lambda load: load.seconds)[len(loads) // 2]
    return asdict(middle) | {"all_s": [load.seconds for load in loads], "median_s": statistics.median(load.seconds for load in loads)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("site", type=Path)
    parser.add_argument("--service", default="services/dmv/get-a-state-id/")
    parser.add_argument("--word", default="license")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(measure(args.site, args.service, args.word, args.repeats), indent=2))


if __name__ == "__main__":
    main()
