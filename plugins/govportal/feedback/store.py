"""Where feedback is kept: one table, in SQLite or PostgreSQL, through SQLAlchemy.

No column can hold an IP address or a browser's user agent: the receiver never
has them to store. Contact details are stored only with the person's consent.

The schema is versioned: :data:`MIGRATIONS` lists each change in order, and
:func:`open_store` applies the ones a database lacks in one transaction, so
a receiver can be upgraded in place and a failed upgrade changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    Select,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

metadata = MetaData()

def _first_columns() -> list[Column[Any]]:
    """The table as migration 1 created it; later columns are added by their own migration."""
    return [
        Column("id", Integer, primary_key=True),
        Column("received_at", DateTime(timezone=True), nullable=False, index=True),
        Column("kind", String(10), nullable=False),  # "page" or "survey"
        Column("page", String(500), nullable=False),
        Column("agency", String(100), index=True),
        Column("service", String(200)),
        Column("helpful", Boolean),
        Column("satisfaction", SmallInteger),
        Column("trust", SmallInteger),
        Column("went_well", JSON),
        Column("could_be_better", JSON),
        Column("comment", Text),
        Column("follow_up", Boolean, nullable=False, default=False),
        Column("contact", String(320)),
        Column("followed_up_at", DateTime(timezone=True)),
    ]


feedback = Table(
    "feedback",
    metadata,
    *_first_columns(),
    # When staff approved the comment for the public report (it is published redacted).
    Column("approved_at", DateTime(timezone=True)),
)

schema_version = Table("govportal_schema", metadata, Column("version", Integer, nullable=False))


def _add_column(conn: Connection, column: Column[Any]) -> None:
    kind = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE {column.table.name} ADD COLUMN {column.name} {kind}"))


# Each migration brings the schema from version ``index`` to ``index + 1``.
MIGRATIONS: list[Callable[[Connection], None]] = [
    lambda conn: Table("feedback", MetaData(), *_first_columns()).create(conn),
    lambda conn: _add_column(conn, feedback.c.approved_at),
]


class StoreUnavailable(Exception):
    """The database could not be reached or refused the change; nothing was written."""


@dataclass(frozen=True)
class Entry:
    """One response, as a person sent it (after validation)."""

    kind: str
    page: str
    agency: str | None = None
    service: str | None = None
    helpful: bool | None = None
    satisfaction: int | None = None
    trust: int | None = None
    went_well: tuple[str, ...] = ()
    could_be_better: tuple[str, ...] = ()
    comment: str | None = None
    follow_up: bool = False
    contact: str | None = None


COLUMNS = [c.name for c in feedback.columns]
_TIMES = [c.name for c in feedback.columns if isinstance(c.type, DateTime)]


class Store:
    """Adds and reads feedback rows; every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, entry: Entry, now: datetime | None = None) -> int:
        values = {
            **entry.__dict__,
            "went_well": list(entry.went_well) or None,
            "could_be_better": list(entry.could_be_better) or None,
            "contact": entry.contact if entry.follow_up else None,
            "received_at": now or datetime.now(UTC),
        }
        try:
            with self.engine.begin() as conn:
                return int(conn.execute(insert(feedback).values(**values).returning(feedback.c.id)).scalar_one())
        except SQLAlchemyError as exc:
            raise StoreUnavailable(str(exc.__cause__ or exc)) from exc

    def rows(self) -> Iterator[dict[str, object]]:
        """Every response, oldest first, as plain values (times in UTC)."""
        yield from self._select(select(feedback).order_by(feedback.c.id))

    def pending_comments(self) -> list[dict[str, object]]:
        """Responses with a comment not yet approved for publication, oldest first."""
        query = select(feedback).where(feedback.c.comment.is_not(None), feedback.c.approved_at.is_(None)).order_by(feedback.c.id)
        return list(self._select(query))

    def _select(self, query: Select[Any]) -> Iterator[dict[str, object]]:
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                values = dict(row._mapping)
                for key in _TIMES:
                    if isinstance(values[key], datetime) and values[key].tzinfo is None:
                        values[key] = values[key].replace(tzinfo=UTC)  # SQLite keeps no zone
                yield values

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(feedback)).scalar_one())

    def mark_followed_up(self, ids: Sequence[int], now: datetime | None = None) -> list[int]:
        """Record that staff contacted these people; returns the ids that had asked for it."""
        return self._stamp(feedback.c.followed_up_at, ids, feedback.c.follow_up.is_(True), now)

    def approve(self, ids: Sequence[int], now: datetime | None = None) -> list[int]:
        """Approve these responses' comments for the public report; returns the ids that had one."""
        return self._stamp(feedback.c.approved_at, ids, feedback.c.comment.is_not(None), now)

    def _stamp(self, column: Column[datetime], ids: Sequence[int], condition: ColumnElement[bool], now: datetime | None) -> list[int]:
        """Set ``column`` to now on the responses in ``ids`` that meet ``condition``; returns those ids."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(feedback)
                .where(feedback.c.id.in_(ids), condition)
                .values({column: now or datetime.now(UTC)})
                .returning(feedback.c.id)
            )
            return sorted(int(i) for i in done.scalars())

    def purge(self, before: datetime) -> int:
        """Delete the words and contact details of responses received before ``before``;
        answers, ratings and times stay, so the figures do not change. Returns how many."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(feedback)
                .where(feedback.c.received_at < before, or_(feedback.c.comment.is_not(None), feedback.c.contact.is_not(None)))
                .values(comment=None, contact=None, approved_at=None)
            )
            return int(done.rowcount)

    def close(self) -> None:
        """Close the connections this store holds."""
        self.engine.dispose()

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise StoreUnavailable(str(exc.__cause__ or exc)) from exc


def open_store(url: str) -> Store:
    """Connect, and bring the schema up to date. Raises StoreUnavailable."""
    engine = create_engine(url, pool_pre_ping=True, **_engine_options(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreUnavailable(str(exc.__cause__ or exc)) from exc
    return Store(engine)


def _engine_options(url: str) -> dict[str, object]:
    if url.startswith("sqlite"):
        # Many threads write at once; wait for the lock instead of failing.
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}
    return {"pool_size": 10, "max_overflow": 20, "pool_timeout": 10, "connect_args": {"connect_timeout": 5}}


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine) -> int:
    """Apply the migrations the database lacks; returns the schema version."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Two receivers starting at once must not both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(select(schema_version.c.version)).scalar_one_or_none()
        if current is None:
            conn.execute(insert(schema_version).values(version=0))
            current = 0
        for number in range(current, len(MIGRATIONS)):
            MIGRATIONS[number](conn)
            conn.execute(update(schema_version).values(version=number + 1))
    return len(MIGRATIONS)
