"""Declarative base, the sync mixin every table uses, and column types shared by all tables."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Index, MetaData, String, TypeDecorator, Uuid, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LIVE = text("deleted_at IS NULL")


class Base(DeclarativeBase):
    # Same constraint names on local SQLite and central PostgreSQL.
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class SyncMixin:
    """The columns sync and audit rely on; every table has them (a test walks the metadata).

    - `id`: UUID made where the row was created, so offline rows never collide.
    - `institution_id`: the owning institution; row-level security at the centre keys on it.
    - `row_version`: bumped on every local change (see `services.database`).
    - `central_version`: the last version the centre acknowledged; pending while they differ.
    - `origin`: the workstation that last changed the row.
    - `deleted_at`: tombstone; rows are never deleted, so deletions sync.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    institution_id: Mapped[uuid.UUID] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    row_version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    central_version: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    origin: Mapped[str] = mapped_column(String(32))
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"eager_defaults": False}


def live_unique(name: str, *columns: str) -> Index:
    """A unique index that holds only among live rows (WHERE deleted_at IS NULL), both dialects."""
    return Index(name, *columns, unique=True, sqlite_where=LIVE, postgresql_where=LIVE)


# Table-level markers read by sync and by tests.
LOCAL_ONLY = {"local_only": True}  # never synced (drafts, local settings, counters)
EVENT_TABLE = {"event_table": True}  # append-only events: INSERT only, never UPDATE or DELETE
