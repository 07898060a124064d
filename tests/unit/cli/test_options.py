"""Options several commands share: the same names, defaults and refusals wherever they appear."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from click.testing import CliRunner

from govportal.cli.options import CONFIG_PARAM, config_option, gate_options, shard_option
from govportal.shards import Shard


@click.command()
@config_option
@gate_options
@shard_option
def gated(**options: Any) -> None:
    """A command with every shared option, printing what it received."""
    click.echo(repr(sorted(options.items())))


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(gated, list(args))
    return result.exit_code, result.output


def test_defaults_are_site_yml_and_nothing_else_asked_for() -> None:
    code, output = run()
    assert code == 0
    assert output.strip() == repr(sorted({
        CONFIG_PARAM: Path("site.yml"), "workers": None, "incremental": False,
        "junit_file": None, "json_file": None, "html_file": None, "shard": None,
    }.items()))


def test_values_arrive_typed() -> None:
    code, output = run("--config", "other.yml", "--workers", "3", "--incremental", "--json", "r.json", "--shard", "2/3")
    assert code == 0
    for expected in (f"('{CONFIG_PARAM}', PosixPath('other.yml'))", "('workers', 3)", "('incremental', True)", "('json_file', PosixPath('r.json'))", f"('shard', {Shard(2, 3)!r})"):
        assert expected in output


def test_a_wrong_shard_or_worker_count_is_a_usage_error() -> None:
    code, output = run("--shard", "two")
    assert code == 2 and "Invalid value for '--shard': " in output
    code, output = run("--shard", "3/2")
    assert code == 2 and "the part must be between 1 and the number of parts" in output
    code, output = run("--workers", "0")
    assert code == 2 and "Invalid value for '--workers'" in output
