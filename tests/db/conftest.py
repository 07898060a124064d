"""Real databases: a fresh SQLite file or PostgreSQL database (on one throwaway cluster per
session) for each test, and the receiver serving the sample site over them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from govportal.feedback.store import Store, open_store
from tests.db.postgres import PostgresServer
from tests.db.receiver import StartReceiver, migrated, receiver_for


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


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each kind, without any table."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    return _new_postgres_database(request.getfixturevalue("postgres"))


@pytest.fixture
def database_url(empty_database_url: str) -> str:
    """A fresh database of each kind, migrated and empty."""
    return migrated(empty_database_url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database, migrated and empty: for what does not depend on the kind of database."""
    return migrated(f"sqlite:///{tmp_path / 'feedback.sqlite3'}")


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    """A fresh PostgreSQL database, migrated and empty."""
    return migrated(_new_postgres_database(postgres))


@pytest.fixture
def receiver(sample_site: Path) -> StartReceiver:
    """``with receiver(url, **settings) as base:`` a receiver for the sample site at ``base``."""
    return receiver_for(sample_site)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    yield opened
    opened.close()
