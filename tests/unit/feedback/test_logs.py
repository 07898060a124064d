"""A log line is one JSON object with nothing personal in it, and uvicorn logs no addresses."""

from __future__ import annotations

import json
import logging
import sys

from govportal.feedback.logs import JsonLines, log_config


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


def test_uvicorn_keeps_no_access_log() -> None:
    loggers = log_config("DEBUG")["loggers"]
    assert loggers["uvicorn.access"]["handlers"] == [] and loggers["govportal.feedback"]["level"] == "DEBUG"
