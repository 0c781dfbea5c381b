"""Demo records turned into table rows for one workspace, one chunk of indices at a time.

Every id comes from `demo_store.demo_id(seed, table, index, sub)`, so the rows of an index
are the same whenever they are made. Application and order numbers are the only values that
depend on what is already in the database: they are taken from the number counters when the
chunk is written (`demo.fill_demo`).
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, cast

from sqlalchemy import Table

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceReviewEvent,
    FeeExemptionRequest,
    IdentityDocument,
    IncomingLetter,
    MovementCase,
    MovementEvent,
    Order,
    OrderStudent,
    Person,
    PersonName,
    PortalAccount,
    Student,
    StudentEvent,
    StudyRecord,
)
from registrar.services import demo_names as N
from registrar.services import field_ids as F
from registrar.services.demo_movements import weighted
from registrar.services.demo_records import (
    CITIZENSHIP,
    DOC_TYPE,
    EXEMPTION_REJECTED,
    GRADES,
    PATH_FIN,
    PATH_UNHCR,
    REGISTERED,
    UNDER_REVIEW,
    AppEvent,
    Applicant,
    Generator,
    Learner,
    PersonFacts,
    StudentEventFacts,
    confirmed_payload,
    has_learner,
    slot_index,
)
from registrar.services.demo_store import (
    T_ACCOUNT,
    T_ANSWER,
    T_APPLICATION,
    T_CASE,
    T_CASE_EVENT,
    T_DOCUMENT,
    T_EVENT,
    T_FEE,
    T_IDENTITY,
    T_LETTER,
    T_NAME,
    T_ORDER,
    T_ORDER_STUDENT,
    T_PERSON,
    T_REVIEW,
    T_STUDENT,
    T_STUDENT_EVENT,
    T_STUDY,
    Params,
    Planner,
    Row,
    demo_id,
    stamp,
)
from registrar.services.folding import fold
from registrar.services.students import STATUS_AFTER

ORDER_SIGNATORY: Final = "Rektor (NÜMUNƏ / DEMO)"
# The order behind each kind of student event: its kind (as movement_types.ORDER_KIND names
# them), the paragraph of the Regulations.
ORDER_KIND: Final = {
    "enrolled": ("enrolment", None),
    "on_leave": ("leave", "5.1"),
    "returned": ("leave_return", "5.2"),
    "expelled": ("expulsion", "3.1"),
    "restored": ("restoration", "4.1"),
}
ORDER_BODY: Final = {
    "enrolment": "Tələbə heyətinə daxil edilmə haqqında.",
    "leave": "Akademik məzuniyyət verilməsi haqqında.",
    "leave_return": "Akademik məzuniyyətdən qayıdan tələbələr haqqında.",
    "expulsion": "Tələbə heyətindən xaric edilmə haqqında.",
    "restoration": "Tələbə heyətinə bərpa edilmə haqqında.",
}

# Tables in the order their rows are written (parents before children).
TABLES: Final = tuple(
    cast(Table, model.__table__)
    for model in (
        Person,
        IdentityDocument,
        PersonName,
        PortalAccount,
        Application,
        ApplicationAnswer,
        FeeExemptionRequest,
        ApplicationDocument,
        ApplicationEvent,
        EvidenceReviewEvent,
        Order,
        Student,
        OrderStudent,
        MovementCase,
        StudentEvent,
        StudyRecord,
        MovementEvent,
        IncomingLetter,
    )
)

_fold_part = lru_cache(maxsize=65_536)(fold)  # names repeat a lot


def folded_name(p: PersonFacts) -> str:
    """fold() of "last first patronymic", part by part (equal, since parts are words)."""
    return f"{_fold_part(p.last)} {_fold_part(p.first)} {_fold_part(p.patronymic)}"


def payload_hash(payload: Mapping[str, Any]) -> str:
    """SHA-256 of the RFC 8785 form of a payload whose keys are ASCII and whose leaves are
    strings: for such a payload `json.dumps` with sorted keys and no spaces writes the same
    bytes as `canonical.canonical_json`, several times faster (a test holds them equal)."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def order_id(seed: int, key: tuple[str, ...]) -> str:
    digest = int.from_bytes(hashlib.sha256("|".join(key).encode("utf-8")).digest()[:8], "big")
    return demo_id(seed, T_ORDER, (digest >> 24) & ((1 << 40) - 1), digest & ((1 << 22) - 1))


