"""Database rows of movement cases: events, evidence, orders and the students they cover."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import (
    EvidenceBlob,
    MovementCase,
    MovementEvent,
    Order,
    OrderStudent,
    Person,
    Specialty,
    Student,
    StudentEvent,
)
from registrar.models.base import utcnow
from registrar.models.movement_document import MovementDocument
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, NotFound
from registrar.services.evidence import inspect_file
from registrar.services.folding import fold
from registrar.services.movement_types import EvidenceRef, OrderView, dumps
from registrar.services.numbering import issue_number
from registrar.services.students import full_name

MSG_NEW_STUDENT: Final = "Yeni tələbə üçün «student» məlumatları (nömrə, FİN, ad, soyad) lazımdır."


def student_row(session: Session, student_id: uuid.UUID) -> Student:
    student = session.get(Student, student_id)
    if student is None or student.deleted_at is not None:
        raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
    return student


def append_case_event(
    session: Session,
    actor: Actor,
    case_id: uuid.UUID,
    kind: str,
    status: str,
    *,
    institution_id: uuid.UUID,
    reason: str | None = None,
    payload: Mapping[str, Any] | None = None,
) -> MovementEvent:
    """A step by one party; each party's events chain on that party's previous event."""
    previous = session.scalars(
        select(MovementEvent)
        .where(
            MovementEvent.case_id == case_id,
            MovementEvent.institution_id == institution_id,
            MovementEvent.deleted_at.is_(None),
        )
        .order_by(MovementEvent.at.desc())
        .limit(1)
    ).first()
    event = MovementEvent(
        id=uuid.uuid4(),
        institution_id=institution_id,
        case_id=case_id,
        supersedes=previous.id if previous else None,
        kind=kind,
        status=status,
        reason=reason,
        payload_json=dumps(dict(payload)) if payload else None,
        actor_id=actor.staff_id,
        at=utcnow(),
    )
    session.add(event)
    session.flush()
    return event


def attached_evidence(session: Session, case_id: uuid.UUID) -> dict[str, list[EvidenceRef]]:
    rows = session.execute(
        select(MovementDocument, EvidenceBlob)
        .join(EvidenceBlob, EvidenceBlob.id == MovementDocument.blob_id)
        .where(MovementDocument.case_id == case_id, MovementDocument.deleted_at.is_(None))
        .order_by(MovementDocument.created_at)
    ).all()
    out: dict[str, list[EvidenceRef]] = {}
    for document, blob in rows:
        out.setdefault(document.paragraph, []).append(
            EvidenceRef(blob.id, blob.sha256, blob.mime, blob.size, document.filename)
        )
    return out


def store_blob(session: Session, data: bytes, filename: str, *, field: str) -> EvidenceBlob:
    """Check the file by content and store it once per institution by its SHA-256."""
    info = inspect_file(data, filename, field=field)
    institution = session.info["institution_id"]
    blob = session.scalars(
        select(EvidenceBlob).where(
            EvidenceBlob.institution_id == institution,
            EvidenceBlob.sha256 == info.sha256,
            EvidenceBlob.deleted_at.is_(None),
        )
    ).first()
    if blob is None:
        blob = EvidenceBlob(
            id=uuid.uuid4(), sha256=info.sha256, mime=info.mime, size=info.size, data=data
        )
        session.add(blob)
        session.flush()
    return blob


def student_label(session: Session, student_id: uuid.UUID | None) -> str | None:
    if student_id is None:
        return None
    student = session.get(Student, student_id)
    if student is None:
        return None
    person = session.get(Person, student.person_id)
    return f"{student.student_number} — {full_name(person)}" if person else student.student_number


def new_order(
    session: Session,
    workspace: Workspace,
    kind: str,
    order_date: date,
    signatory: str,
    paragraph: str | None,
    body: str | None,
) -> Order:
    number = issue_number(
        session,
        institution=workspace.institution_code,
        series=workspace.series,
        year=order_date.year,
        kind="ORD",
    )
    order = Order(
        id=uuid.uuid4(),
        number=number,
        kind=kind,
        order_date=order_date,
        signatory=signatory.strip(),
        paragraph=paragraph,
        body=body,
    )
    session.add(order)
    session.flush()
    return order


def order_student(
    session: Session,
    workspace: Workspace,
    case: MovementCase,
    kind: str,
    facts: Mapping[str, Any],
    decision: Mapping[str, Any],
) -> Student:
    """The student the order covers; an incoming student is added to the register."""
    own = workspace.institution_id
    if case.student_id is not None:
        student = student_row(session, case.student_id)
        if student.institution_id == own:
            apply_change(session, student, kind, facts, decision)
            return student
    if kind not in ("incoming_transfer", "transfer_from_abroad", "restoration"):
        raise BadInput("The case names no student of this institution.", field="student_id")
    return incoming_student(session, workspace, case, facts, decision)


def apply_change(
    session: Session,
    student: Student,
    kind: str,
    facts: Mapping[str, Any],
    decision: Mapping[str, Any],
) -> None:
    """A change of specialty or form (or a return into another specialty) updates the row."""
    if kind not in ("specialty_or_form_change", "leave_return", "restoration"):
        return
    target = facts.get("target_specialty")
    if isinstance(target, Mapping) and target.get("code"):
        specialty = specialty_row(session, str(target["code"]), student.level)
        student.specialty_id = specialty.id
    if facts.get("target_study_form"):
        student.study_form = str(facts["target_study_form"])
    if decision.get("fee_after") == "fee_paying":
        student.funding = "fee_paying"


def specialty_row(session: Session, code: str, level: str) -> Specialty:
    specialty = session.scalars(
        select(Specialty).where(
            Specialty.code == code, Specialty.level == level, Specialty.deleted_at.is_(None)
        )
    ).first()
    if specialty is None:
        raise BadInput(f"Unknown specialty code '{code}'.", field="target_specialty")
    return specialty


def incoming_student(
    session: Session,
    workspace: Workspace,
    case: MovementCase,
    facts: Mapping[str, Any],
    decision: Mapping[str, Any],
) -> Student:
    info = facts.get("student")
    if not isinstance(info, Mapping) or not all(
        str(info.get(key) or "").strip()
        for key in ("student_number", "national_key", "first_name", "last_name")
    ):
        raise BadInput(MSG_NEW_STUDENT, field="student")
    key_type = str(info.get("national_key_type") or "fin")
    key = str(info["national_key"]).strip().upper()
    person = session.scalars(
        select(Person).where(
            Person.institution_id == workspace.institution_id,
            Person.national_key_type == key_type,
            Person.national_key == key,
            Person.deleted_at.is_(None),
        )
    ).first()
    first, last = str(info["first_name"]).strip(), str(info["last_name"]).strip()
    patronymic = str(info.get("patronymic") or "").strip()
    if person is None:
        person = Person(
            id=uuid.uuid4(),
            national_key_type=key_type,
            national_key=key,
            citizenship_type="az_citizen"
            if facts.get("citizenship", "az") == "az"
            else str(facts.get("citizenship")),
            first_name=first,
            last_name=last,
            patronymic=patronymic,
            search_folded=fold(f"{last} {first} {patronymic} {key}"),
        )
        session.add(person)
        session.flush()
    level = str(facts.get("level") or "bachelor")
    target = facts.get("target_specialty") or {}
    admitted = facts.get("admitted_specialty") or target
    specialty = specialty_row(session, str(target.get("code", "")), level)
    admitted_row = session.scalars(
        select(Specialty).where(
            Specialty.code == str(admitted.get("code", "")), Specialty.deleted_at.is_(None)
        )
    ).first()
    number = str(info["student_number"]).strip()
    funding = (
        "state_order" if decision.get("fee_after") == "state_order_may_continue" else ("fee_paying")
    )
    student = Student(
        id=uuid.uuid4(),
        person_id=person.id,
        student_number=number,
        level=level,
        specialty_id=specialty.id,
        admitted_specialty_id=(admitted_row or specialty).id,
        specialisation=facts.get("target_specialisation"),
        study_form=str(
            facts.get("target_study_form") or facts.get("source_study_form") or "full_time"
        ),
        funding=funding,
        admission_year=int(facts.get("admission_year") or utcnow().year),
        admission_basis=str(facts.get("admission_basis") or "dim_exam"),
        dim_score=facts.get("dim_score"),
        citizenship=str(facts.get("citizenship") or "az"),
        on_military_register=bool(facts.get("on_military_register", False)),
        third_party_payer=bool(facts.get("third_party_payer", False)),
        search_folded=fold(f"{number} {last} {first} {patronymic}"),
    )
    session.add(student)
    session.flush()
    case.person_id = person.id
    return student


def order_view(session: Session, order: Order) -> OrderView:
    students = session.scalars(
        select(OrderStudent).where(
            OrderStudent.order_id == order.id, OrderStudent.deleted_at.is_(None)
        )
    ).all()
    cases = session.scalars(
        select(StudentEvent.case_id).where(
            StudentEvent.order_id == order.id, StudentEvent.case_id.is_not(None)
        )
    ).all()
    return OrderView(
        id=order.id,
        number=order.number,
        kind=order.kind,
        order_date=order.order_date,
        signatory=order.signatory,
        paragraph=order.paragraph,
        body=order.body,
        students=tuple(
            (row.student_id, student_label(session, row.student_id) or "") for row in students
        ),
        case_ids=tuple(case_id for case_id in cases if case_id is not None),
    )
