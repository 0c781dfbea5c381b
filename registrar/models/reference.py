"""Reference tables: institutions, specialties, admission lines, option lists, minimum scores."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class Institution(SyncMixin, Base):
    """A higher-education institution, or the Ministry (kind `ministry`)."""

    __tablename__ = "institution"
    __table_args__ = (live_unique("uq_institution_code", "code"),)
    code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16), default="hei")  # hei | ministry
    name_az: Mapped[str] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(100))
    city_code: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2), default="AZ")
    ownership: Mapped[str] = mapped_column(String(16))  # state | private
    founder_body: Mapped[str] = mapped_column(String(300))  # "mse" or the body's name
    special_purpose: Mapped[bool] = mapped_column(default=False)
    accredited: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)


class Specialty(SyncMixin, Base):
    """A specialty (degree programme) with its DİM group and the flags the Rules look at."""

    __tablename__ = "specialty"
    __table_args__ = (live_unique("uq_specialty_code_level", "code", "level"),)
    code: Mapped[str] = mapped_column(String(16))
    name_az: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(16))  # bachelor | master | basic_medicine
    dim_group: Mapped[int]
    law: Mapped[bool] = mapped_column(default=False)
    basic_medicine: Mapped[bool] = mapped_column(default=False)
    culture_arts: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)


class Specialisation(SyncMixin, Base):
    """A master's specialisation within a specialty."""

    __tablename__ = "specialisation"
    __table_args__ = (live_unique("uq_specialisation_code", "specialty_id", "code"),)
    specialty_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("specialty.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name_az: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)


class ReferenceChoice(SyncMixin, Base):
    """One option of a simple list (citizenship types, migration documents, districts, ...).

    `list_name` names the list; `awaiting_confirmation` marks the spec's proposals until the
    Ministry confirms them; an admin may edit them.
    """

    __tablename__ = "reference_choice"
    __table_args__ = (live_unique("uq_reference_choice_code", "list_name", "code"),)
    list_name: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    label_az: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    parent_code: Mapped[str | None] = mapped_column(String(64))
    awaiting_confirmation: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)
    extra_json: Mapped[str | None] = mapped_column(Text)  # list-specific settings, JSON


class AdmissionLine(SyncMixin, Base):
    """An admission line (spec P10) with the settings that drive the later wizard pages."""

    __tablename__ = "admission_line"
    __table_args__ = (live_unique("uq_admission_line_code", "code"),)
    code: Mapped[str] = mapped_column(String(64))
    # None until the Ministry supplies the official name; the UI then shows `label_en`,
    # marked as awaiting confirmation (never an invented Azerbaijani name).
    label_az: Mapped[str | None] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text, default="")
    auto_load: Mapped[str] = mapped_column(String(16), default="fin")
    auto_admission_data: Mapped[bool] = mapped_column(default=True)
    manual_stage_and_level: Mapped[bool] = mapped_column(default=False)
    required_documents_json: Mapped[str] = mapped_column(Text, default="[]")
    awaiting_confirmation: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)


class FeeCategory(SyncMixin, Base):
    """A fee-exemption category with its sub-questions and document slots (JSON definition)."""

    __tablename__ = "fee_category"
    __table_args__ = (live_unique("uq_fee_category_code", "code"),)
    code: Mapped[str] = mapped_column(String(64))
    label_az: Mapped[str] = mapped_column(Text)
    definition_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)


class MinPassingScore(SyncMixin, Base):
    """A DİM minimum passing score, imported per admission year (shipped empty)."""

    __tablename__ = "min_passing_score"
    __table_args__ = (
        live_unique(
            "uq_min_passing_score_key",
            "target_institution_id",
            "specialty_code",
            "specialisation",
            "year",
            "form",
            "language",
            "basis",
        ),
    )
    target_institution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("institution.id"))
    specialty_code: Mapped[str] = mapped_column(String(16))
    specialisation: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int]
    form: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(String(16))  # state_order | fee_paying
    score: Mapped[float]
    source: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(default=False)
