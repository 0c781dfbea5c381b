"""Evidence attached to a movement case's required-documents checklist, one row per file."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class MovementDocument(SyncMixin, Base):
    """One evidence file for one checklist item (2.9.1 ... 2.9.6, 4.2, 3.3) of a case.

    Detaching a file sets `deleted_at` (tombstone), so the removal syncs.
    """

    __tablename__ = "movement_document"
    __table_args__ = (
        live_unique("uq_movement_document_item_blob", "case_id", "paragraph", "blob_id"),
    )
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("movement_case.id"), index=True)
    paragraph: Mapped[str] = mapped_column(String(16))
    blob_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evidence_blob.id"))
    filename: Mapped[str] = mapped_column(String(255))
