"""A real receiver (uvicorn on 127.0.0.1) over a real SQLite file or PostgreSQL server."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import psycopg
import pytest
import uvicorn
from starlette.applications import Starlette

from govportal.feedback.app import create_app
from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import Store, open_store
from tests.feedback.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    yield server
    server.remove()


def _new_postgres_database(server: PostgresServer) -> str:
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=govportal dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.url.rsplit("/", 1)[0] + "/" + name


def _migrated(url: str) -> str:
    """The receiver never migrates (``govportal feedback migrate`` does), so tests do it first."""
    open_store(url).close()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each kind, without any table."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    return _new_postgres_database(request.getfixturevalue("postgres"))


@pytest.fixture
def database_url(empty_database_url: str) -> str:
    """A fresh database of each kind, migrated and empty."""
    return _migrated(empty_database_url)


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    """A fresh PostgreSQL database, migrated and empty."""
    return _migrated(_new_postgres_database(postgres))


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


@pytest.fixture
def receiver(sample_site: Path) -> StartReceiver:
    """``with receiver(url, **settings) as base:`` a receiver for the sample site at ``base``,
    its database migrated first as ``govportal feedback migrate`` does (``migrate=False``: not)."""

    def start(url: str, migrate: bool = True, **settings: object) -> AbstractContextManager[str]:
        defaults: dict[str, object] = {"rate_limit_per_minute": 1000}
        if migrate:
            _migrated(url)
        return running(create_app(FeedbackSettings.model_validate(defaults | settings), url, sample_site))

    return start


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    yield opened
    opened.close()


def stored_rows(url: str) -> list[dict[str, object]]:
    """Every row in the database at ``url``, read with a connection of its own."""
    opened = open_store(url)
    try:
        return list(opened.rows())
    finally:
        opened.close()
