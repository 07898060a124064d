"""Where a check runs: a page of a govportal site, at the first viewport, with default settings."""

from __future__ import annotations

import pytest

from govportal.config.gate import GateSettings
from govportal.gate.checks import Where


@pytest.fixture
def where() -> Where:
    return Where("services/x/", "320", GateSettings(), True)
