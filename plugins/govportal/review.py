"""``govportal review``: what needs an owner's attention, for people (text) or dashboards (``--json``).

Exit codes: 0, or 1 with ``--fail-on overdue`` when a published page is overdue for review;
2 when the project or its content cannot be read.
"""

from __future__ import annotations

import sys
from itertools import groupby
from pathlib import Path

import click

from govportal.validate import validate
from govportal import clock
from govportal.console import CONFIG, err, out, print_findings
from govportal.content.freshness import ReviewItem, review_items, review_json
from govportal.model.holidays import next_year_findings

_NOT_PUBLISHED = ("draft", "scheduled", "unpublished")


@click.command()
@CONFIG
@click.option("--days", default=30, show_default=True, type=click.IntRange(0, 3650), help="Also list what is due within this many days.")
@click.option("--json", "as_json", is_flag=True, help="Print every page as JSON for dashboards (the shape is in the README).")
@click.option("--fail-on", type=click.Choice(["overdue"]), help="Exit with code 1 when a page is overdue for review.")
def review(config_file: Path, days: int, as_json: bool, fail_on: str | None) -> None:
    """List pages not published yet, and agencies and services whose review date has passed or is coming up, by agency."""
    checked = validate(config_file)
    if isinstance(checked, list) or checked.content is None:
        print_findings(checked if isinstance(checked, list) else checked.findings)
        sys.exit(2)
    now, zone = clock.now(), checked.project.settings.timezone
    print_findings(next_year_findings(checked.content.portal.holidays, now.date()))
    items = review_items(checked.content, now, zone, days)
    if as_json:
        click.echo(review_json(items, now, days, checked.project.docs_dir.name), nl=False)  # as is: no console markup or emoji codes
    else:
        _print_items(items, days, checked.project.docs_dir.name)
    overdue = [i for i in items if i.state == "overdue"]
    if fail_on == "overdue" and overdue:
        err.print(f"{len(overdue)} page{'s are' if len(overdue) != 1 else ' is'} overdue for review.", style="bold red", markup=False)
        sys.exit(1)


def _print_items(items: list[ReviewItem], days: int, folder: str) -> None:
    """Pages not published first, then what is due, grouped by agency, each with its owner."""
    waiting = [i for i in items if i.state in _NOT_PUBLISHED]
    if waiting:
        out.print(f"Not published ({len(waiting)})", style="bold", markup=False)
        for item in waiting:
            out.print(f"  {item.state}: {item.title} ({item.kind}): {item.note} — {folder}/{item.source}", markup=False)
    due = [i for i in items if i.state in ("overdue", "due")]
    if not due:
        out.print(f"Nothing is due for review in the next {days} days.", markup=False)
        return
    names = {i.agency_id: i.title for i in items if i.kind == "agency"}
    for agency_id, group in groupby(due, key=lambda i: i.agency_id):
        out.print(names.get(agency_id, agency_id), style="bold", markup=False)
        for item in group:
            when = f"overdue since {item.review_by}" if item.state == "overdue" else f"due {item.review_by}"
            owner = f", owner: {item.owner}" if item.owner else ""
            out.print(f"  {when}: {item.title} ({item.kind}{owner}) — {folder}/{item.source}", markup=False)
    overdue = sum(1 for i in due if i.state == "overdue")
    out.print(f"{overdue} overdue, {len(due) - overdue} due within {days} days.", markup=False)
