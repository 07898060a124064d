"""Where feedback is kept: one table, in SQLite or PostgreSQL, through SQLAlchemy.

No column can hold an IP address or a browser's user agent: the receiver never
has them to store. Contact details are stored only with the person's consent.

The schema is versioned: :data:`MIGRATIONS` lists each change in order, and
:func:`migrate` (``govportal feedback migrate``) applies the ones a database lacks in one
transaction, so a receiver can be upgraded in place and a failed upgrade changes nothing.
The receiver itself never migrates: its workers only check the version (see
:func:`open_store`), so several of them starting at once cannot race.

The rate limit lives here too, so every worker and every instance over the same
database counts the same posts: one row per visitor, keyed by a salted hash of the
address (see :mod:`govportal.feedback.limits`), never the address itself.
"""

from __future__ import annotations

import secrets
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
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    inspect,
    Select,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from govportal.feedback import limits

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
    # A random key the client sends with a post (Idempotency-Key or the nonce field): a
    # post retried after a lost answer is stored once. Not personal: it is new for each post.
    Column("nonce", String(64)),
    Index("ix_feedback_nonce", "nonce", unique=True),
)

schema_version = Table("govportal_schema", metadata, Column("version", Integer, nullable=False))

# Posts per visitor in this minute and the one before; rows quiet for two minutes are deleted.
rate_limit = Table(
    "govportal_rate_limit",
    metadata,
    Column("visitor_key", String(64), primary_key=True),
    Column("minute", Integer, nullable=False, index=True),
    Column("hits", Integer, nullable=False),
    Column("previous", Integer, nullable=False),
)

# The salt of the visitor keys: made once by the migration, shared by every instance.
secrets_table = Table(
    "govportal_secret", metadata, Column("name", String(40), primary_key=True), Column("value", String(200), nullable=False),
)
SALT = "rate_limit_salt"


def _add_column(conn: Connection, column: Column[Any]) -> None:
    kind = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE {column.table.name} ADD COLUMN {column.name} {kind}"))


def _shared_limits(conn: Connection) -> None:
    """Version 3: rate limit counters every worker shares, their salt, and idempotent posts."""
    rate_limit.create(conn)
    secrets_table.create(conn)
    conn.execute(insert(secrets_table).values(name=SALT, value=secrets.token_hex(32)))
    _add_column(conn, feedback.c.nonce)
    next(i for i in feedback.indexes if i.name == "ix_feedback_nonce").create(conn)


# Each migration brings the schema from version ``index`` to ``index + 1``.
MIGRATIONS: list[Callable[[Connection], None]] = [
    lambda conn: Table("feedback", MetaData(), *_first_columns()).create(conn),
    lambda conn: _add_column(conn, feedback.c.approved_at),
    _shared_limits,
]


class StoreUnavailable(Exception):
    """The database could not be reached or refused the change; nothing was written."""


class SchemaPending(StoreUnavailable):
    """The database's schema is not the one this version of govportal needs."""


def describe(exc: SQLAlchemyError) -> str:
    """What went wrong, without the statement's values (a comment, contact details), so it
    can be logged: the driver's error class and its primary message only."""
    cause = exc.orig if getattr(exc, "orig", None) is not None else exc.__cause__ or exc  # type: ignore[attr-defined]
    diag = getattr(cause, "diag", None)
    message = getattr(diag, "message_primary", None) or str(cause).split("\n", 1)[0]
    return f"{type(cause).__name__}: {message[:300]}"


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
    nonce: str | None = None


COLUMNS = [c.name for c in feedback.columns]
_TIMES = [c.name for c in feedback.columns if isinstance(c.type, DateTime)]


