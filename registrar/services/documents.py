"""Issued documents: data gathered from the database, register numbers, codes, cancel, verify.

`DocumentService.issue(kind, subject_id)` gathers the kind's data from the record it belongs
to (an application, a student, an order), takes the next register number of the kind's
register in the workstation's series, draws a verification code, renders the PDF and stores
an `IssuedDocument` row with the code's hash only, all in one write transaction: a render
that fails leaves no number used, and two processes on one file get consecutive numbers.

Orders are numbered in the orders register when the order is made (`movement_records`); the
printed order carries that number, so an order is issued as a document once.
"""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import (
    AdmissionLine,
    Application,
    ApplicationDocument,
    ApplicationEvent,
    FeeCategory,
    FeeExemptionRequest,
    Institution,
    IssuedDocument,
    MovementCase,
    Order,
    OrderStudent,
    Person,
    Specialty,
    Staff,
    Student,
    StudentEvent,
)
from registrar.models.base import utcnow
from registrar.services import audit, letterhead, roles
from registrar.services.calendar import baku_zone, today_baku
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Conflict, NotFound
from registrar.services.letters import (
    BatchItem,
    Letterhead,
    RenderCancelled,
    check_code,
    code_hash,
    display,
    get_kind,
    new_code,
    normalise_code,
    render_batch,
    render_document,
    template_path,
)
from registrar.services.letters.blank import NO_OFFSETS, PrinterOffsets
from registrar.services.numbering import issue_number

log = logging.getLogger(__name__)

# The register code of each kind issued with its own number (INST/YEAR/CODE/SERIES-NNNN),
# as in the sample numbers of `letters/samples.py`.
REGISTER_CODE: Final[Mapping[str, str]] = {
    "application_receipt": "QBZ",
    "fee_exemption_decision": "MKT",
    "study_certificate": "ARY",
    "credit_comparison_sheet": "KMV",
}
# Order kinds (rector_order.kind) and the document kind that prints them.
ORDER_DOCUMENT: Final[Mapping[str, str]] = {
    "expulsion": "expulsion_order",
    "leave": "academic_leave_order",
}
SUBJECT_TYPE: Final[Mapping[str, str]] = {
    "application_receipt": "application",
    "fee_exemption_decision": "application",
    "study_certificate": "student",
    "expulsion_order": "order",
    "academic_leave_order": "order",
    "credit_comparison_sheet": "case",
}
# Positions printed under "received by" on a receipt (proposed strings; need native review).
ROLE_POSITION: Final[Mapping[str, str]] = {
    "desk": "Qəbul şöbəsinin əməkdaşı",
    "registrar": "Tədris hissəsinin əməkdaşı",
    "ministry": "Nazirliyin əməkdaşı",
    "admin": "Administrator",
}
# The rules engine's expulsion grounds and the order template's choice codes.
EXPULSION_GROUND: Final[Mapping[str, str]] = {
    "own_request": "own_request",
    "transfer": "transfer",
    "discipline": "discipline",
    "health": "health",
    "no_registration_no_contact": "no_registration",
}
APPLICATION_BASIS: Final[Mapping[str, str]] = {
    "state_funded": "state_order",
    "state_order": "state_order",
    "fee_paying": "fee_paying",
}
EXEMPTION_KINDS: Final = ("exemption_approved", "exemption_rejected")
# The academic transcript printed on the Ministry's blank (not a template kind).
TRANSCRIPT_KIND: Final = "transcript"
TRANSCRIPT_TITLE: Final = "Akademik arayış"
TRANSCRIPT_REGISTER: Final = "TRN"
LEVEL_TEXT: Final[Mapping[str, str]] = {
    "bachelor": "Bakalavriat",
    "master": "Magistratura",
    "basic_medicine": "Əsas (baza ali) tibb təhsili",
}
FORM_TEXT: Final[Mapping[str, str]] = {
    "full_time": "Əyani",
    "extramural": "Qiyabi",
    "evening": "Axşam",
    "distance": "Distant",
}

MSG_NOT_ISSUABLE: Final = "'{kind}' is not issued from the database (kinds: {kinds})."
MSG_NOT_CONFIRMED: Final = "Müraciət hələ təsdiq edilməyib."  # proposed string
MSG_ORDER_ISSUED: Final = "Bu əmr artıq sənəd kimi verilib: {number}."  # proposed string
MSG_ORDER_KIND: Final = "Əmrin növü «{kind}» bu sənəd növü ilə çap edilmir."  # proposed string
MSG_ONE_STUDENT: Final = (
    "Əmr {count} tələbəni əhatə edir; bu şablon bir tələbə üçündür."  # proposed string
)
MSG_NO_DECISION: Final = "Təhsil haqqından azad olunma barədə qərar yoxdur."  # proposed string
MSG_CANCELLED: Final = "Sənəd artıq ləğv edilib."  # proposed string
MSG_REASON: Final = "Ləğv etmənin səbəbini yazın."  # proposed string


