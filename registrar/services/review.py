"""Review of confirmed applications: the queue, the read-only detail, decisions and reversals.

The queue is a query, never a list held in memory: `ReviewService.page` returns one page of
rows for a filter and a sort (offset paging: the UI asks for the next page as the user scrolls),
`count` the number of matching rows, `status_counts` the count per status over the whole queue
(a GROUP BY on the indexed `status_cache`).

Search goes through the indexed folded column `application.search_folded` (the folded name,
identity key, application number and phone, filled by intake and by the demo generator): the
query is folded the same way (`services.folding`), each word must start a word of the folded
text, and digit runs (FİN digits, phone numbers) may match anywhere.

Decisions are events. Each decision appends an `ApplicationEvent` whose `supersedes` is the
current head of the application's chain, with the new status, and updates the local projection
`application.status_cache`; a mistaken decision is reversed by a new event that supersedes it,
restores the status it replaced and carries its own reason. Nothing is ever deleted. Every
decision and assignment is in the audit log. Every call checks the actor's role first
(`services.roles`).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, literal, literal_column, select
from sqlalchemy.orm import Session

from registrar.models import (
    AdmissionLine,
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceBlob,
    FeeCategory,
    Institution,
    Person,
    ReferenceChoice,
    Specialisation,
    Specialty,
    Staff,
)
from registrar.models.base import utcnow
from registrar.services import audit, roles
from registrar.services import field_ids as F
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Conflict, NotFound
from registrar.services.events import chain_head
from registrar.services.folding import fold_for_like
from registrar.services.intake_types import StatusView
from registrar.services.reference import parse_fee_category

log = logging.getLogger(__name__)

BAKU: Final = ZoneInfo("Asia/Baku")  # the office's day boundaries for the date filter

# Statuses (spec P16) and their proposed Azerbaijani labels.
DRAFT, SUBMITTED, UNDER_REVIEW = "DRAFT", "SUBMITTED", "UNDER_REVIEW"
EXEMPTION_APPROVED, EXEMPTION_REJECTED = "EXEMPTION_APPROVED", "EXEMPTION_REJECTED"
REGISTERED, REJECTED = "REGISTERED", "REJECTED"
QUEUE_STATUSES: Final = (
    SUBMITTED, UNDER_REVIEW, EXEMPTION_APPROVED, EXEMPTION_REJECTED, REGISTERED, REJECTED
)  # fmt: skip
# A decision can be made only while the application is open.
OPEN_STATUSES: Final = frozenset({SUBMITTED, UNDER_REVIEW, EXEMPTION_APPROVED, EXEMPTION_REJECTED})

# Decisions (issue 5, item 3) and the event kind and status each appends.
ACCEPT, REJECT, MORE_DOCUMENTS = "accept", "reject", "more_documents"
DECISIONS: Final[Mapping[str, tuple[str, str | None]]] = {
    ACCEPT: ("registered", REGISTERED),
    REJECT: ("rejected", REJECTED),
    # Asking for documents keeps the application under review; the reason is the message the
    # applicant sees in P16 part 2 (the status and the last message from the institution).
    MORE_DOCUMENTS: ("documents_requested", UNDER_REVIEW),
}
KIND_REVIEW_STARTED: Final = "review_started"
KIND_REVERSED: Final = "reversed"
# Event kinds that are decisions and so may be reversed (exemption decisions included).
REVERSIBLE_KINDS: Final = frozenset(
    {"registered", "rejected", "documents_requested", "exemption_approved", "exemption_rejected"}
)
# Kinds whose reason is addressed to the applicant (shown as the last message in P16).
MESSAGE_KINDS: Final = REVERSIBLE_KINDS | {KIND_REVERSED}

MAX_REASON: Final = 2000
PHONE_FRAGMENT: Final = 7  # digits from which a search word is taken as part of a phone number
MAX_PAGE: Final = 1000
MAX_BULK: Final = 5000

# proposed strings (need native review)
MSG_REASON_REQUIRED: Final = "Səbəbi yazın."
MSG_REASON_TOO_LONG: Final = f"Səbəb ən çox {MAX_REASON} simvol ola bilər."
MSG_NOT_FOUND: Final = "Müraciət tapılmadı."
MSG_NOT_CONFIRMED: Final = "Müraciət hələ təsdiq edilməyib."
MSG_NOT_OPEN: Final = "Bu müraciət üzrə qərar artıq verilib: əvvəlcə qərarı ləğv edin."
MSG_CHANGED: Final = "Müraciətin statusu bu arada dəyişib. Siyahını yeniləyin və yenidən baxın."
MSG_NOT_REVERSIBLE: Final = "Yalnız son qərar ləğv edilə bilər."
MSG_NOT_A_REVIEWER: Final = "Müraciət yalnız qeydiyyatçıya təyin edilə bilər."
MSG_BULK_REFUSED: Final = "Bəzi müraciətlər qəbul edilə bilməz: {numbers}."
MSG_NOTHING_SELECTED: Final = "Heç bir müraciət seçilməyib."
MSG_TOO_MANY: Final = f"Bir dəfəyə ən çox {MAX_BULK} müraciət seçilə bilər."
MSG_UNKNOWN_COLUMN: Final = "Naməlum sütun."

STATUS_LABELS: Final[Mapping[str, str]] = {
    code: F.PROPOSED[f"status.{code}"] for code in (DRAFT, *QUEUE_STATUSES)
}
BASIS_LABELS: Final[Mapping[str, str]] = {
    F.ADMISSION_BASIS_STATE_FUNDED: F.PROPOSED["ad.auto.basis.state_funded"],
    F.ADMISSION_BASIS_FEE_PAYING: F.PROPOSED["ad.auto.basis.fee_paying"],
}
# P16 part 1 (spec proposal): Submitted -> Under review -> Fee-exemption decision (only if
# requested) -> Registered. No payment step until P17 is specified.
STEP_SUBMITTED: Final = STATUS_LABELS[SUBMITTED]
STEP_REVIEW: Final = STATUS_LABELS[UNDER_REVIEW]
STEP_EXEMPTION: Final = F.ATTESTED["fee.title"]
STEP_REGISTERED: Final = STATUS_LABELS[REGISTERED]
STEP_REJECTED: Final = STATUS_LABELS[REJECTED]


# ---- frozen results ----------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. Empty `statuses` means every status; dates are office days."""

    statuses: frozenset[str] = frozenset()
    admission_line_id: uuid.UUID | None = None
    exemption: bool | None = None
    confirmed_from: date | None = None
    confirmed_to: date | None = None  # inclusive
    reviewer_id: uuid.UUID | None = None
    unassigned: bool = False
    search: str = ""