class Store:
    """Adds and reads feedback rows; every write is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        self._salt: str | None = None
        self._swept_minute = 0
        # Built once: building SQLAlchemy statements cost more than running them (about half
        # of a post's database time, see BENCHMARKS.md); the values go in as parameters.
        self._add_row = self._insert(feedback).on_conflict_do_nothing(index_elements=["nonce"]).returning(feedback.c.id)
        self._count_hit = self._hit_statement()

    def add(self, entry: Entry, now: datetime | None = None) -> int:
        """Store one response; a response whose nonce is stored already is not stored again.
        Returns the id of the stored row."""
        try:
            with self.engine.begin() as conn:
                return self._add(conn, entry, now)
        except SQLAlchemyError as exc:
            raise StoreUnavailable(describe(exc)) from exc

    def _add(self, conn: Connection, entry: Entry, now: datetime | None) -> int:
        values = {
            **entry.__dict__,
            "went_well": list(entry.went_well) or None,
            "could_be_better": list(entry.could_be_better) or None,
            "contact": entry.contact if entry.follow_up else None,
            "received_at": now or datetime.now(UTC),
        }
        added = conn.execute(self._add_row, values)
        row_id = added.scalar_one_or_none()
        if row_id is None:  # a retry of a post that was stored: its answer was lost on the way
            row_id = conn.execute(select(feedback.c.id).where(feedback.c.nonce == entry.nonce)).scalar_one()
        return int(row_id)

    def admit(self, address: str, limit: int, entry: Entry | None, now: float) -> int:
        """Count a post from ``address`` and, if it is within the limit, store ``entry`` (spam
        and invalid posts have none): one transaction, so a post is counted and stored together
        or not at all. Returns 0, or the seconds to wait when over the limit (nothing changes then).
        """
        minute, fraction = divmod(now / 60, 1)
        try:
            with self.engine.connect() as conn:
                key = limits.visitor_key(self._salt_in(conn), address, int(minute) // (24 * 60))
                hits, previous = self._hit(conn, key, int(minute))
                wait = limits.retry_after(hits - 1, previous, fraction, limit)
                if wait:
                    conn.rollback()
                    return wait
                if entry is not None:
                    self._add(conn, entry, None)
                conn.commit()
            self._sweep(int(minute))
        except SQLAlchemyError as exc:
            raise StoreUnavailable(describe(exc)) from exc
        return 0

    def _salt_in(self, conn: Connection) -> str:
        if self._salt is None:
            self._salt = conn.execute(select(secrets_table.c.value).where(secrets_table.c.name == SALT)).scalar_one()
        return self._salt

    def _hit_statement(self) -> Any:
        """The upsert that counts one more post in minute ``now`` from visitor ``key``."""
        row, now = rate_limit.c, bindparam("now", type_=Integer)
        upsert = self._insert(rate_limit).values(visitor_key=bindparam("key"), minute=now, hits=1, previous=0)
        upsert = upsert.on_conflict_do_update(index_elements=[row.visitor_key], set_={
            # SET reads the row as it was, in PostgreSQL and SQLite alike.
            "previous": case((row.minute == now, row.previous), (row.minute == now - 1, row.hits), else_=0),
            "hits": case((row.minute == now, row.hits + 1), else_=1),
            "minute": now,
        })
        return upsert.returning(row.hits, row.previous)

    def _hit(self, conn: Connection, key: str, minute: int) -> tuple[int, int]:
        """One more post in ``minute`` from the visitor ``key``: (posts this minute, posts the minute before)."""
        hits, previous = conn.execute(self._count_hit, {"key": key, "now": minute}).one()
        return int(hits), int(previous)

    def _sweep(self, minute: int) -> None:
        """Forget visitors quiet for two minutes: once a minute per process, which is cheap,
        and harmless when several workers do it at once."""
        if minute == self._swept_minute:
            return
        self._swept_minute = minute
        with self.engine.begin() as conn:
            conn.execute(delete(rate_limit).where(rate_limit.c.minute < minute - 1))

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
            raise StoreUnavailable(describe(exc)) from exc


def open_store(url: str, upgrade: bool = True) -> Store:
    """Connect and bring the schema up to date, or with ``upgrade=False`` (the receiver's
    workers) only check that it is: raises SchemaPending then, else StoreUnavailable."""
    engine = create_engine(url, pool_pre_ping=True, **_engine_options(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if upgrade:
            migrate(engine)
        else:
            check_schema(engine)
    except (SQLAlchemyError, SchemaPending) as exc:
        engine.dispose()
        if isinstance(exc, SchemaPending):
            raise
        raise StoreUnavailable(describe(exc)) from exc
    return Store(engine)


def upgrade(url: str) -> tuple[int, int]:
    """``govportal feedback migrate``: the schema versions before and after. Raises StoreUnavailable."""
    engine = create_engine(url, **_engine_options(url))
    try:
        before = schema_version_of(engine)
        return before, migrate(engine)
    except SQLAlchemyError as exc:
        raise StoreUnavailable(describe(exc)) from exc
    finally:
        engine.dispose()


def schema_version_of(engine: Engine) -> int:
    """The version the database is at; 0 for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(schema_version.name):
            return 0
        return int(conn.execute(select(schema_version.c.version)).scalar_one_or_none() or 0)


def check_schema(engine: Engine) -> None:
    """Raise SchemaPending unless the database is at exactly the version this code needs."""
    current = schema_version_of(engine)
    if current == len(MIGRATIONS):
        return
    where = make_url(str(engine.url)).render_as_string(hide_password=True)
    if current < len(MIGRATIONS):
        raise SchemaPending(
            f"the feedback database {where} is at schema version {current} and this govportal needs {len(MIGRATIONS)}: "
            "run 'govportal feedback migrate' once, then start the receiver"
        )
    raise SchemaPending(f"the feedback database {where} is at schema version {current}, newer than this govportal knows ({len(MIGRATIONS)}): upgrade govportal")


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