def _day(on: date, hour: int) -> str:
    return stamp(datetime(on.year, on.month, on.day, hour))


@dataclass(frozen=True)
class BlobRef:
    """A stored evidence-pool file, by pool index: what a document row repeats of it."""

    id: str  # hex
    mime: str
    size: int
    sha256: str


@dataclass
class FrozenChunk:
    """A chunk ready to write (and cheap to pickle): the rows of every table as INSERT
    parameters, except the applications and orders, which get their numbers when written."""

    applications: list[Row]
    numbered: list[tuple[dict[str, object], str, str]]  # (application row, name key, phone)
    orders: dict[str, tuple[str, date, str | None]]  # id -> kind, date, paragraph
    params: dict[str, list[Params]]


class Chunk:
    """The rows of one chunk of indices, table by table, before they are written."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {table.name: [] for table in TABLES}
        # Confirmed applications waiting for their number: (row, folded name and key, phone).
        self.numbered: list[tuple[dict[str, object], str, str]] = []
        self.orders: dict[str, tuple[str, date, str | None]] = {}  # id -> kind, date, paragraph

    def add(self, table: str, when: str, values: dict[str, object]) -> None:
        self.rows[table].append((when, values))

    def freeze(self, planner: Planner, institution: str, origin: str) -> FrozenChunk:
        params = {
            table.name: planner.params(table, self.rows[table.name], institution, origin)
            for table in TABLES
            if table.name not in ("application", "rector_order")
        }
        return FrozenChunk(self.rows["application"], self.numbered, self.orders, params)


class RowMaker:
    """Makes the rows of demo records for one workspace's staff, blobs and reference ids."""

    def __init__(
        self,
        generator: Generator,
        staff: Mapping[str, str | None],
        password_hash: str,
        blobs: Sequence[BlobRef],
    ) -> None:
        self.g = generator
        self.seed = generator.seed
        self.ref = generator.ref
        self.staff = staff
        self.password_hash = password_hash
        self.blobs = blobs
        self.pool_sha256 = [blob.sha256 for blob in blobs]

    def _ref_id(self, kind: str, code: str | None) -> str | None:
        return None if code is None else self.ref.ids.get((kind, code))

    def chunk(self, indices: Sequence[int]) -> Chunk:
        chunk = Chunk()
        collecting = gc.isenabled()
        gc.disable()  # only new, acyclic rows are made here: the collector would just rescan
        try:
            for index in indices:
                self.applicant(chunk, self.g.applicant(index))
                if has_learner(index):
                    self.learner(chunk, self.g.learner(index), None)
        finally:
            if collecting:
                gc.enable()
        return chunk

    # -- applications

    def applicant(self, chunk: Chunk, app: Applicant) -> None:
        seed, i, p = self.seed, app.index, app.person
        person_id = demo_id(seed, T_PERSON, i)
        account_id = demo_id(seed, T_ACCOUNT, i)
        app_id = demo_id(seed, T_APPLICATION, i)
        registered = stamp(app.account_at - timedelta(minutes=5))
        name_key = f"{folded_name(p)} {fold(p.key)}"
        phone = app.mobile[1:]
        self._person(chunk, person_id, i, 0, p, registered, f"{name_key} {phone}")
        confirmed_in_person = app.confirmed_in_person
        chunk.add(
            "portal_account",
            registered,
            {
                "id": account_id,
                "person_id": person_id,
                "mobile_country": "AZ",
                "mobile_e164": app.mobile,
                "email": app.email,
                "password_hash": self.password_hash,
                "mobile_confirmed_how": "in_person" if confirmed_in_person else "sms",
                "mobile_confirmed_by": "desk" if confirmed_in_person else None,
                "mobile_confirmed_at": registered,
            },
        )
        created = stamp(app.started_at)
        confirmed = app.confirmed_at
        application: dict[str, object] = {
            "id": app_id,
            "number": None,
            "person_id": person_id,
            "account_id": account_id,
            "admission_line_id": self._ref_id("line", app.line.code),
            "basis": app.basis,
            "exemption_requested": 1 if app.exemption else 0,
            "confirmed_at": stamp(confirmed) if confirmed else None,
            "data_hash": payload_hash(confirmed_payload(app, self.pool_sha256))
            if confirmed
            else None,
            "snapshot_first_name": p.first,
            "snapshot_last_name": p.last,
            "snapshot_patronymic": p.patronymic,
            "snapshot_key_type": p.path,
            "snapshot_key": p.key,
            "search_folded": f"{name_key} {phone}",
            "status_cache": app.status,
            "assigned_to": self.staff.get("registrar") if app.status == UNDER_REVIEW else None,
        }
        chunk.add("application", created, application)
        if confirmed is not None:
            chunk.numbered.append((application, name_key, phone))
        answers = chunk.rows["application_answer"]
        for n, (field_id, value) in enumerate(app.answers.items()):
            answer: dict[str, object] = {
                "id": demo_id(seed, T_ANSWER, i, n),
                "application_id": app_id,
                "field_id": field_id,
                "value": value,
            }
            answers.append((created, answer))
        request_id = demo_id(seed, T_FEE, i)
        if app.exemption is not None:
            category, _sub, notes = app.exemption
            chunk.add(
                "fee_exemption_request",
                created,
                {
                    "id": request_id,
                    "application_id": app_id,
                    "category_code": category,
                    "notes": notes,
                },
            )
        fee_documents: list[tuple[str, str]] = []
        for n, doc in enumerate(app.documents):
            blob = self.blobs[doc.pool]
            document_id = demo_id(seed, T_DOCUMENT, i, n)
            chunk.add(
                "application_document",
                created,
                {
                    "id": document_id,
                    "application_id": app_id,
                    "slot_id": doc.slot,
                    "title_az": doc.title,
                    "blob_id": blob.id,
                    "file_name": doc.file_name,
                    "mime": blob.mime,
                    "size": blob.size,
                    "sha256": blob.sha256,
                },
            )
            if doc.slot.startswith(F.FEE_DOC_PREFIX) or doc.slot == F.FEE_DOCS_OTHER:
                fee_documents.append((document_id, doc.slot))
        previous = None
        for n, event in enumerate(app.events):
            event_id = demo_id(seed, T_EVENT, i, n)
            at = stamp(event.at)
            chunk.add(
                "application_event",
                at,
                {
                    "id": event_id,
                    "application_id": app_id,
                    "supersedes": previous,
                    "kind": event.kind,
                    "status": event.status,
                    "reason": event.reason,
                    "actor_id": self.staff.get(event.actor) if event.actor else None,
                    "at": at,
                    "payload_json": None,
                },
            )
            previous = event_id
            if event.kind.startswith("exemption_"):
                self._reviews(chunk, i, request_id, fee_documents, event)
        if app.status == REGISTERED:
            self.learner(chunk, self.g.master_student(app), app_id)

    def _reviews(
        self,
        chunk: Chunk,
        index: int,
        request_id: str,
        documents: list[tuple[str, str]],
        decision: AppEvent,
    ) -> None:
        """One review event per exemption document: all accepted, or the first refused."""
        rejected = decision.status == EXEMPTION_REJECTED
        at = stamp(decision.at - timedelta(minutes=30))
        for n, (document_id, slot) in enumerate(documents):
            refused = rejected and n == 0
            chunk.add(
                "evidence_review_event",
                at,
                {
                    "id": demo_id(self.seed, T_REVIEW, index, n),
                    "request_id": request_id,
                    "document_id": document_id,
                    "slot_id": slot,
                    "supersedes": None,
                    "state": "not_accepted" if refused else "accepted",
                    "reason": decision.reason if refused else None,
                    "actor_id": self.staff.get("registrar"),
                    "at": at,
                },
            )

    def _person(
        self,
        chunk: Chunk,
        person_id: str,
        index: int,
        stream: int,
        p: PersonFacts,
        created: str,
        folded: str,
    ) -> None:
        seed = self.seed
        chunk.add(
            "person",
            created,
            {
                "id": person_id,
                "national_key_type": p.path,
                "national_key": p.key,
                "citizenship_type": CITIZENSHIP[p.path][1],
                "first_name": p.first,
                "last_name": p.last,
                "patronymic": p.patronymic,
                "birth_date": p.birth.isoformat(),
                "reg_address": p.reg_address,
                "search_folded": folded,
            },
        )
        series = {PATH_FIN: p.card_series, PATH_UNHCR: p.key}.get(p.path)
        chunk.add(
            "identity_document",
            created,
            {
                "id": demo_id(seed, T_IDENTITY, index, stream),
                "person_id": person_id,
                "doc_type": DOC_TYPE[p.path],
                "migration_doc_type": p.migration_doc_type,
                "series_number": series,
                "fin": p.key if p.path != PATH_UNHCR else None,
                "valid_until": p.doc_valid_until.isoformat(),
            },
        )
        names: list[tuple[str, str, str | None]] = [(p.old_last or p.last, _day(p.birth, 0), None)]
        if p.old_last is not None and p.name_changed_on is not None:
            names.append((p.last, _day(p.name_changed_on, 0), N.MARRIAGE_REASON))
        for n, (last, valid_from, reason) in enumerate(names):
            chunk.add(
                "person_name",
                created,
                {
                    "id": demo_id(seed, T_NAME, index, stream * 8 + n),
                    "person_id": person_id,
                    "first_name": p.first,
                    "last_name": last,
                    "patronymic": p.patronymic,
                    "valid_from": valid_from,
                    "reason": reason,
                },
            )

    # -- students

    def _order(self, chunk: Chunk, learner: Learner, event: StudentEventFacts) -> tuple[str, date]:
        """The order an event is made under: a bachelor cohort's enrolment order, else the
        week's order of that kind."""
        kind, paragraph = ORDER_KIND[event.kind]
        if kind == "enrolment" and learner.level == "bachelor":
            on = date(learner.admission_year, 9, 1)
        else:  # weekly orders, on the Monday after the event (or the event's day, if later)
            monday = event.on + timedelta(days=-event.on.weekday() % 7)
            on = monday if monday <= self.g.today else event.on
        group = learner.specialty.code if kind == "enrolment" else ""
        key = (kind, learner.level, group, on.isoformat())
        identifier = order_id(self.seed, key)
        chunk.orders.setdefault(identifier, (kind, on, paragraph))
        return identifier, on

    def learner(self, chunk: Chunk, learner: Learner, application_id: str | None) -> None:
        seed, i, s, p = self.seed, learner.index, learner.stream, learner.person
        person_id = demo_id(seed, T_PERSON, i, s)
        created = _day(learner.events[0].on, 6)
        name_key = f"{folded_name(p)} {fold(p.key)}"
        if s == 1:
            self._person(chunk, person_id, i, s, p, created, name_key)
        student_id = None
        if learner.enrolled:
            student_id = demo_id(seed, T_STUDENT, i, s)
            self._student(chunk, learner, student_id, person_id, application_id, name_key)
        if learner.case is not None:
            self._case(chunk, learner, student_id, person_id)

    def _student(
        self,
        chunk: Chunk,
        learner: Learner,
        student_id: str,
        person_id: str,
        application_id: str | None,
        name_key: str,
    ) -> None:
        seed, i, s = self.seed, learner.index, learner.stream
        level = "M" if learner.level == "master" else "B"
        number = f"{learner.admission_year}{level}{slot_index(seed, i):08d}"
        specialty = self._ref_id("specialty", f"{learner.level}:{learner.specialty.code}")
        chunk.add(
            "student",
            _day(learner.events[0].on, 6),
            {
                "id": student_id,
                "person_id": person_id,
                "student_number": number,
                "application_id": application_id,
                "level": learner.level,
                "specialty_id": specialty,
                "admitted_specialty_id": specialty,
                "specialisation": learner.specialisation,
                "study_form": learner.study_form,
                "language": "az",
                "funding": learner.funding,
                "admission_year": learner.admission_year,
                "admission_basis": "dim_exam",
                "dim_score": learner.dim_score,
                "citizenship": learner.person.citizenship,
                "on_military_register": 1 if learner.military else 0,
                "third_party_payer": 1 if learner.third_party_payer else 0,
                "transcript_blank_serial": None,
                "search_folded": f"{name_key} {fold(number)}",
                "status_cache": STATUS_AFTER[learner.events[-1].kind],
            },
        )
        previous = None
        for n, event in enumerate(learner.events):
            identifier, on = self._order(chunk, learner, event)
            at = _day(on, 7)
            event_id = demo_id(seed, T_STUDENT_EVENT, i, s * 16 + n)
            chunk.add(
                "order_student",
                at,
                {
                    "id": demo_id(seed, T_ORDER_STUDENT, i, s * 16 + n),
                    "order_id": identifier,
                    "student_id": student_id,
                },
            )
            chunk.add(
                "student_event",
                at,
                {
                    "id": event_id,
                    "student_id": student_id,
                    "supersedes": previous,
                    "kind": event.kind,
                    "effective_on": on.isoformat(),
                    "order_id": identifier,
                    "case_id": None,
                    "reason": event.reason,
                    "actor_id": self.staff.get("registrar"),
                    "at": at,
                },
            )
            previous = event_id
        rng = self.g.rng(i, 3 + s)
        grades = GRADES[:4] if rng.random() > 0.7 else GRADES  # a strong or an average student
        records = chunk.rows["study_record"]
        for semester in range(1, self.g.completed_semesters(learner) + 1):
            at = _day(self.g.semester_end(learner.admission_year, semester), 9)
            for k, (code, name, credits, hours) in enumerate(self.g.courses(learner, semester)):
                record = {
                    "id": demo_id(seed, T_STUDY, i, (s * 16 + semester) * 16 + k),
                    "student_id": student_id,
                    "semester": semester,
                    "course_code": code,
                    "course_name": name,
                    "credits": credits,
                    "hours": hours,
                    "grade": weighted(rng, grades),
                }
                records.append((at, record))

    def _case(self, chunk: Chunk, learner: Learner, student_id: str | None, person_id: str) -> None:
        case = learner.case
        if case is None:
            return
        seed, i = self.seed, learner.index
        case_id = demo_id(seed, T_CASE, i)
        opened = stamp(case.opened_at)
        chunk.add(
            "movement_case",
            opened,
            {
                "id": case_id,
                "kind": case.kind,
                "student_id": student_id,
                "person_id": person_id,
                "source_institution_id": self._ref_id("institution", case.source),
                "target_institution_id": self._ref_id("institution", case.target),
                "addressed_to_ministry": 1 if case.ministry else 0,
                "case_json": json.dumps(case.case_json, ensure_ascii=False, sort_keys=True),
                "decision_json": None,
                "rule_version": None,
                "status_cache": case.status,
            },
        )
        chunk.add(
            "movement_event",
            opened,
            {
                "id": demo_id(seed, T_CASE_EVENT, i),
                "case_id": case_id,
                "supersedes": None,
                "kind": "submitted" if case.ministry else "opened",
                "status": case.status,
                "reason": None,
                "payload_json": None,
                "actor_id": self.staff.get(case.actor),
                "at": opened,
            },
        )
        if case.letter is not None:
            kind, received = case.letter
            chunk.add(
                "incoming_letter",
                _day(received, 8),
                {
                    "id": demo_id(seed, T_LETTER, i),
                    "number": f"{slot_index(seed, i)}/{received.year}",
                    "sender": self.ref.ministry_name,
                    "kind": kind,
                    "received_on": received.isoformat(),
                    "case_id": case_id,
                    "student_id": student_id,
                    "scan_blob_id": None,
                },
            )
