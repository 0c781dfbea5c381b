"""The audit log: append-only entries, hash-chained per origin (workstation)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import EVENT_TABLE, Base, SyncMixin


class AuditEntry(SyncMixin, Base):
    """One audited action. `entry_hash` = SHA-256 over the previous hash and this entry's fields."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        UniqueConstraint("origin", "seq", name="uq_audit_entry_origin_seq"),
        {"info": EVENT_TABLE},
    )
    seq: Mapped[int]
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
