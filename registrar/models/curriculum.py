"""Curricula (reference data per specialty) and credit comparison of incoming transcripts."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import Base, SyncMixin, live_unique


class CurriculumCourse(SyncMixin, Base):
    """A course of a specialty's curriculum at this institution (imported)."""

    __tablename__ = "curriculum_course"
    __table_args__ = (
        live_unique("uq_curriculum_course_code", "institution_id", "specialty_code", "course_code"),
    )
    specialty_code: Mapped[str] = mapped_column(String(16))
    course_code: Mapped[str] = mapped_column(String(32))
    course_name: Mapped[str] = mapped_column(String(300))
    credits: Mapped[float]
    semester: Mapped[int]


class TranscriptEntry(SyncMixin, Base):
    """A course of an incoming transcript (2.9.1, 2.13), entered or imported with the case."""

    __tablename__ = "transcript_entry"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("movement_case.id"), index=True)
    course_code: Mapped[str] = mapped_column(String(32), default="")
    course_name: Mapped[str] = mapped_column(String(300))
    credits: Mapped[float]
    hours: Mapped[int | None]
    grade: Mapped[str] = mapped_column(String(8))


class CreditMatch(SyncMixin, Base):
    """The registrar's decision on one transcript course (1.10, 2.13): recognised or not."""

    __tablename__ = "credit_match"
    __table_args__ = (live_unique("uq_credit_match_entry", "transcript_entry_id"),)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("movement_case.id"), index=True)
    transcript_entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transcript_entry.id"))
    curriculum_course_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("curriculum_course.id")
    )
    state: Mapped[str] = mapped_column(String(16))  # accepted | rejected
    credits_recognised: Mapped[float] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(Text)
