"""Evidence files, stored once per institution by their SHA-256, inside the database."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class EvidenceBlob(SyncMixin, Base):
    """The bytes of an uploaded file; checked by content before it is stored."""

    __tablename__ = "evidence_blob"
    __table_args__ = (live_unique("uq_evidence_blob_sha256", "institution_id", "sha256"),)
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    # Last in the row, so scans of the other columns (sync's pending check) skip the bytes.
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, sort_order=1000))
