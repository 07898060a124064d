"""``govportal review``: what needs an owner's attention, for people (text) or dashboards (``--json``).

Exit codes: 0; 1 with ``--fail-on overdue`` when a published page is overdue for review, or when the
content cannot be read; 2 when site.yml cannot be read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from govportal import clock
from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import load_content
from govportal.console import err, out, print_findings
from govportal.content.freshness import review_items, review_json
from govportal.model.holidays import next_year_findings
from govportal.review import review_lines


@click.command("review")
@config_option
@click.option("--days", default=30, show_default=True, type=click.IntRange(0, 3650), help="Also list what is due within this many days.")
@click.option("--json", "as_json", is_flag=True, help="Print every page as JSON for dashboards (the shape is in the README).")
@click.option("--fail-on", type=click.Choice(["overdue"]), help="Exit with code 1 when a page is overdue for review.")
def command(config_file: Path, days: int, as_json: bool, fail_on: str | None) -> None:
    """List pages not published yet, and agencies and services whose review date has passed or is coming up, by agency."""
    loaded = load_content(config_file)
    now, zone, folder = clock.now(), loaded.project.settings.timezone, loaded.project.docs_dir.name
    print_findings(next_year_findings(loaded.content.portal.holidays, now.date()))
    items = review_items(loaded.content, now, zone, days)
    if as_json:
        click.echo(review_json(items, now, days, folder), nl=False)  # as is: no console markup or emoji codes
    else:
        for line in review_lines(items, days, folder):
            out.print(line.text, style="bold" if line.heading else None, markup=False)
    overdue = [i for i in items if i.state == "overdue"]
    if fail_on == "overdue" and overdue:
        err.print(f"{len(overdue)} page{'s are' if len(overdue) != 1 else ' is'} overdue for review.", style="bold red", markup=False)
        sys.exit(ExitCode.FINDINGS)
