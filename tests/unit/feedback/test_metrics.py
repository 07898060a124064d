"""Who may read /metrics, and that a log line is one JSON object with nothing personal in it."""

from __future__ import annotations

import json
import logging
import sys

from govportal.feedback.logs import JsonLines
from govportal.feedback.metrics import may_read


def test_metrics_need_the_token_when_one_is_set() -> None:
    assert may_read("198.51.100.7", "Bearer s3cret", "s3cret")
    assert not may_read("127.0.0.1", "", "s3cret")  # the token is needed even on this machine
    assert not may_read("127.0.0.1", "Bearer wrong", "s3cret")


def test_without_a_token_only_this_machine_may_read_metrics() -> None:
    assert may_read("127.0.0.1", "", None) and may_read("::1", "", None)
    assert not may_read("198.51.100.7", "", None) and not may_read(None, "", None)


def test_log_lines_are_single_json_objects_and_errors_lose_their_message() -> None:
    try:
        raise ValueError("INSERT ... [parameters: {'comment': 'my passport number'}]")
    except ValueError:
        record = logging.LogRecord("govportal.feedback", logging.ERROR, __file__, 1, "post %s", ("failed",), sys.exc_info())
    record.fields = {"form": "page", "status": 503}
    line = JsonLines().format(record)
    assert "\n" not in line and "passport" not in line
    data = json.loads(line)
    assert (data["message"], data["form"], data["status"], data["error"], data["level"]) == ("post failed", "page", 503, "ValueError", "error")
