"""The local database: SQLCipher engine, migrations, sessions that keep the sync columns right."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from registrar.models.base import SyncMixin, utcnow
from registrar.services.errors import Conflict, Unavailable

log = logging.getLogger(__name__)

# The demo database holds only invented data, so its key is public (README): a raw SQLCipher key
# (SHA-256 of "registrar-demo"), which skips the passphrase KDF on every connection.
DEMO_KEY = "x'8712217E72B2CE4DD7209D8A870399CD49EB763A83AFC70D3B2F253B09563FDB'"


@dataclass(frozen=True)
class Database:
    """An open database: engine, session factory and where it lives."""

    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None
    demo: bool

    def dispose(self) -> None:
        self.engine.dispose()


def sqlcipher_engine(path: Path, key: str) -> Engine:
    """An engine on an encrypted SQLite file; `key` is applied as SQLCipher's PRAGMA key.

    SQLAlchemy's pysqlcipher dialect issues the PRAGMA on every new connection and maps
    sqlcipher3's exceptions, so integrity errors arrive as SQLAlchemy's own.
    """
    url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"timeout": 30, "check_same_thread": False},
    )
    _configure_sqlite(engine, cipher=True)
    return engine


def plain_engine(url: str = "sqlite://") -> Engine:
    """An unencrypted engine (in-memory tests, or PostgreSQL)."""
    if url == "sqlite://":
        from sqlalchemy.pool import StaticPool

        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine, *, cipher: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is off: SQLAlchemy emits BEGIN itself, so that
        # `begin_immediate` can take the write lock up front (gapless numbering, two processes).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if cipher:
            cursor.execute("PRAGMA cipher_log_level = NONE")  # no decrypt noise on stderr
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of decrypted pages: queue queries on 100k applications stay in memory.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
        # The ORM orders a flush's inserts by class, not by foreign key (the models declare
        # no relationships), so foreign keys are checked at COMMIT, still within SQLite.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def check_readable(engine: Engine) -> None:
    """Fail with exit 3 when the key is wrong or the file is not a database."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as error:  # the DB-API's DatabaseError may arrive unwrapped from `connect`
        engine.dispose()
        orig = error.orig if isinstance(error, DatabaseError) else error
        message = str(orig)
        if "locked" in message:
            raise Unavailable("The database is locked by another program.") from None
        raise Unavailable(
            "The database cannot be opened: wrong key or passphrase, or not a Registrar Desk "
            "database."
        ) from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    return factory


class SessionContext:
    """Who is writing: stored in `session.info` so flush hooks fill origin and owner."""

    ORIGIN = "origin"
    INSTITUTION = "institution_id"


@event.listens_for(Session, "before_flush")
def _bump_sync_columns(session: Session, _context: Any, _instances: Any) -> None:
    """Keep the sync columns right on every local change.

    New rows get the session's origin and owner when they have none. Changed rows get a new
    `row_version`, `updated_at` and `origin`, unless only local (non-synced) columns changed.
    Event rows are append-only: changing one is refused.
    """
    origin = session.info.get(SessionContext.ORIGIN)
    institution = session.info.get(SessionContext.INSTITUTION)
    now = utcnow()
    for obj in session.new:
        if not isinstance(obj, SyncMixin):
            continue
        if obj.origin is None and origin is not None:
            obj.origin = origin
        if getattr(obj, "institution_id", None) is None and institution is not None:
            obj.institution_id = institution
        if obj.created_at is None:
            obj.created_at = now
        obj.updated_at = obj.created_at
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changed = [attr.key for attr in state.attrs if attr.history.has_changes()]
        table = obj.__table__  # type: ignore[attr-defined]
        synced = [
            key
            for key in changed
            if key not in {"central_version"} and table.c[key].info.get("sync", True)
        ]
        if not synced:
            continue
        if table.info.get("event_table") and set(synced) - {"deleted_at"}:
            raise Conflict(f"{table.name} rows are events and cannot be changed.")
        obj.row_version = (obj.row_version or 0) + 1
        obj.updated_at = now
        if origin is not None:
            obj.origin = origin


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def is_locked_error(error: Exception) -> bool:
    return isinstance(error, OperationalError) and "locked" in str(error)


def ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