# Sortable columns, in the queue's column order.
COLUMNS: Final = (
    "number", "applicant", "key", "path", "line", "basis", "exemption", "confirmed_at",
    "status", "reviewer",
)  # fmt: skip


@dataclass(frozen=True)
class QueueSort:
    column: str = "confirmed_at"
    descending: bool = True


@dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    number: str | None
    applicant: str  # "Surname Name Patronymic" as confirmed
    key: str  # FİN, or the UNHCR card's series and number
    key_type: str  # fin | migration_fin | unhcr
    line_code: str | None
    line_label: str | None
    basis: str | None
    exemption_requested: bool
    confirmed_at: datetime | None
    status: str
    reviewer_id: uuid.UUID | None
    reviewer_name: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    offset: int
    more: bool  # another page follows


@dataclass(frozen=True)
class Option:
    """A choice for a filter: admission lines and reviewers."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class AnswerRow:
    field_id: str
    label: str
    value: str  # as shown: codes resolved to their Azerbaijani labels


@dataclass(frozen=True)
class AnswerSection:
    page: str  # P10, P11, P12, P13
    title: str
    rows: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    slot_id: str
    title: str
    file_name: str
    mime: str
    size: int
    sha256: str
    blob_id: uuid.UUID

    @property
    def is_pdf(self) -> bool:
        return self.mime == "application/pdf"


@dataclass(frozen=True)
class EventRow:
    id: uuid.UUID
    supersedes: uuid.UUID | None
    kind: str
    status: str
    status_label: str
    reason: str | None
    actor: str | None  # display name of the staff member; None for the applicant
    at: datetime
    reverses: uuid.UUID | None = None  # for a reversal: the event it reverses


@dataclass(frozen=True)
class ApplicationDetail:
    id: uuid.UUID
    number: str | None
    applicant: str
    key: str
    key_type: str
    status: str
    confirmed_at: datetime | None
    data_hash: str | None
    exemption_requested: bool
    reviewer_name: str | None
    sections: tuple[AnswerSection, ...]
    documents: tuple[DocumentRow, ...]
    history: tuple[EventRow, ...]  # oldest first, in chain order
    head_id: uuid.UUID | None
    timeline: StatusView

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def open(self) -> bool:
        """A decision can be made now."""
        return self.confirmed_at is not None and self.status in OPEN_STATUSES

    @property
    def reversible(self) -> EventRow | None:
        """The latest event if it is a decision that can be reversed."""
        if self.history and self.history[-1].kind in REVERSIBLE_KINDS:
            return self.history[-1]
        return None


@dataclass(frozen=True)
class DecisionResult:
    application_id: uuid.UUID
    event_id: uuid.UUID
    status: str


@dataclass(frozen=True)
class BulkResult:
    changed: int
    event_ids: tuple[uuid.UUID, ...] = field(default=())


# ---- queue query ---------------------------------------------------------------------------


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise BadInput(MSG_REASON_REQUIRED, field="reason")
    if len(text) > MAX_REASON:
        raise BadInput(MSG_REASON_TOO_LONG, field="reason")
    return text


def _office_start(day: date) -> datetime:
    return datetime.combine(day, time(0), BAKU).astimezone(UTC)


def search_conditions(query: str, column: Any = None) -> list[ColumnElement[bool]]:
    r"""One LIKE per word of the folded query, on `application.search_folded` (or `column`).

    A word must start a word of the folded text (` ` prepended to both), so "eli" finds
    "Əliyev" but not "Xəlilov". A run of at least seven digits is part of a phone number and
    may match anywhere, without leading zeros: phones are stored with the country code, and a
    registrar types 050 123 45 67 or 501234567. Shorter numbers (an application number's
    serial) must start a word, so they do not match inside phone numbers.
    """
    folded = Application.search_folded if column is None else column
    words = fold_for_like(query).split()
    if sum(len(w) for w in words if w.isdigit()) >= PHONE_FRAGMENT and all(
        w.isdigit() for w in words
    ):
        words = ["".join(words)]  # a phone typed in groups: 050 123 45 67
    conditions: list[ColumnElement[bool]] = []
    haystack = literal(" ") + folded
    for word in words:
        if word.isdigit() and len(word) >= PHONE_FRAGMENT:
            digits = word.lstrip("0") or word
            conditions.append(folded.like(f"%{digits}%", escape="\\"))
        else:
            conditions.append(haystack.like(f"% {word}%", escape="\\"))
    return conditions


def _search_in(query: str) -> ColumnElement[bool] | None:
    """The search as `rowid IN (matches)`: SQLite finds the matches by scanning only the
    (covering) index of `search_folded`, then reads just the matching rows. A LIKE on the
    table itself makes it read every row, or walk the sort index row by row."""
    inner = Application.__table__.alias("searched")
    conditions = search_conditions(query, inner.c.search_folded)
    if not conditions:
        return None
    return literal_column("application.rowid").in_(
        select(literal_column("searched.rowid")).select_from(inner).where(*conditions)
    )


BROAD_SHARE: Final = 0.05  # a status filter keeping more of the queue than this is "broad"


def _conditions(flt: QueueFilter, *, broad: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE clause of the queue.

    `broad`: the status filter keeps a large share of the queue. Its index is then hidden from
    SQLite (unary `+`), which walks the sort order instead and stops after one page; for a
    narrow filter the index finds the few rows faster. (The database has no ANALYZE
    statistics telling the planner which case it is in.) Likewise "unassigned", nearly
    always most of the queue.
    """
    # The queue is every confirmed application: any status but DRAFT (confirming moves an
    # application to SUBMITTED, and no event leads back to DRAFT). Confirmed applications are
    # never tombstoned (services.frozen refuses it), so no `deleted_at` test is needed: leaving
    # it out lets the status counts read only the status index.
    conditions: list[ColumnElement[bool]] = [Application.status_cache != DRAFT]
    if flt.statuses:
        status: Any = literal_column("+application.status_cache") if broad else None
        column = Application.status_cache if status is None else status
        conditions.append(column.in_(sorted(flt.statuses)))
    if flt.admission_line_id is not None:
        conditions.append(Application.admission_line_id == flt.admission_line_id)
    if flt.exemption is not None:
        conditions.append(Application.exemption_requested.is_(flt.exemption))
    if flt.confirmed_from is not None:
        conditions.append(Application.confirmed_at >= _office_start(flt.confirmed_from))
    if flt.confirmed_to is not None:
        end = _office_start(flt.confirmed_to + timedelta(days=1))
        conditions.append(Application.confirmed_at < end)
    if flt.unassigned:
        conditions.append(literal_column("+application.assigned_to").is_(None))
    elif flt.reviewer_id is not None:
        conditions.append(Application.assigned_to == flt.reviewer_id)
    if (searched := _search_in(flt.search)) is not None:
        conditions.append(searched)
    return conditions


