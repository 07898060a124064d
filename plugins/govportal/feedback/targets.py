"""What feedback can be about: the pages of a built site, and their agency and service.

Read from the built HTML (``<meta name="govportal:agency">`` and
``govportal:service``), so the receiver needs only the published folder, not the
content or the engine that built it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from govportal.site_folder import html_pages, page_head, page_url

_META = re.compile(r'<meta name="govportal:(agency|service)" content="([^"]*)"')


@dataclass(frozen=True)
class PageTarget:
    agency: str | None = None
    service: str | None = None  # "agency/slug"


@dataclass
class SiteTargets:
    """Known pages by path (``/services/dmv/renew/``). Empty means: accept any page."""

    pages: dict[str, PageTarget] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return bool(self.pages)

    def page(self, path: str) -> PageTarget | None:
        if not self.known:
            return PageTarget()
        return self.pages.get(path)

    @property
    def agencies(self) -> set[str]:
        return {t.agency for t in self.pages.values() if t.agency}

    @property
    def services(self) -> set[str]:
        return {t.service for t in self.pages.values() if t.service}


def read_targets(site: Path) -> SiteTargets:
    pages: dict[str, PageTarget] = {}
    for file in html_pages(site):
        metas = dict(_META.findall(page_head(file)))
        pages["/" + page_url(file, site)] = PageTarget(metas.get("agency") or None, metas.get("service") or None)
    return SiteTargets(pages)
