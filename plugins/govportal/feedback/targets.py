"""What feedback can be about: the pages of a built site, and their agency and service.

Read from the built HTML (``<meta name="govportal:agency">`` and
``govportal:service``), so the receiver needs only the published folder, not the
content or the engine that built it. The built pages are the one source of truth for
pages, agencies and services together: a page, its agency and its service can only be
accepted if they were published, and were published together.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from govportal.site_folder import html_pages, page_head, page_url

_META = re.compile(r'<meta name="govportal:(agency|service)" content="([^"]*)"')
# Rewritten by every build, in place or by swapping the folder (which changes its inode).
_BUILD_MARKER = "sitemap.xml"


@dataclass(frozen=True)
class PageTarget:
    agency: str | None = None
    service: str | None = None  # "agency/slug"


@dataclass
class SiteTargets:
    """Known pages by path (``/services/dmv/renew/``); nothing else is accepted."""

    pages: dict[str, PageTarget] = field(default_factory=dict)

    def page(self, path: str) -> PageTarget | None:
        return self.pages.get(path)

    @property
    def services(self) -> set[str]:
        return {t.service for t in self.pages.values() if t.service}


def read_targets(site: Path) -> SiteTargets:
    pages: dict[str, PageTarget] = {}
    for file in html_pages(site):
        metas = dict(_META.findall(page_head(file)))
        pages["/" + page_url(file, site)] = PageTarget(metas.get("agency") or None, metas.get("service") or None)
    return SiteTargets(pages)


Stamp = tuple[int, ...]


def _stamp(site: Path) -> Stamp | None:
    """Changes whenever a build publishes the site; None while the folder is missing."""
    try:
        folder = os.stat(site)
    except OSError:
        return None
    try:
        marker = os.stat(site / _BUILD_MARKER)
    except OSError:
        return (folder.st_ino, folder.st_mtime_ns)
    return (folder.st_ino, folder.st_mtime_ns, marker.st_ino, marker.st_mtime_ns, marker.st_size)


class LiveTargets:
    """The site's pages as they are now: two ``stat`` calls per request, and the pages are
    read again only after a build changed the folder. While the folder is missing (the
    moment between two renames of a publish) the last pages read stay in use."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self._stamp: Stamp | None = None
        self._targets = SiteTargets()
        self._lock = threading.Lock()

    def current(self) -> SiteTargets:
        stamp = _stamp(self.site)
        if stamp is None or stamp == self._stamp:
            return self._targets
        with self._lock:  # one reload at a time; the others wait for it rather than repeat it
            if stamp != self._stamp:
                self._targets = read_targets(self.site)
                self._stamp = stamp
        return self._targets