@dataclass(frozen=True)
class DocumentView:
    """One row of the issued-documents register."""

    id: uuid.UUID
    kind: str
    title: str
    number: str
    subject_type: str
    subject_id: uuid.UUID
    holder_initials: str | None
    issued_on: date
    cancelled_at: datetime | None
    cancel_reason: str | None
    blank_serial: str | None

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "kind": self.kind,
            "title": self.title,
            "number": self.number,
            "subject_type": self.subject_type,
            "subject_id": str(self.subject_id),
            "holder_initials": self.holder_initials,
            "issued_on": self.issued_on.isoformat(),
            "cancelled": self.cancelled,
            "cancelled_at": self.cancelled_at.isoformat() if self.cancelled_at else None,
            "cancel_reason": self.cancel_reason,
        }


@dataclass(frozen=True)
class Issued:
    """A newly issued document: its register row, the code as printed, the PDF."""

    document: DocumentView
    code: str
    pdf: bytes


@dataclass(frozen=True)
class Verification:
    """What a verification shows: never more than kind, number, date, issuer, initials, state.

    `status`: `valid`, `cancelled`, `unknown` (well formed, no such document) or `mistyped`
    (malformed or its check symbol does not match).
    """

    status: str
    kind: str | None = None
    title: str | None = None
    number: str | None = None
    issued_on: date | None = None
    institution: str | None = None
    holder_initials: str | None = None
    cancelled_at: datetime | None = None

    @property
    def valid(self) -> bool:
        return self.status == "valid"

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "valid": self.valid,
            "kind": self.kind,
            "title": self.title,
            "number": self.number,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "institution": self.institution,
            "holder_initials": self.holder_initials,
            "cancelled_at": self.cancelled_at.isoformat() if self.cancelled_at else None,
        }


@dataclass(frozen=True)
class Gathered:
    """A kind's data for one record, with the letterhead and the number it will carry."""

    kind: str
    subject_type: str
    subject_id: uuid.UUID
    data: dict[str, Any]
    letterhead: Letterhead
    holder_initials: str
    order_number: str | None = None


def issuable_kinds() -> tuple[str, ...]:
    """The kinds this service gathers from the database, in the registry's order."""
    return tuple(kind for kind in SUBJECT_TYPE)


def initials(*parts: str | None) -> str:
    """`Əliyeva Aysel Rəşad` -> `Ə.A.R.` (surname, name, patronymic)."""
    letters = [part.strip()[0].upper() for part in parts if part and part.strip()]
    return "".join(f"{letter}." for letter in letters)[:16]


def course_on(admission_year: int, on: date) -> int:
    """The year of study (kurs) on `on`: a new one starts each September; 1 to 6."""
    course = on.year - admission_year + (1 if on.month >= 9 else 0)
    return max(1, min(6, course))


