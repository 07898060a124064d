"""``govportal links``: without ``--external`` it says where links within the portal are checked,
and reads no site.yml; its limits are refused when out of range (the checks themselves: tests/build/test_links.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.cli.exit_codes import ExitCode
from tests.commands import invoke


def test_without_external_it_explains_and_passes(tmp_path: Path) -> None:
    result = invoke(tmp_path, "links")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == "Links within the portal are checked by 'govportal validate' and every build. Add --external to check links to other sites.\n"


@pytest.mark.parametrize(("option", "value"), [("--timeout", "0"), ("--max-links", "0"), ("--workers", "65"), ("--max-age", "-1")])
def test_limits_out_of_range_are_refused(tmp_path: Path, option: str, value: str) -> None:
    result = invoke(tmp_path, "links", "--external", option, value)
    assert result.exit_code == ExitCode.CANNOT_RUN
    assert f"Invalid value for '{option}'" in result.stderr
