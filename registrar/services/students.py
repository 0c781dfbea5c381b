"""The student register: import of students and study records, status history, case facts."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from registrar.models import Institution, Order, Person, Specialty, Student, StudentEvent
from registrar.models.base import utcnow
from registrar.models.student import StudyRecord
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, NotFound
from registrar.services.events import chain_head
from registrar.services.folding import fold, fold_for_like
from registrar.services.row_import import (
    Cells,
    DryRun,
    ImportReport,
    RowProblem,
    finish,
    run_rows,
)
from registrar.services.tabular import Table, read_table

STUDENT_COLUMNS: Final = (
    "student_number",
    "national_key_type",
    "national_key",
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "level",
    "specialty_code",
    "specialisation",
    "study_form",
    "language",
    "funding",
    "admission_year",
    "admission_basis",
    "dim_score",
    "citizenship",
    "on_military_register",
    "third_party_payer",
    "enrolled_on",
)
STUDENT_REQUIRED: Final = (
    "student_number",
    "national_key",
    "last_name",
    "first_name",
    "level",
    "specialty_code",
    "study_form",
    "funding",
    "admission_year",
)
STUDY_RECORD_COLUMNS: Final = (
    "student_number",
    "semester",
    "course_code",
    "course_name",
    "credits",
    "hours",
    "grade",
)
STUDY_RECORD_REQUIRED: Final = ("student_number", "semester", "course_code", "credits", "grade")

LEVELS: Final = ("bachelor", "master", "basic_medicine")
STUDY_FORMS: Final = ("full_time", "extramural", "evening", "distance")
FUNDINGS: Final = ("state_order", "fee_paying")
KEY_TYPES: Final = ("fin", "migration_fin", "unhcr")
BASES: Final = ("dim_exam", "international_exam", "other")

# Status history kinds (StudentEvent.kind) and the status each leaves the student in.
STATUS_AFTER: Final = {
    "enrolled": "enrolled",
    "returned": "enrolled",
    "restored": "enrolled",
    "transferred_in": "enrolled",
    "specialty_changed": "enrolled",
    "on_leave": "on_leave",
    "expelled": "expelled",
    "transferred_out": "transferred_out",
}
# Grades that do not complete a course: letters of the 100-point scale and the 5-point scale.
FAILING_GRADES: Final = frozenset({"f", "fx", "2", "1", "0", "qeyri-kafi", "gəlmədi"})
PASS_MARK: Final = 51  # on the 100-point scale

# Messages (proposed by us; need native review).
MSG_UNKNOWN_SPECIALTY: Final = "Bu səviyyədə belə ixtisas kodu yoxdur."
MSG_UNKNOWN_STUDENT: Final = "Bu nömrə ilə tələbə reyestrdə yoxdur."
MSG_DUPLICATE_IN_FILE: Final = "Bu sətir faylda artıq var."
MSG_OTHER_PERSON: Final = "Bu tələbə nömrəsi başqa şəxsə aiddir."


@dataclass(frozen=True)
class StudentSummary:
    id: uuid.UUID
    student_number: str
    full_name: str
    level: str
    specialty_code: str
    specialty_name: str
    study_form: str
    funding: str
    admission_year: int
    status: str

    @property
    def label(self) -> str:
        return f"{self.student_number} — {self.full_name}"


@dataclass(frozen=True)
class StatusEntry:
    kind: str
    effective_on: date
    order_id: uuid.UUID | None
    order_number: str | None
    case_id: uuid.UUID | None
    reason: str | None
    at: datetime


@dataclass(frozen=True)
class StudyLine:
    semester: int
    course_code: str
    course_name: str
    credits: float
    hours: int | None
    grade: str


def full_name(person: Person) -> str:
    return " ".join(
        part for part in (person.last_name, person.first_name, person.patronymic) if part
    )


def status_after(kind: str) -> str:
    return STATUS_AFTER.get(kind, "enrolled")


def student_events(session: Session, student_id: uuid.UUID) -> list[StudentEvent]:
    """The student's events in chain order (oldest first); raises ChainConflict on a fork."""
    events = list(
        session.scalars(
            select(StudentEvent).where(
                StudentEvent.student_id == student_id, StudentEvent.deleted_at.is_(None)
            )
        )
    )
    head = chain_head(events)
    by_id = {event.id: event for event in events}
    ordered: list[StudentEvent] = []
    current = head
    while current is not None:
        ordered.append(current)
        current = by_id.get(current.supersedes) if current.supersedes else None
    return list(reversed(ordered))