def merge(data: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Put `extra`'s dotted keys (`certificate.purpose`) into the nested data dict."""
    for dotted, value in extra.items():
        node = data
        parts = dotted.split(".")
        for part in parts[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise BadInput(f"'{dotted}' is not a group of values.", field=dotted)
            node = child
        node[parts[-1]] = value
    return data


def kind_title(kind: str) -> str:
    return TRANSCRIPT_TITLE if kind == TRANSCRIPT_KIND else get_kind(kind).title_az


def _view(row: IssuedDocument) -> DocumentView:
    return DocumentView(
        id=row.id,
        kind=row.kind,
        title=kind_title(row.kind),
        number=row.number,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        holder_initials=row.holder_initials,
        issued_on=row.issued_on,
        cancelled_at=row.cancelled_at,
        cancel_reason=row.cancel_reason,
        blank_serial=row.blank_serial,
    )


class DocumentService:
    """Issue, list, cancel and verify the documents of one workspace, as one actor."""

    def __init__(
        self, workspace: Workspace, actor: Actor, *, templates: Mapping[str, str] | None = None
    ) -> None:
        self.workspace = workspace
        self.actor = actor
        self.templates = dict(templates or {})

    # ---- gathering ---------------------------------------------------------------------

    def gather(
        self, kind: str, subject_id: uuid.UUID, extra: Mapping[str, Any] | None = None
    ) -> Gathered:
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        with self.workspace.read() as session:
            return self._gather(session, kind, subject_id, extra or {})

    def _gather(
        self, session: Session, kind: str, subject_id: uuid.UUID, extra: Mapping[str, Any]
    ) -> Gathered:
        get_kind(kind)
        if kind not in SUBJECT_TYPE:
            raise BadInput(
                MSG_NOT_ISSUABLE.format(kind=kind, kinds=", ".join(issuable_kinds())), field="kind"
            )
        gatherer: Callable[[Session, uuid.UUID], Gathered] = getattr(self, f"_data_{kind}")
        gathered = gatherer(session, subject_id)
        merge(gathered.data, extra)
        return gathered

    def find_subject(self, kind: str, reference: str) -> uuid.UUID:
        """The record a kind is issued for, by what the office types: an application's,
        student's or order's number (or the record's id)."""
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        subject = SUBJECT_TYPE.get(kind)
        if subject is None:
            raise BadInput(
                MSG_NOT_ISSUABLE.format(kind=kind, kinds=", ".join(issuable_kinds())), field="kind"
            )
        text = reference.strip()
        if not text:
            raise BadInput("Qeydin nömrəsini yazın.", field="reference")  # proposed string
        try:
            return uuid.UUID(text)
        except ValueError:
            pass
        own = self.workspace.institution_id
        with self.workspace.read() as session:
            if subject == "application":
                found = session.scalars(
                    select(Application.id).where(
                        Application.number == text,
                        Application.institution_id == own,
                        Application.deleted_at.is_(None),
                    )
                ).first()
            elif subject == "student":
                found = session.scalars(
                    select(Student.id).where(
                        Student.student_number == text,
                        Student.institution_id == own,
                        Student.deleted_at.is_(None),
                    )
                ).first()
            elif subject == "case":
                found = None  # cases have no number: their id is typed or chosen
            else:
                found = session.scalars(
                    select(Order.id).where(
                        Order.number == text,
                        Order.institution_id == own,
                        Order.deleted_at.is_(None),
                    )
                ).first()
        if found is None:
            raise NotFound(f"«{text}» tapılmadı.", field="reference")  # proposed string
        return found

    def orders_on(self, kind: str, day: date) -> list[uuid.UUID]:
        """The orders of `day` a document kind prints that have no document yet (batch print)."""
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        order_kinds = [k for k, v in ORDER_DOCUMENT.items() if v == kind]
        with self.workspace.read() as session:
            issued = select(IssuedDocument.subject_id).where(
                IssuedDocument.subject_type == "order", IssuedDocument.deleted_at.is_(None)
            )
            return list(
                session.scalars(
                    select(Order.id)
                    .where(
                        Order.kind.in_(order_kinds),
                        Order.order_date == day,
                        Order.institution_id == self.workspace.institution_id,
                        Order.deleted_at.is_(None),
                        Order.cancelled_at.is_(None),
                        Order.id.not_in(issued),
                    )
                    .order_by(Order.number)
                ).all()
            )

    def template(self, kind: str) -> str:
        """The template text in use for `kind`: the office's edited one, else the shipped file."""
        get_kind(kind)
        with self.workspace.read() as session:
            stored = self._template(session, kind)
        return stored if stored is not None else template_path(kind).read_text(encoding="utf-8")

    def save_template(self, kind: str, text: str | None) -> None:
        """An administrator stores an edited template (checked first); None restores the shipped."""
        roles.require(self.actor, roles.SETTINGS_CHANGE)
        get_kind(kind)
        with self.workspace.write() as session:
            letterhead.put_template(session, kind, text)
            audit.record(session, self.actor, "document.template", f"template:{kind}")
        self.templates.pop(kind, None)

    def printer_offsets(self, printer: str) -> PrinterOffsets:
        """The saved blank offsets of `printer` (zero when never calibrated)."""
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        with self.workspace.read() as session:
            return letterhead.printer_offsets(session, printer)

    def save_printer_offsets(self, printer: str, offsets: PrinterOffsets) -> None:
        """Offsets measured on the calibration page, kept with the printer's name."""
        roles.require(self.actor, roles.DOCUMENT_ISSUE)
        with self.workspace.write() as session:
            letterhead.put_printer_offsets(session, printer, offsets)
            audit.record(session, self.actor, "document.printer_offsets", "printer")

    def _template(self, session: Session, kind: str) -> str | None:
        if kind in self.templates:
            return self.templates[kind]
        return letterhead.template_text(session, kind)

    def _letterhead(self, session: Session, **signatory: str | None) -> Letterhead:
        return letterhead.letterhead(session, self.workspace.institution_id, **signatory)

    def _application(self, session: Session, application_id: uuid.UUID) -> Application:
        row = session.get(Application, application_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("Müraciət tapılmadı.", field="application_id")  # proposed string
        if row.confirmed_at is None or not row.number:
            raise BadInput(MSG_NOT_CONFIRMED, field="application_id")
        return row

    def _data_application_receipt(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        app = self._application(session, subject_id)
        name = " ".join(
            p
            for p in (app.snapshot_last_name, app.snapshot_first_name, app.snapshot_patronymic)
            if p
        )
        line = session.get(AdmissionLine, app.admission_line_id) if app.admission_line_id else None
        institution = session.get(Institution, app.institution_id)
        staff = session.get(Staff, self.actor.staff_id) if self.actor.staff_id is not None else None
        documents = session.scalars(
            select(ApplicationDocument)
            .where(
                ApplicationDocument.application_id == app.id,
                ApplicationDocument.deleted_at.is_(None),
            )
            .order_by(ApplicationDocument.created_at)
        ).all()
        applicant: dict[str, Any] = {"full_name": name}
        if app.snapshot_key_type == "fin":
            applicant["fin"] = app.snapshot_key
        else:
            applicant["document_number"] = app.snapshot_key
        data: dict[str, Any] = {
            "applicant": applicant,
            "application": {
                "number": app.number,
                "confirmed_at": _local(app.confirmed_at) if app.confirmed_at else None,
                "admission_line": (line.label_az or line.code) if line else "—",
                "institution": institution.name_az if institution else "—",
                "admission_basis": APPLICATION_BASIS.get(app.basis or "", "state_order"),
                "fee_exemption_requested": app.exemption_requested,
                "data_hash": app.data_hash,
            },
            "documents": [{"title": d.title_az, "file_name": d.file_name} for d in documents],
            "received_by": {
                "name": staff.display_name if staff else self.actor.username,
                "position": ROLE_POSITION.get(self.actor.role, self.actor.role),
            },
        }
        return Gathered(
            "application_receipt",
            "application",
            app.id,
            data,
            self._letterhead(session),
            initials(app.snapshot_last_name, app.snapshot_first_name, app.snapshot_patronymic),
        )

    def _data_fee_exemption_decision(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        app = self._application(session, subject_id)
        decision = session.scalars(
            select(ApplicationEvent)
            .where(
                ApplicationEvent.application_id == app.id,
                ApplicationEvent.kind.in_(EXEMPTION_KINDS),
                ApplicationEvent.deleted_at.is_(None),
            )
            .order_by(ApplicationEvent.at.desc())
            .limit(1)
        ).first()
        request = session.scalars(
            select(FeeExemptionRequest).where(
                FeeExemptionRequest.application_id == app.id,
                FeeExemptionRequest.deleted_at.is_(None),
            )
        ).first()
        if decision is None or request is None:
            raise BadInput(MSG_NO_DECISION, field="decision")
        category = session.scalars(
            select(FeeCategory).where(
                FeeCategory.code == request.category_code, FeeCategory.deleted_at.is_(None)
            )
        ).first()
        person = session.get(Person, app.person_id)
        assert app.confirmed_at is not None  # checked by _application
        data: dict[str, Any] = {
            "applicant": {
                "full_name": " ".join(
                    p
                    for p in (
                        app.snapshot_last_name,
                        app.snapshot_first_name,
                        app.snapshot_patronymic,
                    )
                    if p
                ),
                "address": (person.reg_address if person else None) or None,
            },
            "application": {"number": app.number, "date": _local(app.confirmed_at).date()},
            "exemption": {"category": category.label_az if category else request.category_code},
            "decision": {
                "outcome": "approved" if decision.kind == "exemption_approved" else "rejected",
                "reason": decision.reason or None,
            },
        }
        return Gathered(
            "fee_exemption_decision",
            "application",
            app.id,
            data,
            self._letterhead(session),
            initials(app.snapshot_last_name, app.snapshot_first_name, app.snapshot_patronymic),
        )

    def _student_data(
        self, session: Session, student: Student, on: date
    ) -> tuple[dict[str, Any], Person]:
        person = session.get(Person, student.person_id)
        specialty = session.get(Specialty, student.specialty_id)
        if person is None or specialty is None:
            raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
        name = " ".join(p for p in (person.last_name, person.first_name, person.patronymic) if p)
        return {
            "full_name": name,
            "specialty": f"{specialty.code} – {specialty.name_az}",
            "course": course_on(student.admission_year, on),
            "form": student.study_form,
            "funding": student.funding,
        }, person

    def _data_study_certificate(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        student = session.get(Student, subject_id)
        if student is None or student.deleted_at is not None:
            raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
        fields, person = self._student_data(session, student, today_baku())
        fields["level"] = student.level
        if person.birth_date is not None:
            fields["birth_date"] = person.birth_date
        data: dict[str, Any] = {"student": fields}
        admission = session.execute(
            select(Order.number, Order.order_date)
            .join(StudentEvent, StudentEvent.order_id == Order.id)
            .where(
                StudentEvent.student_id == student.id,
                StudentEvent.kind.in_(("enrolled", "transferred_in", "restored")),
                StudentEvent.deleted_at.is_(None),
            )
            .order_by(StudentEvent.at.desc())
            .limit(1)
        ).first()
        if admission is not None:
            data["admission"] = {
                "order_number": admission.number,
                "order_date": admission.order_date,
            }
        return Gathered(
            "study_certificate",
            "student",
            student.id,
            data,
            self._letterhead(session),
            initials(person.last_name, person.first_name, person.patronymic),
        )

    def _order(self, session: Session, order_id: uuid.UUID, kind: str) -> tuple[Order, Student]:
        order = session.get(Order, order_id)
        if order is None or order.deleted_at is not None:
            raise NotFound("Əmr tapılmadı.", field="order_id")  # proposed string
        if ORDER_DOCUMENT.get(order.kind) != kind:
            raise BadInput(MSG_ORDER_KIND.format(kind=order.kind), field="kind")
        students = session.scalars(
            select(OrderStudent.student_id).where(
                OrderStudent.order_id == order.id, OrderStudent.deleted_at.is_(None)
            )
        ).all()
        if len(students) != 1:
            raise BadInput(MSG_ONE_STUDENT.format(count=len(students)), field="order_id")
        student = session.get(Student, students[0])
        if student is None:
            raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
        return order, student

    def _order_case(
        self, session: Session, order: Order, student: Student
    ) -> tuple[dict[str, Any], StudentEvent | None]:
        event = session.scalars(
            select(StudentEvent).where(
                StudentEvent.order_id == order.id,
                StudentEvent.student_id == student.id,
                StudentEvent.deleted_at.is_(None),
            )
        ).first()
        facts: dict[str, Any] = {}
        if event is not None and event.case_id is not None:
            case = session.get(MovementCase, event.case_id)
            if case is not None:
                facts = json.loads(case.case_json)
        return facts, event

    def _data_expulsion_order(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        order, student = self._order(session, subject_id, "expulsion_order")
        facts, event = self._order_case(session, order, student)
        fields, person = self._student_data(session, student, order.order_date)
        ground = str(facts.get("ground") or (event.reason if event else "") or "")
        expulsion: dict[str, Any] = {
            "ground": EXPULSION_GROUND.get(ground, ground) or None,
            "date": event.effective_on if event else order.order_date,
        }
        if order.body:
            expulsion["basis"] = order.body
        data: dict[str, Any] = {"student": fields, "expulsion": expulsion}
        target = facts.get("target_hei")
        if isinstance(target, Mapping) and target.get("name"):
            data["target"] = {"institution": str(target["name"])}
        if facts.get("certificate_serial"):
            data["certificate"] = {"serial": str(facts["certificate_serial"])}
        return Gathered(
            "expulsion_order",
            "order",
            order.id,
            data,
            self._letterhead(session, signatory_name=order.signatory),
            initials(person.last_name, person.first_name, person.patronymic),
            order_number=order.number,
        )

    def _data_academic_leave_order(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        order, student = self._order(session, subject_id, "academic_leave_order")
        facts, event = self._order_case(session, order, student)
        fields, person = self._student_data(session, student, order.order_date)
        leave: dict[str, Any] = {
            "ground": facts.get("ground"),
            "start": _day(facts.get("start")) or (event.effective_on if event else None),
            "end": _day(facts.get("end")),
        }
        if order.body:
            leave["basis"] = order.body
        return Gathered(
            "academic_leave_order",
            "order",
            order.id,
            {"student": fields, "leave": leave},
            self._letterhead(session, signatory_name=order.signatory),
            initials(person.last_name, person.first_name, person.patronymic),
            order_number=order.number,
        )

    def _data_credit_comparison_sheet(self, session: Session, subject_id: uuid.UUID) -> Gathered:
        from registrar.models.curriculum import CreditMatch, CurriculumCourse, TranscriptEntry

        case = session.get(MovementCase, subject_id)
        if case is None or case.deleted_at is not None:
            raise NotFound("İş tapılmadı.", field="case_id")  # proposed string
        facts: dict[str, Any] = json.loads(case.case_json)
        names: tuple[str | None, ...]
        if case.student_id is not None and (student := session.get(Student, case.student_id)):
            person = session.get(Person, student.person_id)
            names = (person.last_name, person.first_name, person.patronymic) if person else ()
        else:
            newcomer = _mapping(facts.get("student"))
            names = tuple(newcomer.get(k) for k in ("last_name", "first_name", "patronymic"))
        rows = session.execute(
            select(TranscriptEntry, CreditMatch, CurriculumCourse)
            .outerjoin(
                CreditMatch,
                (CreditMatch.transcript_entry_id == TranscriptEntry.id)
                & CreditMatch.deleted_at.is_(None),
            )
            .outerjoin(CurriculumCourse, CurriculumCourse.id == CreditMatch.curriculum_course_id)
            .where(TranscriptEntry.case_id == case.id, TranscriptEntry.deleted_at.is_(None))
            .order_by(TranscriptEntry.created_at)
        ).all()
        credits = []
        for entry, match, course in rows:
            accepted = match is not None and match.state == "accepted" and course is not None
            credits.append(
                {
                    "source_course": entry.course_name,
                    "source_credits": _decimal(entry.credits),
                    "grade": entry.grade,
                    "target_subject": course.course_name if accepted else None,
                    "target_credits": _decimal(course.credits) if accepted else None,
                    "recognised_credits": _decimal(match.credits_recognised if accepted else 0),
                    "note": match.note if match is not None else None,
                }
            )
        source = _mapping(facts.get("source_hei"))
        target = facts.get("target_specialty")
        current = facts.get("current_specialty")
        staff = session.get(Staff, self.actor.staff_id) if self.actor.staff_id else None
        data: dict[str, Any] = {
            "student": {"full_name": " ".join(n for n in names if n) or None},
            "source": {
                "institution": source.get("name"),
                "specialty": _specialty_text(current),
            },
            "target": {"specialty": _specialty_text(target)},
            "credits": credits,
            "prepared_by": {
                "name": staff.display_name if staff else self.actor.username,
                "position": ROLE_POSITION.get(self.actor.role, self.actor.role),
            },
        }
        if facts.get("transcript_blank_serial"):
            data["transcript"] = {"blank_serial": str(facts["transcript_blank_serial"])}
        if received := _day(facts.get("personal_file_received")):
            data["personal_file"] = {"received_on": received}
        return Gathered(
            "credit_comparison_sheet",
            "case",
            case.id,
            data,
            self._letterhead(session),
            initials(*names),
        )

    # ---- issuing -----------------------------------------------------------------------

    def preview(
        self, kind: str, subject_id: uuid.UUID, extra: Mapping[str, Any] | None = None
    ) -> bytes:
        """The document as it would print, without a number or code (nothing is stored)."""
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        with self.workspace.read() as session:
            gathered = self._gather(session, kind, subject_id, extra or {})
            template = self._template(session, kind)
        return render_document(
            kind,
            gathered.data,
            letterhead=gathered.letterhead,
            number=gathered.order_number or "—",
            issued_on=today_baku(),
            verification_code=None,
            demo=self.workspace.demo,
            template_text=template,
        )

    def issue(
        self,
        kind: str,
        subject_id: uuid.UUID,
        *,
        extra: Mapping[str, Any] | None = None,
        issued_on: date | None = None,
    ) -> Issued:
        """Number, code, render and register one document, all or nothing."""
        roles.require(
            self.actor,
            roles.RECEIPT_ISSUE if kind == "application_receipt" else roles.DOCUMENT_ISSUE,
        )
        day = issued_on or today_baku()
        with self.workspace.write() as session:
            gathered = self._gather(session, kind, subject_id, extra or {})
            row, code = self._register(session, gathered, day)
            pdf = render_document(
                kind,
                gathered.data,
                letterhead=gathered.letterhead,
                number=row.number,
                issued_on=day,
                verification_code=code,
                demo=self.workspace.demo,
                template_text=self._template(session, kind),
            )
            view = _view(row)
        log.info("issued %s %s", kind, view.number)
        return Issued(view, display(code), pdf)

    def issue_batch(
        self,
        kind: str,
        subject_ids: Sequence[uuid.UUID],
        *,
        issued_on: date | None = None,
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[DocumentView], bytes]:
        """Issue one document per record into one PDF; cancelled or failed: nothing issued."""
        roles.require(self.actor, roles.DOCUMENT_ISSUE)
        if not subject_ids:
            raise BadInput("No records to issue documents for.", field="ids")
        day = issued_on or today_baku()
        with self.workspace.write() as session:
            items: list[BatchItem] = []
            views: list[DocumentView] = []
            heads: list[Letterhead] = []
            for subject_id in subject_ids:
                if cancelled is not None and cancelled():
                    raise RenderCancelled("Toplu çap dayandırıldı.")  # proposed string
                gathered = self._gather(session, kind, subject_id, {})
                row, code = self._register(session, gathered, day)
                items.append(BatchItem(gathered.data, row.number, day, code))
                heads.append(gathered.letterhead)
                views.append(_view(row))
            pdf = _render_batch(
                kind,
                items,
                heads,
                self.workspace.demo,
                self._template(session, kind),
                progress,
                cancelled,
            )
        return views, pdf

    def _register(
        self, session: Session, gathered: Gathered, day: date
    ) -> tuple[IssuedDocument, str]:
        if gathered.order_number is not None:
            existing = session.scalars(
                select(IssuedDocument).where(
                    IssuedDocument.subject_type == "order",
                    IssuedDocument.subject_id == gathered.subject_id,
                    IssuedDocument.deleted_at.is_(None),
                )
            ).first()
            if existing is not None:
                raise Conflict(MSG_ORDER_ISSUED.format(number=existing.number), field="order_id")
            number = gathered.order_number
        else:
            number = issue_number(
                session,
                institution=self.workspace.institution_code,
                series=self.workspace.series,
                year=day.year,
                kind=REGISTER_CODE[gathered.kind],
            )
        code = new_code()
        row = IssuedDocument(
            id=uuid.uuid4(),
            kind=gathered.kind,
            number=number,
            subject_type=gathered.subject_type,
            subject_id=gathered.subject_id,
            holder_initials=gathered.holder_initials or None,
            verification_hash=code_hash(code),
            issued_on=day,
        )
        session.add(row)
        session.flush()
        audit.record(session, self.actor, "document.issue", f"issued_document:{row.id}")
        return row, code

    def issue_transcript(
        self,
        student_id: uuid.UUID,
        *,
        blank_serial: str,
        edition: str,
        printer: str = "",
        issued_on: date | None = None,
    ) -> Issued:
        """The transcript on the Ministry's blank from the study record: numbered, coded,
        positioned with the printer's offsets; the blank's serial recorded with the student."""
        from registrar.models import StudyRecord
        from registrar.services.letters.blank import load_blank_layout, render_transcript
        from registrar.services.students import is_failing

        roles.require(self.actor, roles.DOCUMENT_ISSUE)
        serial = blank_serial.strip()
        if not serial or len(serial) > 64:
            raise BadInput("Blankın seriya nömrəsini yazın.", field="blank_serial")
        layout = load_blank_layout(edition)
        day = issued_on or today_baku()
        with self.workspace.write() as session:
            student = session.get(Student, student_id)
            if student is None or student.deleted_at is not None:
                raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
            fields, person = self._student_data(session, student, day)
            records = session.scalars(
                select(StudyRecord)
                .where(StudyRecord.student_id == student.id, StudyRecord.deleted_at.is_(None))
                .order_by(StudyRecord.semester, StudyRecord.course_code)
            ).all()
            rows = [
                {
                    "subject": r.course_name,
                    "semester": r.semester,
                    "credits": _decimal(r.credits),
                    "grade": r.grade,
                }
                for r in records
            ]
            total = sum(
                (_decimal(r.credits) for r in records if not is_failing(r.grade)), Decimal(0)
            )
            head = self._letterhead(session)
            number = issue_number(
                session,
                institution=self.workspace.institution_code,
                series=self.workspace.series,
                year=day.year,
                kind=TRANSCRIPT_REGISTER,
            )
            values: dict[str, Any] = {
                "full_name": fields["full_name"],
                "birth_date": person.birth_date,
                "institution": head.institution_name,
                "specialty": fields["specialty"],
                "level": LEVEL_TEXT.get(student.level, student.level),
                "study_form": FORM_TEXT.get(student.study_form, student.study_form),
                "admission_year": student.admission_year,
                "total_credits": total,
                "issue_date": day,
                "register_number": number,
                "signatory_name": head.signatory_name,
            }
            values = {k: v for k, v in values.items() if k in layout.fields and v is not None}
            code = new_code()
            pdf = render_transcript(
                layout,
                values,
                rows,
                offsets=letterhead.printer_offsets(session, printer) if printer else NO_OFFSETS,
                demo=self.workspace.demo,
                verification_code=code,
            )
            row = IssuedDocument(
                id=uuid.uuid4(),
                kind=TRANSCRIPT_KIND,
                number=number,
                subject_type="student",
                subject_id=student.id,
                holder_initials=initials(person.last_name, person.first_name, person.patronymic),
                verification_hash=code_hash(code),
                issued_on=day,
                blank_serial=serial,
            )
            session.add(row)
            student.transcript_blank_serial = serial
            session.flush()
            audit.record(session, self.actor, "document.issue", f"issued_document:{row.id}")
            view = _view(row)
        return Issued(view, display(code), pdf)

    # ---- register ----------------------------------------------------------------------

    def rows(
        self, *, kind: str | None = None, subject_id: uuid.UUID | None = None, limit: int = 500
    ) -> list[DocumentView]:
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        with self.workspace.read() as session:
            stmt = select(IssuedDocument).where(
                IssuedDocument.institution_id == self.workspace.institution_id,
                IssuedDocument.deleted_at.is_(None),
            )
            if kind is not None:
                stmt = stmt.where(IssuedDocument.kind == kind)
            if subject_id is not None:
                stmt = stmt.where(IssuedDocument.subject_id == subject_id)
            rows = session.scalars(
                stmt.order_by(IssuedDocument.created_at.desc(), IssuedDocument.number.desc()).limit(
                    limit
                )
            ).all()
            return [_view(row) for row in rows]

    def get(self, document_id: uuid.UUID) -> DocumentView:
        roles.require(self.actor, roles.DOCUMENT_VIEW)
        with self.workspace.read() as session:
            return _view(self._row(session, document_id))

    def _row(self, session: Session, document_id: uuid.UUID) -> IssuedDocument:
        row = session.get(IssuedDocument, document_id)
        if (
            row is None
            or row.deleted_at is not None
            or row.institution_id != self.workspace.institution_id
        ):
            raise NotFound("Sənəd tapılmadı.", field="document_id")  # proposed string
        return row

    def cancel(self, document_id: uuid.UUID, reason: str) -> DocumentView:
        """Mark a document cancelled; it keeps its number, which is never reused."""
        roles.require(self.actor, roles.DOCUMENT_ISSUE)
        if not reason.strip():
            raise BadInput(MSG_REASON, field="reason")
        with self.workspace.write() as session:
            row = self._row(session, document_id)
            if row.cancelled_at is not None:
                raise Conflict(MSG_CANCELLED, field="document_id")
            row.cancelled_at = utcnow()
            row.cancel_reason = reason.strip()
            row.updated_at = utcnow()
            row.row_version += 1
            session.flush()
            audit.record(
                session, self.actor, "document.cancel", f"issued_document:{row.id}", reason.strip()
            )
            return _view(row)

    def record_blank_serial(self, document_id: uuid.UUID, serial: str) -> DocumentView:
        """The serial of the pre-printed blank a document went on, with the document and student."""
        roles.require(self.actor, roles.DOCUMENT_ISSUE)
        serial = serial.strip()
        if not serial or len(serial) > 64:
            raise BadInput("Blankın seriya nömrəsini yazın.", field="blank_serial")
        with self.workspace.write() as session:
            row = self._row(session, document_id)
            row.blank_serial = serial
            if row.subject_type == "student":
                student = session.get(Student, row.subject_id)
                if student is not None:
                    student.transcript_blank_serial = serial
            session.flush()
            audit.record(session, self.actor, "document.blank_serial", f"issued_document:{row.id}")
            return _view(row)

    def verify(self, typed: str) -> Verification:
        """Look a printed code up in this database (kind, number, date, issuer, state)."""
        roles.require(self.actor, roles.DOCUMENT_VERIFY)
        return verify_local(self.workspace, typed)


def verify_local(workspace: Workspace, typed: str) -> Verification:
    """The lookup behind `registrar verify`: only the fields a verification may show."""
    try:
        code = normalise_code(typed)
    except BadInput:
        return Verification("mistyped")
    if not check_code(code):
        return Verification("mistyped")
    with workspace.read() as session:
        row = session.scalars(
            select(IssuedDocument).where(
                IssuedDocument.verification_hash == code_hash(code),
                IssuedDocument.deleted_at.is_(None),
            )
        ).first()
        if row is None:
            return Verification("unknown")
        institution = session.get(Institution, row.institution_id)
        return Verification(
            status="cancelled" if row.cancelled_at is not None else "valid",
            kind=row.kind,
            title=kind_title(row.kind),
            number=row.number,
            issued_on=row.issued_on,
            institution=institution.name_az if institution else None,
            holder_initials=row.holder_initials,
            cancelled_at=row.cancelled_at,
        )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _decimal(value: float | int) -> Decimal:
    """Credits are stored as floats; documents print decimals (floats are refused)."""
    return Decimal(str(value)).normalize() if value else Decimal(0)


def _specialty_text(value: Any) -> str | None:
    if isinstance(value, Mapping) and value.get("name"):
        code = value.get("code")
        return f"{code} – {value['name']}" if code else str(value["name"])
    return None


def _local(moment: datetime) -> datetime:
    """A stored UTC moment as Baku wall-clock time (naive, as printed)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(baku_zone()).replace(tzinfo=None)


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BadInput(f"'{value}' is not a date.", field="date") from None
    return None


def _render_batch(
    kind: str,
    items: Sequence[BatchItem],
    heads: Sequence[Letterhead],
    demo: bool,
    template_text: str | None,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    """One PDF; documents whose letterheads differ (orders' signatories) render in runs."""
    if all(head == heads[0] for head in heads):
        return render_batch(
            kind,
            items,
            letterhead=heads[0],
            demo=demo,
            template_text=template_text,
            progress=progress,
            cancelled=cancelled,
        )
    from pypdf import PdfReader, PdfWriter  # only for mixed signatories

    writer = PdfWriter()
    total = len(items)
    for index, (item, head) in enumerate(zip(items, heads, strict=True)):
        part = render_batch(
            kind,
            [item],
            letterhead=head,
            demo=demo,
            template_text=template_text,
            cancelled=cancelled,
        )
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
        if progress is not None:
            progress(index + 1, total)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = [
    "DocumentService",
    "DocumentView",
    "Gathered",
    "Issued",
    "Verification",
    "course_on",
    "initials",
    "issuable_kinds",
    "verify_local",
]
