"""Are the links to other sites in the content still working? (``govportal links --external``)

Links within the portal are checked by ``govportal validate`` and every build; links to other
sites only here, on request (see :mod:`govportal.content.external_links` for why and how).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govportal.config.project import Project
from govportal.content.external_links import Limits, check_links, find_links, read_cache, write_cache
from govportal.findings import Finding

# Answers are kept next to site.yml, so the next run asks again only about old or failed ones.
CACHE_FILE = Path(".govportal") / "links.json"


@dataclass(frozen=True)
class LinkCheck:
    """What one run found: ``broken`` names every place a broken address is written."""

    found: int  # addresses to other sites in the content
    checked: int  # of them, the ones checked this run (at most ``Limits.max_links``)
    working: int
    broken: list[Finding]


def check_external_links(project: Project, limits: Limits, now: float) -> LinkCheck:
    """Check the first ``limits.max_links`` addresses (sorted, so each run takes the same ones), through the cache."""
    places = find_links(project.docs_dir)
    urls = sorted(places)[:limits.max_links]
    cache_file = project.config_file.resolve().parent / CACHE_FILE
    cache = read_cache(cache_file)
    answers = check_links(urls, limits, cache, now)
    write_cache(cache_file, cache)
    broken = [
        Finding(name, where, f"the link '{url}' does not work ({answer.reason}); fix the address or remove the link")
        for url, answer in answers.items() if not answer.ok for name, where in places[url]
    ]
    return LinkCheck(len(places), len(urls), sum(answer.ok for answer in answers.values()), broken)