def append_student_event(
    session: Session,
    actor: Actor,
    student: Student,
    kind: str,
    *,
    effective_on: date,
    order_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
    reason: str | None = None,
) -> StudentEvent:
    """Add an event at the head of the student's chain and update the cached status."""
    history = student_events(session, student.id)
    event = StudentEvent(
        id=uuid.uuid4(),
        institution_id=student.institution_id,
        student_id=student.id,
        supersedes=history[-1].id if history else None,
        kind=kind,
        effective_on=effective_on,
        order_id=order_id,
        case_id=case_id,
        reason=reason,
        actor_id=actor.staff_id,
        at=utcnow(),
    )
    session.add(event)
    student.status_cache = status_after(kind)
    session.flush()
    return event


def is_failing(grade: str) -> bool:
    text = grade.strip().lower()
    if not text or text in FAILING_GRADES:
        return True
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
        return value < PASS_MARK if value > 5 else value < 3  # 5-point scale below 5
    return False


def semester_completed(records: Sequence[StudyRecord | StudyLine], semester: int = 1) -> bool:
    """A semester is complete when it has results and none of them is a failing grade."""
    lines = [record for record in records if record.semester == semester]
    return bool(lines) and not any(is_failing(line.grade) for line in lines)


def hei_json(institution: Institution) -> dict[str, Any]:
    """The HEI object of rules-api.md for an institution row."""
    return {
        "name": institution.name_az,
        "city": institution.city,
        "country": institution.country,
        "ownership": institution.ownership,
        "founder_body": institution.founder_body or None,
        "special_purpose": institution.special_purpose,
        "accredited": institution.accredited,
        "code": institution.code,
    }


def specialty_json(specialty: Specialty) -> dict[str, Any]:
    """The Specialty object of rules-api.md for a specialty row."""
    return {
        "code": specialty.code,
        "name": specialty.name_az,
        "dim_group": specialty.dim_group,
        "law": specialty.law,
        "basic_medicine": specialty.basic_medicine,
        "culture_arts": specialty.culture_arts,
    }


def student_facts(session: Session, student: Student) -> dict[str, Any]:
    """What the register knows about a student, as rules-api.md case fields."""
    institution = session.get(Institution, student.institution_id)
    specialty = session.get(Specialty, student.specialty_id)
    admitted = session.get(Specialty, student.admitted_specialty_id)
    records = list(
        session.scalars(
            select(StudyRecord).where(
                StudyRecord.student_id == student.id, StudyRecord.deleted_at.is_(None)
            )
        )
    )
    facts: dict[str, Any] = {
        "level": student.level,
        "citizenship": student.citizenship,
        "source_study_form": student.study_form,
        "funding": student.funding,
        "admission_year": student.admission_year,
        "admission_basis": student.admission_basis,
        "took_dim_exam": student.admission_basis == "dim_exam",
        "dim_score": student.dim_score,
        "third_party_payer": student.third_party_payer,
        "on_military_register": student.on_military_register,
        "first_semester_completed": semester_completed(records),
    }
    if institution is not None:
        facts["source_hei"] = hei_json(institution)
    if specialty is not None:
        facts["current_specialty"] = specialty_json(specialty)
    if admitted is not None:
        facts["admitted_specialty"] = specialty_json(admitted)
    if student.specialisation:
        facts["current_specialisation"] = student.specialisation
    return facts


