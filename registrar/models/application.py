"""Applications (spec P10–P16): answers and documents as child rows, status as events."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import EVENT_TABLE, Base, SyncMixin, live_unique


class Application(SyncMixin, Base):
    """An application for registration; frozen once confirmed (TƏSDİQ ET).

    The snapshot columns keep the name and document the applicant confirmed with, whatever
    happens to the person row later. `status_cache` is a local projection of the head of the
    event chain, for fast queues; it is not synced.
    """

    __tablename__ = "application"
    __table_args__ = (live_unique("uq_application_number", "institution_id", "number"),)
    number: Mapped[str | None] = mapped_column(String(64), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("portal_account.id"), index=True)
    admission_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("admission_line.id"))
    basis: Mapped[str | None] = mapped_column(String(16))  # state_funded | fee_paying
    exemption_requested: Mapped[bool] = mapped_column(default=False)
    confirmed_at: Mapped[datetime | None] = mapped_column(index=True)
    data_hash: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of the canonical JSON
    snapshot_first_name: Mapped[str] = mapped_column(String(100))
    snapshot_last_name: Mapped[str] = mapped_column(String(100), index=True)
    snapshot_patronymic: Mapped[str] = mapped_column(String(100))
    snapshot_key_type: Mapped[str] = mapped_column(String(16))
    snapshot_key: Mapped[str] = mapped_column(String(32), index=True)
    search_folded: Mapped[str] = mapped_column(Text, default="", index=True)
    status_cache: Mapped[str] = mapped_column(
        String(32), default="DRAFT", index=True, info={"sync": False}
    )
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), index=True, info={"sync": False}
    )


class ApplicationAnswer(SyncMixin, Base):
    """One answered field of an application, keyed by the spec's field id (`pd.same_address`)."""

    __tablename__ = "application_answer"
    __table_args__ = (live_unique("uq_application_answer_field", "application_id", "field_id"),)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    field_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class ApplicationDocument(SyncMixin, Base):
    """A file attached to a document slot (`ad.docs.required[n]`, `fee.doc.*`, `*.other[]`)."""

    __tablename__ = "application_document"
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    slot_id: Mapped[str] = mapped_column(String(64))
    title_az: Mapped[str] = mapped_column(Text)
    blob_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evidence_blob.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))


class ApplicationEvent(SyncMixin, Base):
    """A status change or decision on an application; the head of the chain is the status."""

    __tablename__ = "application_event"
    __table_args__ = ({"info": EVENT_TABLE},)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    supersedes: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("application_event.id"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
    payload_json: Mapped[str | None] = mapped_column(Text)


class FeeExemptionRequest(SyncMixin, Base):
    """A fee-exemption request (spec P13); its sub-answers are application answers."""

    __tablename__ = "fee_exemption_request"
    __table_args__ = (live_unique("uq_fee_exemption_request_app", "application_id"),)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"))
    category_code: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)


class EvidenceReviewEvent(SyncMixin, Base):
    """The state of one exemption document (accepted, not accepted, requested again), as events."""

    __tablename__ = "evidence_review_event"
    __table_args__ = ({"info": EVENT_TABLE},)
    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("fee_exemption_request.id"), index=True
    )
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application_document.id"))
    slot_id: Mapped[str] = mapped_column(String(64))
    supersedes: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evidence_review_event.id"), index=True
    )
    state: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
