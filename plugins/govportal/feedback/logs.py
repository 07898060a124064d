"""One JSON object per line on standard error, for journald and log collectors.

Nothing personal goes in: the receiver logs what happened to a post (form, outcome,
status, time taken), never the visitor's address or what they wrote. Exceptions are
logged by type and place only, because their messages (and tracebacks) can quote the
values of a failed statement.
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from typing import Any


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        data.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
            frame = traceback.extract_tb(record.exc_info[2])[-1]
            data["where"] = f"{frame.filename}:{frame.lineno} in {frame.name}"  # no source text
        return json.dumps(data, ensure_ascii=False, default=str)


def log_config(level: str = "INFO") -> dict[str, Any]:
    """uvicorn's ``log_config``: every worker logs JSON lines; no access log (it holds addresses)."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "govportal.feedback": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }
