"""The receiver in this process: uvicorn on a free loopback port, over a real database."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from govportal.config.feedback import FeedbackSettings
from govportal.feedback.app import create_app
from govportal.feedback.store import open_store


def migrated(url: str) -> str:
    """The receiver never migrates (``govportal feedback migrate`` does), so tests do it first."""
    open_store(url).close()
    return url


@contextmanager
def running(app: Starlette) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


StartReceiver = Callable[..., AbstractContextManager[str]]


def receiver_for(site: Path) -> StartReceiver:
    """``with start(url, **settings) as base:`` a receiver for ``site`` at ``base``, its
    database migrated first as ``govportal feedback migrate`` does (``migrate=False``: not)."""

    def start(url: str, migrate: bool = True, **settings: object) -> AbstractContextManager[str]:
        defaults: dict[str, object] = {"rate_limit_per_minute": 1000}
        if migrate:
            migrated(url)
        return running(create_app(FeedbackSettings.model_validate(defaults | settings), url, site))

    return start


def stored_rows(url: str) -> list[dict[str, object]]:
    """Every row in the database at ``url``, read with a connection of its own."""
    opened = open_store(url)
    try:
        return list(opened.rows())
    finally:
        opened.close()