class StudentRegister:
    """Students of this institution: import, search, status history and study record."""

    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.workspace = workspace
        self.actor = actor

    # ---- import -------------------------------------------------------------------------

    def import_students(self, data: bytes, *, dry_run: bool = False) -> ImportReport:
        """Add the good rows (person, student, `enrolled` event); a known number is left as is."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        table = read_table(data, columns=STUDENT_COLUMNS, required=STUDENT_REQUIRED)
        try:
            return self._import_students(table, dry_run)
        except DryRun as run:
            return run.report

    def _import_students(self, table: Table, dry_run: bool) -> ImportReport:
        with self.workspace.write() as session:
            specialties = {
                (row.code, row.level): row
                for row in session.scalars(select(Specialty).where(Specialty.deleted_at.is_(None)))
            }
            seen: set[str] = set()

            def handle(cells: Cells) -> bool:
                return self._student_row(session, cells, specialties, seen)

            created, unchanged, errors = run_rows(table.rows, handle)
            report = finish(created, unchanged, [*table.errors, *errors], dry_run=dry_run)
            audit.record(session, self.actor, "students.import", None, f"created={created}")
        return report

    def _student_row(
        self,
        session: Session,
        cells: Cells,
        specialties: dict[tuple[str, str], Specialty],
        seen: set[str],
    ) -> bool:
        number = cells.text("student_number")
        key_type = cells.one_of("national_key_type", KEY_TYPES, default="fin")
        key = cells.text("national_key").upper()
        last, first = cells.text("last_name"), cells.text("first_name")
        patronymic = cells.text("patronymic", optional=True)
        birth = cells.day("birth_date")
        level = cells.one_of("level", LEVELS)
        specialty = specialties.get((cells.text("specialty_code"), level))
        if specialty is None:
            raise RowProblem("specialty_code", MSG_UNKNOWN_SPECIALTY)
        form = cells.one_of("study_form", STUDY_FORMS)
        funding = cells.one_of("funding", FUNDINGS)
        year = cells.integer("admission_year")
        basis = cells.one_of("admission_basis", BASES, default="dim_exam")
        score = cells.number("dim_score", optional=True)
        citizenship = cells.one_of("citizenship", ("az", "foreign", "stateless"), default="az")
        military = cells.flag("on_military_register")
        payer = cells.flag("third_party_payer")
        enrolled_on = cells.day("enrolled_on") or date(int(year or 2000), 9, 15)
        if number in seen:
            raise RowProblem("student_number", MSG_DUPLICATE_IN_FILE)
        seen.add(number)
        existing = session.scalars(
            select(Student).where(
                Student.institution_id == self.workspace.institution_id,
                Student.student_number == number,
                Student.deleted_at.is_(None),
            )
        ).first()
        person = session.scalars(
            select(Person).where(
                Person.institution_id == self.workspace.institution_id,
                Person.national_key_type == key_type,
                Person.national_key == key,
                Person.deleted_at.is_(None),
            )
        ).first()
        if existing is not None:
            if person is None or existing.person_id != person.id:
                raise RowProblem("student_number", MSG_OTHER_PERSON)
            return False
        if person is None:
            person = Person(
                id=uuid.uuid4(),
                national_key_type=key_type,
                national_key=key,
                citizenship_type="az_citizen" if citizenship == "az" else citizenship,
                first_name=first,
                last_name=last,
                patronymic=patronymic,
                birth_date=birth,
                search_folded=fold(f"{last} {first} {patronymic} {key}"),
            )
            session.add(person)
            session.flush()
        student = Student(
            id=uuid.uuid4(),
            person_id=person.id,
            student_number=number,
            level=level,
            specialty_id=specialty.id,
            admitted_specialty_id=specialty.id,
            specialisation=cells.text("specialisation", optional=True) or None,
            study_form=form,
            language=cells.text("language", optional=True) or "az",
            funding=funding,
            admission_year=int(year or 0),
            admission_basis=basis,
            dim_score=score,
            citizenship=citizenship,
            on_military_register=military,
            third_party_payer=payer,
            search_folded=fold(f"{number} {last} {first} {patronymic}"),
        )
        session.add(student)
        session.flush()
        append_student_event(
            session, self.actor, student, "enrolled", effective_on=enrolled_on, reason="import"
        )
        return True

    def import_study_records(self, data: bytes, *, dry_run: bool = False) -> ImportReport:
        """Add course results; a (student, semester, course) already present is left as is."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        table = read_table(data, columns=STUDY_RECORD_COLUMNS, required=STUDY_RECORD_REQUIRED)
        try:
            return self._import_study_records(table, dry_run)
        except DryRun as run:
            return run.report

    def _import_study_records(self, table: Table, dry_run: bool) -> ImportReport:
        with self.workspace.write() as session:
            students = {
                row.student_number: row.id
                for row in session.scalars(
                    select(Student).where(
                        Student.institution_id == self.workspace.institution_id,
                        Student.deleted_at.is_(None),
                    )
                )
            }
            existing = {
                (row.student_id, row.semester, row.course_code)
                for row in session.scalars(
                    select(StudyRecord).where(
                        StudyRecord.institution_id == self.workspace.institution_id,
                        StudyRecord.deleted_at.is_(None),
                    )
                )
            }

            def handle(cells: Cells) -> bool:
                student_id = students.get(cells.text("student_number"))
                if student_id is None:
                    raise RowProblem("student_number", MSG_UNKNOWN_STUDENT)
                semester = cells.integer("semester")
                code = cells.text("course_code")
                credits = cells.number("credits")
                hours = cells.integer("hours", optional=True)
                grade = cells.text("grade")
                key = (student_id, int(semester or 0), code)
                if key in existing:
                    return False
                existing.add(key)
                session.add(
                    StudyRecord(
                        id=uuid.uuid4(),
                        student_id=student_id,
                        semester=int(semester or 0),
                        course_code=code,
                        course_name=cells.text("course_name", optional=True) or code,
                        credits=float(credits or 0),
                        hours=hours,
                        grade=grade,
                    )
                )
                return True

            created, unchanged, errors = run_rows(table.rows, handle)
            report = finish(created, unchanged, [*table.errors, *errors], dry_run=dry_run)
            audit.record(session, self.actor, "study_records.import", None, f"created={created}")
        return report

    # ---- reading ------------------------------------------------------------------------

    def search(
        self, query: str = "", *, status: str | None = None, limit: int = 200
    ) -> list[StudentSummary]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            stmt = select(Student).where(
                Student.institution_id == self.workspace.institution_id,
                Student.deleted_at.is_(None),
            )
            pattern = fold_for_like(query)
            if pattern:
                stmt = stmt.where(
                    or_(
                        Student.search_folded.like(f"%{pattern}%", escape="\\"),
                        Student.student_number == query.strip(),
                    )
                )
            if status:
                stmt = stmt.where(Student.status_cache == status)
            rows = session.scalars(stmt.order_by(Student.student_number).limit(limit)).all()
            return [summary(session, row) for row in rows]

    def get(self, student_id: uuid.UUID) -> StudentSummary:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            return summary(session, self._student(session, student_id))

    def status_history(self, student_id: uuid.UUID) -> list[StatusEntry]:
        """The status events, oldest first, each with the order behind it."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            self._student(session, student_id)
            entries = []
            for event in student_events(session, student_id):
                order = session.get(Order, event.order_id) if event.order_id else None
                entries.append(
                    StatusEntry(
                        kind=event.kind,
                        effective_on=event.effective_on,
                        order_id=event.order_id,
                        order_number=order.number if order else None,
                        case_id=event.case_id,
                        reason=event.reason,
                        at=event.at,
                    )
                )
            return entries

    def study_record(self, student_id: uuid.UUID) -> list[StudyLine]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            self._student(session, student_id)
            return study_lines(session, student_id)

    def first_semester_completed(self, student_id: uuid.UUID) -> bool:
        return semester_completed(self.study_record(student_id))

    def facts(self, student_id: uuid.UUID) -> dict[str, Any]:
        """The case fields the register pre-fills for this student."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            return student_facts(session, self._student(session, student_id))

    def _student(self, session: Session, student_id: uuid.UUID) -> Student:
        student = session.get(Student, student_id)
        if student is None or student.deleted_at is not None:
            raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
        return student


def study_lines(session: Session, student_id: uuid.UUID) -> list[StudyLine]:
    rows = session.scalars(
        select(StudyRecord)
        .where(StudyRecord.student_id == student_id, StudyRecord.deleted_at.is_(None))
        .order_by(StudyRecord.semester, StudyRecord.course_code)
    )
    return [
        StudyLine(r.semester, r.course_code, r.course_name, r.credits, r.hours, r.grade)
        for r in rows
    ]


def summary(session: Session, student: Student) -> StudentSummary:
    person = session.get(Person, student.person_id)
    specialty = session.get(Specialty, student.specialty_id)
    if person is None:
        raise BadInput("The student's person record is missing.", field="person_id")
    return StudentSummary(
        id=student.id,
        student_number=student.student_number,
        full_name=full_name(person),
        level=student.level,
        specialty_code=specialty.code if specialty else "",
        specialty_name=specialty.name_az if specialty else "",
        study_form=student.study_form,
        funding=student.funding,
        admission_year=student.admission_year,
        status=student.status_cache,
    )
