"""``govportal links --external``: are the links to other sites still working?

Links within the portal are checked by ``govportal validate`` and every build; links to other
sites only here, on request (see :mod:`govportal.content.external_links` for why and how).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from govportal.validate import validate
from govportal.console import CONFIG, err, out, print_findings
from govportal.content.external_links import Limits, check_links, find_links, read_cache, write_cache
from govportal.findings import Finding

CACHE_FILE = Path(".govportal") / "links.json"


@click.command()
@CONFIG
@click.option("--external", is_flag=True, help="Check links to other sites (over the internet).")
@click.option("--timeout", default=Limits.timeout, show_default=True, type=click.FloatRange(0.1, 120), help="Seconds to wait for each site.")
@click.option("--max-links", default=Limits.max_links, show_default=True, type=click.IntRange(1, 100_000), help="Check at most this many addresses in one run.")
@click.option("--workers", default=Limits.workers, show_default=True, type=click.IntRange(1, 64), help="Addresses checked at once.")
@click.option("--max-age", default=24.0, show_default=True, type=click.FloatRange(0), help="Hours an earlier answer is trusted (0: check everything again).")
def links(config_file: Path, external: bool, timeout: float, max_links: int, workers: int, max_age: float) -> None:
    """Check links to other sites in the content; answers are kept in .govportal/links.json."""
    if not external:
        out.print("Links within the portal are checked by 'govportal validate' and every build. Add --external to check links to other sites.", markup=False)
        return
    checked = validate(config_file)
    if isinstance(checked, list):
        print_findings(checked)
        sys.exit(2)
    places = find_links(checked.project.docs_dir)
    urls = sorted(places)[:max_links]
    if len(places) > len(urls):
        err.print(f"note: {len(places)} addresses found; checking the first {max_links} (see --max-links).", markup=False)
    cache_file = config_file.resolve().parent / CACHE_FILE
    cache = read_cache(cache_file)
    answers = check_links(urls, Limits(timeout, max_links, workers, max_age * 3600), cache, time.time())
    write_cache(cache_file, cache)
    broken = [
        Finding(name, where, f"the link '{url}' does not work ({answer.reason}); fix the address or remove the link")
        for url, answer in answers.items() if not answer.ok for name, where in places[url]
    ]
    print_findings(broken)
    working = sum(answer.ok for answer in answers.values())
    out.print(f"Checked {len(urls)} addresses to other sites: {working} work, {len(urls) - working} do not.", markup=False)
    sys.exit(1 if broken else 0)
