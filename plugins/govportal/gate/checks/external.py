"""Requests a page makes to other websites: each is a privacy leak, a delay and a way to break.

The gate's Chromium cannot resolve other hosts, so nothing is fetched; the attempt is what counts.
Hosts the site allows (``gate: allowed_hosts``, e.g. its own CDN) are not reported.
"""

from __future__ import annotations

import fnmatch
from urllib.parse import urlsplit

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

WEB_SCHEMES = ("http", "https", "ws", "wss")

# What to do instead, by what the page asked for (Playwright's request.resource_type).
FIXES = {
    "image": "download the image into content/ (for example content/images/) and link to it there",
    "stylesheet": "copy the stylesheet into the site's own files",
    "font": "copy the font files into the site's own files",
    "script": "copy the script into the site's own files",
    "media": "download the video or audio into content/ and link to it there",
}
FIX_OTHERWISE = "serve it from this site instead"


def is_outside(url: str, own_host: str, allowed: list[str]) -> bool:
    """A request to another website that the settings do not allow."""
    parts = urlsplit(url)
    if parts.scheme not in WEB_SCHEMES or parts.netloc == own_host:
        return False
    host = parts.hostname or ""
    return not any(fnmatch.fnmatch(host, pattern.lower()) for pattern in allowed)


def external_requests(requests: list[tuple[str, str]], own_host: str, where: Where) -> list[Issue]:
    """One issue per outside URL, saying how to fix it; ``requests`` are (url, resource type)."""
    kinds = {url: kind for url, kind in requests if is_outside(url, own_host, where.settings.allowed_hosts)}
    return [
        where.issue(
            "external-request", url, f"the page asked another website for {url}; {FIXES.get(kinds[url], FIX_OTHERWISE)}, or add its host to gate: allowed_hosts in site.yml if the portal trusts it",
            per_viewport=False,
        )
        for url in sorted(kinds)
    ]