def _sort_keys(sort: QueueSort) -> list[Any]:
    keys: dict[str, Sequence[Any]] = {
        "number": (Application.number,),
        "applicant": (
            Application.snapshot_last_name,
            Application.snapshot_first_name,
            Application.snapshot_patronymic,
        ),
        "key": (Application.snapshot_key,),
        "path": (Application.snapshot_key_type,),
        "line": (AdmissionLine.code,),
        "basis": (Application.basis,),
        "exemption": (Application.exemption_requested,),
        "confirmed_at": (Application.confirmed_at,),
        "status": (Application.status_cache,),
        "reviewer": (Staff.display_name,),
    }
    if sort.column not in keys:
        raise BadInput(MSG_UNKNOWN_COLUMN, field="sort")
    ordered = [key.desc() if sort.descending else key.asc() for key in keys[sort.column]]
    tie = Application.id.desc() if sort.descending else Application.id.asc()
    return [*ordered, tie]


def _applicant(last: str, first: str, patronymic: str) -> str:
    return " ".join(part for part in (last, first, patronymic) if part)


def _line_label(label_az: str | None, label_en: str | None) -> str | None:
    # An admission line without an official Azerbaijani name shows the working English one.
    return label_az or label_en or None


# ---- decisions (public building block, also for the fee-exemption review) ------------------


def _events(session: Session, application_id: uuid.UUID) -> list[ApplicationEvent]:
    return list(
        session.scalars(
            select(ApplicationEvent).where(
                ApplicationEvent.application_id == application_id,
                ApplicationEvent.deleted_at.is_(None),
            )
        )
    )


def append_status_event(
    session: Session,
    actor: Actor,
    application: Application,
    *,
    kind: str,
    status: str,
    reason: str | None,
    expected_head: uuid.UUID | None = None,
    payload: Mapping[str, object] | None = None,
) -> ApplicationEvent:
    """Append an event after the current head, update `status_cache`, record the audit entry.

    In the caller's write transaction. `expected_head`, when given, is the head the user saw:
    if another decision came first the call raises Conflict instead of deciding blindly. A
    forked chain (two workstations decided independently) raises ChainConflict.
    """
    head = chain_head(_events(session, application.id))
    if expected_head is not None and (head is None or head.id != expected_head):
        raise Conflict(MSG_CHANGED, field="application")
    event = ApplicationEvent(
        id=uuid.uuid4(),
        application_id=application.id,
        supersedes=head.id if head is not None else None,
        kind=kind,
        status=status,
        reason=reason,
        actor_id=actor.staff_id,
        at=utcnow(),
        payload_json=json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
        if payload
        else None,
    )
    session.add(event)
    application.status_cache = status
    session.flush()
    audit.record(session, actor, f"application.{kind}", f"application:{application.id}", reason)
    return event


