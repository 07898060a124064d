"""``govportal links --external``: the links to other sites in the content, checked over the internet."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import read_site
from govportal.console import err, out, print_findings
from govportal.content.external_links import Limits
from govportal.links import check_external_links


@click.command("links")
@config_option
@click.option("--external", is_flag=True, help="Check links to other sites (over the internet).")
@click.option("--timeout", default=Limits.timeout, show_default=True, type=click.FloatRange(0.1, 120), help="Seconds to wait for each site.")
@click.option("--max-links", default=Limits.max_links, show_default=True, type=click.IntRange(1, 100_000), help="Check at most this many addresses in one run.")
@click.option("--workers", default=Limits.workers, show_default=True, type=click.IntRange(1, 64), help="Addresses checked at once.")
@click.option("--max-age", default=24.0, show_default=True, type=click.FloatRange(0), help="Hours an earlier answer is trusted (0: check everything again).")
def command(config_file: Path, external: bool, timeout: float, max_links: int, workers: int, max_age: float) -> None:
    """Check links to other sites in the content; answers are kept in .govportal/links.json."""
    if not external:
        out.print("Links within the portal are checked by 'govportal validate' and every build. Add --external to check links to other sites.", markup=False)
        return
    result = check_external_links(read_site(config_file), Limits(timeout, max_links, workers, max_age * 3600), time.time())
    if result.found > result.checked:
        err.print(f"note: {result.found} addresses found; checking the first {max_links} (see --max-links).", markup=False)
    print_findings(result.broken)
    out.print(f"Checked {result.checked} addresses to other sites: {result.working} work, {result.checked - result.working} do not.", markup=False)
    sys.exit(ExitCode.FINDINGS if result.broken else ExitCode.OK)
