"""Orders (əmr) with the students they cover, and every issued document with its register number."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class Order(SyncMixin, Base):
    """A rector's order; a student's status changes only through one."""

    __tablename__ = "rector_order"
    __table_args__ = (live_unique("uq_order_number", "institution_id", "number"),)
    number: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    order_date: Mapped[date]
    signatory: Mapped[str] = mapped_column(String(200))
    paragraph: Mapped[str | None] = mapped_column(String(32))
    body: Mapped[str | None] = mapped_column(Text)
    cancelled_at: Mapped[datetime | None]


class OrderStudent(SyncMixin, Base):
    """One student covered by an order (an order may cover many)."""

    __tablename__ = "order_student"
    __table_args__ = (live_unique("uq_order_student_pair", "order_id", "student_id"),)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rector_order.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)


class IssuedDocument(SyncMixin, Base):
    """A printed document: register number, verification-code hash, what it was issued for."""

    __tablename__ = "issued_document"
    __table_args__ = (
        live_unique("uq_issued_document_number", "institution_id", "number"),
        live_unique("uq_issued_document_code", "verification_hash"),
    )
    kind: Mapped[str] = mapped_column(String(48))
    number: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[uuid.UUID]
    holder_initials: Mapped[str | None] = mapped_column(String(16))
    verification_hash: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    blank_serial: Mapped[str | None] = mapped_column(String(64))
