"""Options several commands share, so each is spelled and explained the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from govportal.shards import Shard, ShardError, parse_shard

F = TypeVar("F", bound=Callable[..., Any])

CONFIG_PARAM = "config_file"  # the name commands receive --config by
config_option = click.option(
    "--config", CONFIG_PARAM, type=click.Path(path_type=Path), default=Path("site.yml"), show_default=True,
    help="The portal's configuration file.",
)


def _shard(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Shard | None:
    """``--shard PART/PARTS`` read into a :class:`Shard`; a wrong one is a usage error (exit code 2)."""
    if value is None:
        return None
    try:
        return parse_shard(value)
    except ShardError as exc:
        raise click.BadParameter(str(exc)) from exc


def shard_option(func: F) -> F:
    """``--shard``: gate only a stable share of the pages, for one of several CI runners."""
    return click.option(
        "--shard", metavar="PART/PARTS", callback=_shard,
        help="Gate only part PART of PARTS (for example 2/3), on one of several CI runners; join their --json reports with 'govportal report merge'.",
    )(func)


def report_options(func: F) -> F:
    """``--junit``, ``--json``, ``--html``: the report files of a gate run (``check``, ``build``, ``report merge``)."""
    for option in reversed([
        click.option("--junit", "junit_file", type=click.Path(path_type=Path), help="Write a JUnit XML report (one test case per page and screen size)."),
        click.option("--json", "json_file", type=click.Path(path_type=Path), help="Write a JSON report."),
        click.option("--html", "html_file", type=click.Path(path_type=Path), help="Write a self-contained HTML report."),
    ]):
        func = option(func)
    return func


def gate_options(func: F) -> F:
    """Options shared by every command that runs the gate."""
    func = report_options(func)
    for option in reversed([
        click.option("--workers", type=click.IntRange(1, 64), help="Pages checked at once (default: CPU cores + 1)."),
        click.option("--incremental", is_flag=True, help="Skip pages unchanged since they last passed (any theme, CSS or JS change re-checks all)."),
    ]):
        func = option(func)
    return func