def refresh_status_cache(session: Session, application_ids: Iterable[uuid.UUID]) -> int:
    """Recompute `status_cache` from the event chains (after sync brings events from elsewhere).

    Applications whose chain is forked keep their cached status; returns how many changed.
    """
    changed = 0
    for application_id in application_ids:
        application = session.get(Application, application_id)
        if application is None:
            continue
        try:
            head = chain_head(_events(session, application_id))
        except Conflict:
            log.warning("event chain of an application is forked; status kept")
            continue
        status = head.status if head is not None else DRAFT
        if application.status_cache != status:
            application.status_cache = status
            changed += 1
    session.flush()
    return changed


def _chain_order(events: Sequence[ApplicationEvent]) -> list[ApplicationEvent]:
    """Events from the root to the head (a forked chain falls back to time order)."""
    by_parent = {event.supersedes: event for event in events}
    ordered: list[ApplicationEvent] = []
    current = by_parent.get(None)
    while current is not None and len(ordered) < len(events):
        ordered.append(current)
        current = by_parent.get(current.id)
    if len(ordered) != len(events):
        return sorted(events, key=lambda event: (event.at, str(event.id)))
    return ordered


# ---- the service -------------------------------------------------------------------------


class ReviewService:
    """Queue, detail and decisions over one workspace; each method is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._counts: dict[str, int] | None = None  # for the planner hint only; may be stale

    def _broad(self, flt: QueueFilter) -> bool:
        if not flt.statuses:
            return False
        if self._counts is None:
            self._counts = self._status_counts()
        total = sum(self._counts.values()) or 1
        kept = sum(self._counts.get(status, 0) for status in flt.statuses)
        return kept / total > BROAD_SHARE

    # -- queue

    def page(
        self,
        actor: Actor,
        flt: QueueFilter,
        sort: QueueSort,
        offset: int = 0,
        limit: int = 200,
    ) -> QueuePage:
        roles.require(actor, roles.REVIEW_VIEW)
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise BadInput("offset/limit out of range", field="limit")
        statement = (
            select(
                Application.id,
                Application.number,
                Application.snapshot_last_name,
                Application.snapshot_first_name,
                Application.snapshot_patronymic,
                Application.snapshot_key,
                Application.snapshot_key_type,
                AdmissionLine.code,
                AdmissionLine.label_az,
                AdmissionLine.label_en,
                Application.basis,
                Application.exemption_requested,
                Application.confirmed_at,
                Application.status_cache,
                Application.assigned_to,
                Staff.display_name,
            )
            .select_from(Application)
            .outerjoin(AdmissionLine, AdmissionLine.id == Application.admission_line_id)
            .outerjoin(Staff, Staff.id == Application.assigned_to)
            .where(*_conditions(flt, broad=self._broad(flt)))
            .order_by(*_sort_keys(sort))
            .offset(offset)
            .limit(limit + 1)
        )
        with self._workspace.read() as session:
            result = session.execute(statement).all()
        rows = tuple(
            QueueRow(
                id=r[0],
                number=r[1],
                applicant=_applicant(r[2], r[3], r[4]),
                key=r[5],
                key_type=r[6],
                line_code=r[7],
                line_label=_line_label(r[8], r[9]),
                basis=r[10],
                exemption_requested=bool(r[11]),
                confirmed_at=r[12],
                status=r[13],
                reviewer_id=r[14],
                reviewer_name=r[15],
            )
            for r in result[:limit]
        )
        return QueuePage(rows=rows, offset=offset, more=len(result) > limit)

    def count(self, actor: Actor, flt: QueueFilter) -> int:
        """How many applications match the filter."""
        roles.require(actor, roles.REVIEW_VIEW)
        statement = select(func.count()).select_from(Application).where(*_conditions(flt))
        with self._workspace.read() as session:
            return int(session.scalar(statement) or 0)

    def status_counts(self, actor: Actor) -> dict[str, int]:
        """Applications per status over the whole queue (every status present, zeros too)."""
        roles.require(actor, roles.REVIEW_VIEW)
        self._counts = self._status_counts()
        return dict(self._counts)

    def _status_counts(self) -> dict[str, int]:
        statement = (
            select(Application.status_cache, func.count())
            .where(*_conditions(QueueFilter()))
            .group_by(Application.status_cache)
        )
        counts = dict.fromkeys(QUEUE_STATUSES, 0)
        with self._workspace.read() as session:
            for status, n in session.execute(statement).all():
                counts[str(status)] = int(n)
        return counts

    def admission_lines(self, actor: Actor) -> list[Option]:
        roles.require(actor, roles.REVIEW_VIEW)
        with self._workspace.read() as session:
            rows = session.execute(
                select(AdmissionLine.id, AdmissionLine.label_az, AdmissionLine.label_en)
                .where(AdmissionLine.deleted_at.is_(None))
                .order_by(AdmissionLine.code)
            ).all()
        return [Option(r[0], _line_label(r[1], r[2]) or "") for r in rows]

    def reviewers(self, actor: Actor) -> list[Option]:
        """Active staff who may review: the choices for assignment and for the filter."""
        roles.require(actor, roles.REVIEW_VIEW)
        allowed = sorted(roles.roles_for(roles.REVIEW_DECIDE))
        with self._workspace.read() as session:
            rows = session.execute(
                select(Staff.id, Staff.display_name)
                .where(Staff.deleted_at.is_(None), Staff.active.is_(True), Staff.role.in_(allowed))
                .order_by(Staff.display_name)
            ).all()
        return [Option(r[0], r[1]) for r in rows]

    # -- detail

    def detail(self, actor: Actor, application_id: uuid.UUID) -> ApplicationDetail:
        roles.require(actor, roles.REVIEW_VIEW)
        with self._workspace.read() as session:
            application = session.get(Application, application_id)
            if application is None or application.deleted_at is not None:
                raise NotFound(MSG_NOT_FOUND, field="application")
            answers = _read_only_copies(session, application)
            answers |= {
                a.field_id: a.value
                for a in session.scalars(
                    select(ApplicationAnswer).where(
                        ApplicationAnswer.application_id == application_id,
                        ApplicationAnswer.deleted_at.is_(None),
                    )
                )
            }
            documents = tuple(
                DocumentRow(
                    d.id, d.slot_id, d.title_az, d.file_name, d.mime, d.size, d.sha256, d.blob_id
                )
                for d in session.scalars(
                    select(ApplicationDocument)
                    .where(
                        ApplicationDocument.application_id == application_id,
                        ApplicationDocument.deleted_at.is_(None),
                    )
                    .order_by(ApplicationDocument.slot_id, ApplicationDocument.file_name)
                )
            )
            events = _chain_order(_events(session, application_id))
            staff_names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
            history = tuple(_event_row(event, staff_names) for event in events)
            sections = _Labeller(session, application.snapshot_key_type).sections(answers)
            reviewer = staff_names.get(application.assigned_to) if application.assigned_to else None
            return ApplicationDetail(
                id=application.id,
                number=application.number,
                applicant=_applicant(
                    application.snapshot_last_name,
                    application.snapshot_first_name,
                    application.snapshot_patronymic,
                ),
                key=application.snapshot_key,
                key_type=application.snapshot_key_type,
                status=application.status_cache,
                confirmed_at=application.confirmed_at,
                data_hash=application.data_hash,
                exemption_requested=application.exemption_requested,
                reviewer_name=reviewer,
                sections=sections,
                documents=documents,
                history=history,
                head_id=events[-1].id if events else None,
                timeline=status_view(
                    application.number or "",
                    application.status_cache,
                    exemption_requested=application.exemption_requested,
                    history=history,
                ),
            )

    def document_bytes(
        self, actor: Actor, application_id: uuid.UUID, document_id: uuid.UUID
    ) -> bytes:
        """The stored file of one of the application's documents."""
        roles.require(actor, roles.REVIEW_VIEW)
        with self._workspace.read() as session:
            data = session.scalar(
                select(EvidenceBlob.data)
                .join(ApplicationDocument, ApplicationDocument.blob_id == EvidenceBlob.id)
                .where(
                    ApplicationDocument.id == document_id,
                    ApplicationDocument.application_id == application_id,
                )
            )
        if data is None:
            raise NotFound("Sənəd tapılmadı.", field="document")  # proposed string
        return bytes(data)

    # -- decisions

    def decide(
        self,
        actor: Actor,
        application_id: uuid.UUID,
        decision: str,
        reason: str,
        *,
        expected_head: uuid.UUID | None = None,
    ) -> DecisionResult:
        """Accept, reject or ask for more documents; the reason is required."""
        roles.require(actor, roles.REVIEW_DECIDE)
        if decision not in DECISIONS:
            raise BadInput("Unknown decision.", field="decision")
        text = _reason(reason)
        kind, status = DECISIONS[decision]
        with self._workspace.write() as session:
            application = self._open_application(session, application_id)
            event = append_status_event(
                session,
                actor,
                application,
                kind=kind,
                status=status or application.status_cache,
                reason=text,
                expected_head=expected_head,
            )
            return DecisionResult(application.id, event.id, event.status)

    def reverse(
        self, actor: Actor, application_id: uuid.UUID, event_id: uuid.UUID, reason: str
    ) -> DecisionResult:
        """Reverse the latest decision by a new event that restores the status before it."""
        roles.require(actor, roles.REVIEW_REVERSE)
        text = _reason(reason)
        with self._workspace.write() as session:
            application = session.get(Application, application_id)
            if application is None or application.deleted_at is not None:
                raise NotFound(MSG_NOT_FOUND, field="application")
            events = _events(session, application_id)
            head = chain_head(events)
            if head is None or head.id != event_id or head.kind not in REVERSIBLE_KINDS:
                raise Conflict(MSG_NOT_REVERSIBLE, field="event")
            previous = next((e for e in events if e.id == head.supersedes), None)
            restored = previous.status if previous is not None else SUBMITTED
            event = append_status_event(
                session,
                actor,
                application,
                kind=KIND_REVERSED,
                status=restored,
                reason=text,
                expected_head=head.id,
                payload={"reverses": str(head.id), "reversed_kind": head.kind},
            )
            return DecisionResult(application.id, event.id, event.status)

    def assign(
        self, actor: Actor, application_ids: Sequence[uuid.UUID], reviewer_id: uuid.UUID | None
    ) -> BulkResult:
        """Assign the applications to a reviewer (None: unassign), in one transaction.

        A submitted application that gets a reviewer moves to UNDER_REVIEW (an event), so the
        applicant sees that the institution is looking at it.
        """
        roles.require(actor, roles.REVIEW_ASSIGN)
        ids = self._checked_ids(application_ids)
        with self._workspace.write() as session:
            if reviewer_id is not None:
                reviewer = session.get(Staff, reviewer_id)
                if (
                    reviewer is None
                    or reviewer.deleted_at is not None
                    or not reviewer.active
                    or not roles.allowed(reviewer.role, roles.REVIEW_DECIDE)
                ):
                    raise BadInput(MSG_NOT_A_REVIEWER, field="reviewer")
            applications = self._confirmed(session, ids)
            event_ids: list[uuid.UUID] = []
            for application in applications:
                application.assigned_to = reviewer_id
                if reviewer_id is not None and application.status_cache == SUBMITTED:
                    event = append_status_event(
                        session,
                        actor,
                        application,
                        kind=KIND_REVIEW_STARTED,
                        status=UNDER_REVIEW,
                        reason=None,
                    )
                    event_ids.append(event.id)
            session.flush()
            audit.record(
                session,
                actor,
                "application.assign",
                f"staff:{reviewer_id}" if reviewer_id else None,
                f"{len(applications)} applications",
            )
            return BulkResult(len(applications), tuple(event_ids))

    def accept_many(
        self, actor: Actor, application_ids: Sequence[uuid.UUID], reason: str
    ) -> BulkResult:
        """Accept every selected application, or none (one transaction)."""
        roles.require(actor, roles.REVIEW_DECIDE)
        text = _reason(reason)
        ids = self._checked_ids(application_ids)
        kind, status = DECISIONS[ACCEPT]
        assert status is not None
        with self._workspace.write() as session:
            applications = self._confirmed(session, ids)
            refused = [a for a in applications if a.status_cache not in OPEN_STATUSES]
            if refused:
                numbers = ", ".join(a.number or str(a.id) for a in refused[:10])
                if len(refused) > 10:
                    numbers += f" … (+{len(refused) - 10})"
                raise Conflict(MSG_BULK_REFUSED.format(numbers=numbers), field="applications")
            event_ids = [
                append_status_event(
                    session, actor, application, kind=kind, status=status, reason=text
                ).id
                for application in applications
            ]
            return BulkResult(len(applications), tuple(event_ids))

    # -- helpers

    @staticmethod
    def _checked_ids(application_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        ids = list(dict.fromkeys(application_ids))
        if not ids:
            raise BadInput(MSG_NOTHING_SELECTED, field="applications")
        if len(ids) > MAX_BULK:
            raise BadInput(MSG_TOO_MANY, field="applications")
        return ids

    @staticmethod
    def _confirmed(session: Session, ids: list[uuid.UUID]) -> list[Application]:
        found: dict[uuid.UUID, Application] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for application in session.scalars(
                select(Application).where(
                    Application.id.in_(chunk), Application.deleted_at.is_(None)
                )
            ):
                found[application.id] = application
        if len(found) != len(ids):
            raise NotFound(MSG_NOT_FOUND, field="applications")
        unconfirmed = [a for a in found.values() if a.confirmed_at is None]
        if unconfirmed:
            raise Conflict(MSG_NOT_CONFIRMED, field="applications")
        return [found[i] for i in ids]

    @staticmethod
    def _open_application(session: Session, application_id: uuid.UUID) -> Application:
        application = session.get(Application, application_id)
        if application is None or application.deleted_at is not None:
            raise NotFound(MSG_NOT_FOUND, field="application")
        if application.confirmed_at is None:
            raise Conflict(MSG_NOT_CONFIRMED, field="application")
        if application.status_cache not in OPEN_STATUSES:
            raise Conflict(MSG_NOT_OPEN, field="application")
        return application


_CITIZENSHIP_CODES: Final[Mapping[str, str]] = {
    "az_citizen": F.CITIZENSHIP_AZ_CITIZEN,
    "migration_doc": F.CITIZENSHIP_MIGRATION_DOC,
    "unhcr": F.CITIZENSHIP_UNHCR,
}


def _read_only_copies(session: Session, application: Application) -> dict[str, str]:
    """P11's read-only fields (citizenship, FİN, names, birth date) as the applicant confirmed
    them: from the application's snapshot and the person, for answers that do not store them."""
    person = session.get(Person, application.person_id)
    copies: dict[str, str] = {}
    if person is not None and person.citizenship_type in _CITIZENSHIP_CODES:
        copies[F.PD_CITIZENSHIP] = _CITIZENSHIP_CODES[person.citizenship_type]
    copies[F.PD_FIN] = application.snapshot_key
    copies[F.PD_FIRST_NAME] = application.snapshot_first_name
    copies[F.PD_LAST_NAME] = application.snapshot_last_name
    copies[F.PD_PATRONYMIC] = application.snapshot_patronymic
    if person is not None and person.birth_date is not None:
        copies[F.PD_BIRTH_DATE] = person.birth_date.isoformat()
    return copies


def _event_row(event: ApplicationEvent, staff_names: Mapping[uuid.UUID, str]) -> EventRow:
    reverses = None
    if event.kind == KIND_REVERSED and event.payload_json:
        raw = json.loads(event.payload_json).get("reverses")
        reverses = uuid.UUID(raw) if raw else None
    return EventRow(
        id=event.id,
        supersedes=event.supersedes,
        kind=event.kind,
        status=event.status,
        status_label=STATUS_LABELS.get(event.status, event.status),
        reason=event.reason,
        actor=staff_names.get(event.actor_id) if event.actor_id else None,
        at=event.at,
        reverses=reverses,
    )


def status_view(
    number: str, status: str, *, exemption_requested: bool, history: Sequence[EventRow]
) -> StatusView:
    """P16 as the applicant sees it: the progress steps and the status with the last message.

    Steps (spec proposal): Göndərilib -> Baxılır -> Təhsil haqqından azad (only if an exemption
    was requested) -> Qeydiyyata alınıb, whose last step reads İmtina edilib once rejected.
    """
    labels = [STEP_SUBMITTED, STEP_REVIEW]
    if exemption_requested:
        labels.append(STEP_EXEMPTION)
    labels.append(STEP_REJECTED if status == REJECTED else STEP_REGISTERED)
    # Once a decision is reversed the status is what it was before; the progress follows it.
    if status in (REGISTERED, REJECTED):
        done = len(labels)
    elif status in (EXEMPTION_APPROVED, EXEMPTION_REJECTED):
        done = len(labels) - 1
    elif status in (SUBMITTED, UNDER_REVIEW):
        done = 1
    else:
        done = 0
    steps = [
        (label, "done" if i < done else "current" if i == done and done > 0 else "todo")
        for i, label in enumerate(labels)
    ]
    message = next((e for e in reversed(history) if e.kind in MESSAGE_KINDS and e.reason), None)
    return StatusView(
        number=number,
        steps=steps,
        status_code=status,
        status_label_az=STATUS_LABELS.get(status, status),
        last_message=message.reason if message else None,
        last_message_at=message.at if message else None,
    )


# ---- labels of the read-only detail (the wizard's labels, spec P10-P13) ---------------------

_LABELS: Final[Mapping[str, str]] = {
    F.APP_ADMISSION_LINE: "Qəbul xətti",  # spec P10 label
    F.PD_CITIZENSHIP: F.ATTESTED["reg.citizenship"],
    F.PD_FIN: F.ATTESTED["reg.fin"],
    F.PD_FIRST_NAME: F.ATTESTED["person.first_name"],
    F.PD_LAST_NAME: F.ATTESTED["person.last_name"],
    F.PD_PATRONYMIC: F.ATTESTED["person.patronymic"],
    F.PD_BIRTH_DATE: F.ATTESTED["person.birth_date"],
    F.PD_REG_ADDRESS: F.ATTESTED["pd.reg_address"],
    F.PD_SAME_ADDRESS: F.ATTESTED["pd.same_address"],
    F.PD_ACTUAL_ADDRESS: F.ATTESTED["pd.actual_address"],
    F.PD_ACTUAL_DISTRICT: F.ATTESTED["pd.actual_district"],
    F.PD_COUNTRY: F.ATTESTED["pd.country"],
    F.PD_PHONE: F.ATTESTED["pd.phone"],
    F.PD_EMAIL: F.ATTESTED["pd.email"],
    F.AD_AUTO_PREFIX + "institution": F.PROPOSED["ad.auto.institution"],
    F.AD_AUTO_PREFIX + "specialty": F.PROPOSED["ad.auto.specialty"],
    F.AD_AUTO_PREFIX + "specialization": F.PROPOSED["ad.auto.specialization"],
    F.AD_AUTO_PREFIX + "study_form": F.PROPOSED["ad.auto.study_form"],
    F.AD_AUTO_PREFIX + "score": F.PROPOSED["ad.auto.score"],
    F.AD_AUTO_PREFIX + "year": F.PROPOSED["ad.auto.year"],
    F.AD_AUTO_ADMISSION_BASIS: "Qəbul əsası",  # proposed string (the spec names no label)
    F.AD_PREV_STAGE: "Əvvəlki təhsil pilləsi",  # the manual's words, as a proposed label
    F.AD_EDU_LEVEL: "Təhsil səviyyəsi",  # the manual's words, as a proposed label
    F.FEE_VULNERABLE: F.ATTESTED["fee.question"],
    F.FEE_CATEGORY: F.ATTESTED["fee.status"],
    F.FEE_SUB_NAME_CHANGED: F.ATTESTED["fee.defence.name_changed"],
    F.FEE_SUB_ORPHAN_REASON: F.ATTESTED["fee.orphan.reason"],
    F.FEE_SUB_CARE_REASON: F.ATTESTED["fee.orphan.care_reason"],
    F.FEE_NOTES: F.ATTESTED["fee.notes"],
}
_SECTIONS: Final = (
    ("P10", "Qəbul xətti", ("app.",)),
    ("P11", F.ATTESTED["pd.title"], ("pd.",)),
    ("P12", "Qəbul məlumatları", ("ad.",)),
    ("P13", F.ATTESTED["fee.title"], ("fee.",)),
)
_CHOICE_LISTS: Final[Mapping[str, str]] = {
    F.PD_ACTUAL_DISTRICT: "district",
    F.AD_PREV_STAGE: "previous_education_stages",
    F.AD_EDU_LEVEL: "education_levels",
}
# proposed strings: the usual Azerbaijani words for the two forms of study
_STUDY_FORMS: Final[Mapping[str, str]] = {"full_time": "Əyani", "extramural": "Qiyabi"}
_HIDDEN: Final = frozenset({F.PD_EMAIL_REPEAT})


class _Labeller:
    """Resolves stored codes to what the wizard showed, with the reference data of the session."""

    def __init__(self, session: Session, key_type: str) -> None:
        self._session = session
        self._key_type = key_type

    def _choice(self, list_name: str, code: str) -> str | None:
        return self._session.scalar(
            select(ReferenceChoice.label_az).where(
                ReferenceChoice.list_name == list_name,
                ReferenceChoice.code == code,
                ReferenceChoice.deleted_at.is_(None),
            )
        )

    def _name(self, model: Any, code: str, *extra: ColumnElement[bool]) -> str | None:
        return self._session.scalar(
            select(model.name_az).where(model.code == code, model.deleted_at.is_(None), *extra)
        )

    def _fee_definitions(
        self, code: str
    ) -> tuple[str | None, dict[str, tuple[str, dict[str, str]]]]:
        row = self._session.execute(
            select(FeeCategory.label_az, FeeCategory.definition_json).where(
                FeeCategory.code == code, FeeCategory.deleted_at.is_(None)
            )
        ).first()
        if row is None:
            return None, {}
        try:
            category = parse_fee_category(json.loads(row[1]))
        except (BadInput, ValueError):
            return row[0], {}
        questions = {
            q.id: (q.label_az, {o.id: o.label_az for o in q.options})
            for q in category.sub_questions
        }
        return row[0], questions

    def sections(self, answers: Mapping[str, str]) -> tuple[AnswerSection, ...]:
        category_label: str | None = None
        questions: dict[str, tuple[str, dict[str, str]]] = {}
        if category := answers.get(F.FEE_CATEGORY):
            category_label, questions = self._fee_definitions(category)
        sections = []
        for page, title, prefixes in _SECTIONS:
            rows = [
                AnswerRow(field_id, self._label(field_id, questions), value)
                for field_id, raw in answers.items()
                if field_id.startswith(prefixes) and field_id not in _HIDDEN
                for value in (self._value(field_id, raw, category_label, questions),)
            ]
            if rows:
                sections.append(AnswerSection(page, title, tuple(rows)))
        return tuple(sections)

    def _label(self, field_id: str, questions: Mapping[str, tuple[str, dict[str, str]]]) -> str:
        if field_id == F.PD_FIN and self._key_type == "unhcr":
            return F.ATTESTED["reg.doc_serial"]
        if field_id in questions:
            return questions[field_id][0]
        return _LABELS.get(field_id, field_id)

    def _value(
        self,
        field_id: str,
        raw: str,
        category_label: str | None,
        questions: Mapping[str, tuple[str, dict[str, str]]],
    ) -> str:
        resolved: str | None = None
        if field_id == F.APP_ADMISSION_LINE:
            row = self._session.execute(
                select(AdmissionLine.label_az, AdmissionLine.label_en).where(
                    AdmissionLine.code == raw, AdmissionLine.deleted_at.is_(None)
                )
            ).first()
            resolved = _line_label(row[0], row[1]) if row else None
        elif field_id in (F.PD_CITIZENSHIP,):
            resolved = F.CITIZENSHIP_LABELS.get(raw)
        elif field_id == F.PD_COUNTRY and raw == "AZ":
            resolved = F.ATTESTED["mob.country.az"]
        elif field_id in _CHOICE_LISTS:
            resolved = self._choice(_CHOICE_LISTS[field_id], raw)
        elif field_id == F.AD_AUTO_PREFIX + "institution":
            resolved = self._name(Institution, raw)
        elif field_id == F.AD_AUTO_PREFIX + "specialty":
            resolved = self._name(Specialty, raw, Specialty.level == "master")
        elif field_id == F.AD_AUTO_PREFIX + "specialization":
            resolved = self._name(Specialisation, raw)
        elif field_id == F.AD_AUTO_PREFIX + "study_form":
            resolved = _STUDY_FORMS.get(raw)
        elif field_id == F.AD_AUTO_ADMISSION_BASIS:
            resolved = BASIS_LABELS.get(raw)
        elif field_id == F.FEE_CATEGORY:
            resolved = category_label
        elif field_id in questions:
            resolved = questions[field_id][1].get(raw)
        elif field_id == F.PD_BIRTH_DATE:
            try:
                resolved = date.fromisoformat(raw).strftime("%d.%m.%Y")
            except ValueError:
                resolved = None
        return resolved if resolved else raw


__all__ = [
    "ACCEPT",
    "COLUMNS",
    "MORE_DOCUMENTS",
    "QUEUE_STATUSES",
    "REJECT",
    "STATUS_LABELS",
    "AnswerRow",
    "AnswerSection",
    "ApplicationDetail",
    "BulkResult",
    "DecisionResult",
    "DocumentRow",
    "EventRow",
    "Option",
    "QueueFilter",
    "QueuePage",
    "QueueRow",
    "QueueSort",
    "ReviewService",
    "append_status_event",
    "refresh_status_cache",
    "search_conditions",
    "status_view",
]
