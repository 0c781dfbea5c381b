"""DİM admission lists imported by the institution; the identity check (YOXLA) reads them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class AdmissionListEntry(SyncMixin, Base):
    """One admitted person from an imported admission list (template: docs/intake.md)."""

    __tablename__ = "admission_list_entry"
    __table_args__ = (
        live_unique(
            "uq_admission_list_entry_key", "institution_id", "key_type", "national_key", "year"
        ),
    )
    key_type: Mapped[str] = mapped_column(String(16))  # fin | migration_fin | dim_document
    national_key: Mapped[str] = mapped_column(String(32))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None]
    institution_code: Mapped[str] = mapped_column(String(32))
    specialty_code: Mapped[str] = mapped_column(String(16))
    specialisation: Mapped[str] = mapped_column(String(200), default="")
    study_form: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(String(16))  # state_funded | fee_paying
    score: Mapped[float | None]
    year: Mapped[int]
    admission_line: Mapped[str] = mapped_column(String(64))
    reg_address: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64))  # re-importing the same row: no change
