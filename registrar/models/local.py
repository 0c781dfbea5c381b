"""Local-only tables: settings, workstation identity, number counters, drafts, sync bookkeeping."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import LOCAL_ONLY, Base, SyncMixin, live_unique


class LocalSetting(SyncMixin, Base):
    """A setting of this database (institution, central URL and user, argon2 parameters ...)."""

    __tablename__ = "local_setting"
    __table_args__ = (live_unique("uq_local_setting_key", "key"), {"info": LOCAL_ONLY})
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class Workstation(SyncMixin, Base):
    """A workstation identity: its origin id and register series; a restore makes a new one."""

    __tablename__ = "workstation"
    __table_args__ = (
        live_unique("uq_workstation_series", "institution_id", "series"),
        {"info": LOCAL_ONLY},
    )
    series: Mapped[str] = mapped_column(String(16))
    current: Mapped[bool] = mapped_column(default=True)
    retired_at: Mapped[datetime | None]


class NumberCounter(SyncMixin, Base):
    """The last number issued in a register (series, kind, year); gapless by construction."""

    __tablename__ = "number_counter"
    __table_args__ = (
        live_unique("uq_number_counter_key", "series", "kind", "year"),
        {"info": LOCAL_ONLY},
    )
    series: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int]
    last: Mapped[int] = mapped_column(default=0)


class Draft(SyncMixin, Base):
    """A wizard draft: saved within a second of every change; never synced, never a password."""

    __tablename__ = "draft"
    __table_args__ = ({"info": LOCAL_ONLY},)
    kind: Mapped[str] = mapped_column(String(32))
    page: Mapped[str] = mapped_column(String(32))
    data_json: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None]


class DraftFile(SyncMixin, Base):
    """A file attached to a draft (kept until the draft is confirmed or purged)."""

    __tablename__ = "draft_file"
    __table_args__ = ({"info": LOCAL_ONLY},)
    draft_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("draft.id"), index=True)
    slot_id: Mapped[str] = mapped_column(String(64))
    blob_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evidence_blob.id"))
    file_name: Mapped[str] = mapped_column(String(255))


class SyncState(SyncMixin, Base):
    """Sync bookkeeping: the pull cursor and the last push and pull, per central database."""

    __tablename__ = "sync_state"
    __table_args__ = (live_unique("uq_sync_state_central", "central_key"), {"info": LOCAL_ONLY})
    central_key: Mapped[str] = mapped_column(String(200))
    pull_cursor: Mapped[int] = mapped_column(default=0)
    last_push_at: Mapped[datetime | None]
    last_pull_at: Mapped[datetime | None]


class SyncIssue(SyncMixin, Base):
    """A change the centre refused, or a conflict, kept until the registrar resolves it."""

    __tablename__ = "sync_issue"
    __table_args__ = ({"info": LOCAL_ONLY},)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(16))  # refused | conflict
    reason: Mapped[str] = mapped_column(Text)
    local_json: Mapped[str | None] = mapped_column(Text)
    central_json: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]
