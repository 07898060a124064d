"""Links to other sites, checked on request (``govportal links --external``), never by a build.

Other sites go down, move pages and block robots at times nobody controls, so a build or the gate
that depended on them would fail for reasons an editor cannot fix. Checking is bounded (a timeout
per link, a maximum number of links, a few at once) and each answer is kept in a cache file for a
while, so running it again, or in a daily CI job, does not knock on the same doors again.
This module knows nothing of MkDocs.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from http.client import HTTPException
from pathlib import Path

from govportal import __version__
from govportal.content.body_lint import body_links, content_files, text_fields

USER_AGENT = f"govportal-link-check/{__version__} (+https://pypi.org/project/govportal/)"
# Some servers refuse HEAD (405, 501) or answer it wrongly (403, 404 while GET works): ask again with GET.
_RETRY_WITH_GET = frozenset({403, 404, 405, 501})
_TOO_MANY_REQUESTS = 429


@dataclass(frozen=True)
class Checked:
    """The answer for one address: ``ok``, or why not; ``checked`` is when (seconds since the epoch)."""

    ok: bool
    reason: str
    checked: float
    status: int | None = None  # the HTTP status; None when the site could not be reached


@dataclass(frozen=True)
class Limits:
    """How far one run may go."""

    timeout: float = 10.0  # seconds per request
    max_links: int = 200
    workers: int = 8
    max_age: float = 24 * 3600.0  # seconds a cached answer is trusted


def find_links(docs_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """Every http(s) address in the content, with each file and field or line it is written in
    (``("content/x.md", "line 3")``, ``("content/agencies/dmv.yml", "website")``)."""
    places: dict[str, list[tuple[str, str]]] = {}
    for file in content_files(docs_dir):
        found = [(f"line {file.first_line + line}", url) for line, url in body_links(file.body)]
        found += list(text_fields(file.data))
        for where, url in found:
            if url.startswith(("http://", "https://")):
                places.setdefault(url.strip(), []).append((file.name, where))
    return places


def check_links(urls: Iterable[str], limits: Limits, cache: dict[str, Checked], now: float) -> dict[str, Checked]:
    """The answer for each of ``urls``: from ``cache`` when fresh enough, else asked for, a few at once.
    ``cache`` gets the new answers (not "too many requests", which says nothing about the link)."""
    todo = [url for url in urls if url not in cache or now - cache[url].checked > limits.max_age]
    with ThreadPoolExecutor(max_workers=limits.workers) as pool:
        answers = dict(zip(todo, pool.map(lambda url: _check(url, limits.timeout, now), todo), strict=True))
    cache.update({url: answer for url, answer in answers.items() if answer.status != _TOO_MANY_REQUESTS})
    return {url: answers.get(url) or cache[url] for url in urls}


def _check(url: str, timeout: float, now: float) -> Checked:
    try:
        status = _status(url, "HEAD", timeout)
        if status in _RETRY_WITH_GET:
            status = _status(url, "GET", timeout)
    except (urllib.error.URLError, HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return Checked(False, f"could not be reached ({reason})", now)
    if status < 400:
        return Checked(True, str(status), now, status)
    return Checked(False, f"{status}: {_STATUS_WORDS.get(status, 'the site answered with an error')}", now, status)


def _status(url: str, method: str, timeout: float) -> int:
    """The HTTP status of ``url`` after redirects; the body is never read."""
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # http(s) only: see find_links
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


_STATUS_WORDS = {
    404: "the page is not there",
    410: "the page was removed",
    403: "the site refuses to show it",
    401: "it needs a login",
    429: "the site asked us to slow down; try again later",
    500: "the site has a problem",
    503: "the site is down for now",
}


def read_cache(path: Path) -> dict[str, Checked]:
    """The answers kept from earlier runs; an unreadable cache is no cache."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {url: Checked(bool(e["ok"]), str(e["reason"]), float(e["checked"]), e.get("status")) for url, e in data.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def write_cache(path: Path, cache: dict[str, Checked]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({url: asdict(entry) for url, entry in sorted(cache.items())}, indent=1), encoding="utf-8")
