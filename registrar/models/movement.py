"""Student movement cases (transfer, restoration, leave, expulsion) and incoming letters."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import EVENT_TABLE, Base, SyncMixin, live_unique


class MovementCase(SyncMixin, Base):
    """A case under the Regulations, with the case and decision JSON and the rule version.

    `institution_id` is the institution that opened the case; source and target institutions
    (and the Ministry) may read it; each party writes only its own event rows.
    """

    __tablename__ = "movement_case"
    kind: Mapped[str] = mapped_column(String(32))
    student_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("student.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    source_institution_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("institution.id"), index=True
    )
    target_institution_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("institution.id"), index=True
    )
    addressed_to_ministry: Mapped[bool] = mapped_column(default=False)
    case_json: Mapped[str] = mapped_column(Text)
    decision_json: Mapped[str | None] = mapped_column(Text)
    rule_version: Mapped[str | None] = mapped_column(String(100))
    status_cache: Mapped[str] = mapped_column(
        String(32), default="open", index=True, info={"sync": False}
    )


class MovementEvent(SyncMixin, Base):
    """A step of a case by one party (decision recorded, approved, refused, order issued ...)."""

    __tablename__ = "movement_event"
    __table_args__ = ({"info": EVENT_TABLE},)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("movement_case.id"), index=True)
    supersedes: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("movement_event.id"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    payload_json: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


class IncomingLetter(SyncMixin, Base):
    """A letter the institution received (MSE consent, transcript blank, personal file ...)."""

    __tablename__ = "incoming_letter"
    __table_args__ = (
        live_unique("uq_incoming_letter_number", "institution_id", "sender", "number"),
    )
    number: Mapped[str] = mapped_column(String(64))
    sender: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    received_on: Mapped[date]
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("movement_case.id"), index=True)
    student_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("student.id"), index=True)
    scan_blob_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence_blob.id"))
