"""Students, their study records, and their status history as events tied to orders."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from registrar.models.base import EVENT_TABLE, Base, SyncMixin, live_unique


class Student(SyncMixin, Base):
    """A person studying at the institution under one student number."""

    __tablename__ = "student"
    __table_args__ = (live_unique("uq_student_number", "institution_id", "student_number"),)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    student_number: Mapped[str] = mapped_column(String(32))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    level: Mapped[str] = mapped_column(String(16))
    specialty_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("specialty.id"))
    admitted_specialty_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("specialty.id"))
    specialisation: Mapped[str | None] = mapped_column(String(200))
    study_form: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16), default="az")
    funding: Mapped[str] = mapped_column(String(16))  # state_order | fee_paying
    admission_year: Mapped[int]
    admission_basis: Mapped[str] = mapped_column(String(32), default="dim_exam")
    dim_score: Mapped[float | None]
    citizenship: Mapped[str] = mapped_column(String(16), default="az")
    on_military_register: Mapped[bool] = mapped_column(default=False)
    third_party_payer: Mapped[bool] = mapped_column(default=False)
    transcript_blank_serial: Mapped[str | None] = mapped_column(String(64))
    search_folded: Mapped[str] = mapped_column(Text, default="", index=True)
    status_cache: Mapped[str] = mapped_column(
        String(32), default="enrolled", index=True, info={"sync": False}
    )


class StudentEvent(SyncMixin, Base):
    """enrolled, on_leave, returned, expelled, restored, transferred_out, transferred_in."""

    __tablename__ = "student_event"
    __table_args__ = ({"info": EVENT_TABLE},)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    supersedes: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("student_event.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    effective_on: Mapped[date]
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rector_order.id"))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("movement_case.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


class StudyRecord(SyncMixin, Base):
    """One course result in a student's study record (feeds transcripts and credit comparison)."""

    __tablename__ = "study_record"
    __table_args__ = (
        live_unique("uq_study_record_course", "student_id", "semester", "course_code"),
    )
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("student.id"), index=True)
    semester: Mapped[int]
    course_code: Mapped[str] = mapped_column(String(32))
    course_name: Mapped[str] = mapped_column(String(300))
    credits: Mapped[float]
    hours: Mapped[int | None]
    grade: Mapped[str] = mapped_column(String(8))
