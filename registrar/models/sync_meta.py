"""Synced records of how sync problems were settled: conflict resolutions and record merges."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin


class SyncResolution(SyncMixin, Base):
    """A registrar's choice on a sync conflict; it syncs, so every workstation sees it.

    `kind` is `row` (two versions of one row: `row_id` is that row, `choices_json` maps each
    differing field to `ours`, `theirs` or `merged`) or `fork` (two events following the same
    event: `row_id` is the new event that follows every head, `superseded_json` lists the
    heads it follows besides its own `supersedes`). Written once, never changed (the centre
    refuses updates).
    """

    __tablename__ = "sync_resolution"
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))  # row | fork
    superseded_json: Mapped[str] = mapped_column(Text, default="[]")
    choices_json: Mapped[str] = mapped_column(Text, default="{}")
    resolved_version: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


class RecordMerge(SyncMixin, Base):
    """Two rows found to be the same thing (one person entered on two workstations).

    The merged row is kept as a tombstone (frozen records may still point at it); readers
    follow `into_id` to the row that lives on. Written once, never changed.
    """

    __tablename__ = "record_merge"
    table_name: Mapped[str] = mapped_column(String(64))
    merged_id: Mapped[uuid.UUID] = mapped_column(index=True)
    into_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
