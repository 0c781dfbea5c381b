"""Fee-exemption evidence review (spec P13, §16): per-document states and the overall decision.

Each exemption document's state is an `EvidenceReviewEvent` chain keyed by the document (or,
for a required slot the applicant left empty, by the slot with no document): no event means
"not analysed"; each new state supersedes the chain's head. The overall decision (approved /
not approved, with the message to the applicant) is refused while any document slot the
category requires for the stored sub-answers (`FeeCategory.required_documents`) is undecided
(neither accepted nor not accepted). The decision is an `ApplicationEvent` appended with
`review.append_status_event`, so the applicant's P16 status follows and a mistaken decision is
reversed like any other. Every state and decision is in the audit log; every call checks the
actor's role first.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceBlob,
    EvidenceReviewEvent,
    FeeCategory,
    FeeExemptionRequest,
    Staff,
)
from registrar.models.base import utcnow
from registrar.services import audit, roles
from registrar.services import field_ids as F
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, Conflict, NotFound
from registrar.services.events import chain_head
from registrar.services.reference import FeeCategory as FeeCategoryDef
from registrar.services.reference import parse_fee_category
from registrar.services.review import (
    EXEMPTION_APPROVED,
    EXEMPTION_REJECTED,
    MAX_REASON,
    STATUS_LABELS,
    SUBMITTED,
    UNDER_REVIEW,
    DocumentRow,
    append_status_event,
)

log = logging.getLogger(__name__)

# Document states.
NOT_ANALYSED: Final = "not_analysed"  # no event yet
ACCEPTED: Final = "accepted"
NOT_ACCEPTED: Final = "not_accepted"
REQUESTED_AGAIN: Final = "requested_again"
STATES: Final = (ACCEPTED, NOT_ACCEPTED, REQUESTED_AGAIN)
DECIDED: Final = frozenset({ACCEPTED, NOT_ACCEPTED})
NEEDS_REASON: Final = frozenset({NOT_ACCEPTED, REQUESTED_AGAIN})
# proposed strings (need native review)
STATE_LABELS: Final[Mapping[str, str]] = {
    NOT_ANALYSED: "Baxılmayıb",
    ACCEPTED: "Qəbul edilib",
    NOT_ACCEPTED: "Qəbul edilməyib",
    REQUESTED_AGAIN: "Yenidən tələb olunub",
}

KIND_APPROVED: Final = "exemption_approved"
KIND_REJECTED: Final = "exemption_rejected"
# The exemption is decided only while the application waits for review.
DECIDABLE_STATUSES: Final = frozenset({SUBMITTED, UNDER_REVIEW})

# proposed strings (need native review)
MSG_NOT_FOUND: Final = "Müraciət tapılmadı."
MSG_NO_REQUEST: Final = "Bu müraciətdə təhsil haqqından azad olunma tələb edilməyib."
MSG_UNKNOWN_STATE: Final = "Naməlum sənəd vəziyyəti."
MSG_REASON_REQUIRED: Final = "Səbəbi yazın."
MSG_MESSAGE_REQUIRED: Final = "Müraciətçiyə mesajı yazın."
MSG_TOO_LONG: Final = f"Mətn ən çox {MAX_REASON} simvol ola bilər."
MSG_NOT_A_DOCUMENT: Final = "Bu sənəd güzəşt müraciətinə aid deyil."
MSG_NOT_A_SLOT: Final = "Bu sənəd yeri kateqoriyanın tələb etdiyi sənədlərdən deyil."
MSG_CLOSED: Final = "Güzəşt üzrə qərar artıq verilib və ya müraciət bağlıdır."
MSG_CHANGED: Final = "Sənədin vəziyyəti bu arada dəyişib. Yeniləyin və yenidən baxın."
MSG_UNDECIDED: Final = "Bütün tələb olunan sənədlər üzrə qərar verilməyib: {slots}."
MSG_CATEGORY: Final = "Güzəşt kateqoriyası tapılmadı."


@dataclass(frozen=True)
class SubAnswer:
    field_id: str
    label: str
    value: str  # the option's Azerbaijani label (the raw id if unknown)
    raw: str  # the stored option id


@dataclass(frozen=True)
class DocumentState:
    """One document (or an empty required slot, `document` None) with its current state."""

    slot_id: str
    slot_label: str
    required: bool
    document: DocumentRow | None
    state: str
    reason: str | None
    actor: str | None
    at: datetime | None
    head_id: uuid.UUID | None  # the chain's head; pass it back as `expected_head`

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def decided(self) -> bool:
        return self.state in DECIDED


@dataclass(frozen=True)
class RequiredSlot:
    slot_id: str
    label: str
    decided: bool


@dataclass(frozen=True)
class ExemptionReview:
    application_id: uuid.UUID
    request_id: uuid.UUID
    number: str | None
    applicant: str
    status: str
    category_code: str
    category_label: str
    sub_answers: tuple[SubAnswer, ...]
    notes: str | None
    required: tuple[RequiredSlot, ...]  # the category's required documents, in its order
    documents: tuple[DocumentState, ...]  # evidence files and empty required slots
    head_id: uuid.UUID | None  # the application's event head

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def undecided(self) -> tuple[RequiredSlot, ...]:
        return tuple(slot for slot in self.required if not slot.decided)

    @property
    def open(self) -> bool:
        """Document states and the decision may be recorded now."""
        return self.status in DECIDABLE_STATUSES

    @property
    def can_decide(self) -> bool:
        return self.open and not self.undecided


@dataclass(frozen=True)
class StateResult:
    event_id: uuid.UUID
    state: str


@dataclass(frozen=True)
class ExemptionDecision:
    application_id: uuid.UUID
    event_id: uuid.UUID
    status: str


class UndecidedDocuments(Conflict):
    """The exemption decision was asked for while required documents are undecided."""

    code = "undecided_documents"

    def __init__(self, labels: Sequence[str], slot_ids: Sequence[str]) -> None:
        super().__init__(MSG_UNDECIDED.format(slots="; ".join(labels)), field="documents")
        self.slot_ids = tuple(slot_ids)


def _text(value: str | None, missing: str) -> str:
    text = (value or "").strip()
    if not text:
        raise BadInput(missing, field="reason")
    if len(text) > MAX_REASON:
        raise BadInput(MSG_TOO_LONG, field="reason")
    return text


def _is_exemption_slot(slot_id: str) -> bool:
    return slot_id.startswith(F.FEE_DOC_PREFIX) or slot_id == F.FEE_DOCS_OTHER


@dataclass(frozen=True)
class _Facts:
    application: Application
    request: FeeExemptionRequest
    category: FeeCategoryDef | None
    category_label: str
    answers: dict[str, str]
    documents: list[ApplicationDocument]
    events: list[EvidenceReviewEvent]

    def required_slots(self) -> list[tuple[str, str]]:
        if self.category is None:
            return []
        try:
            slots = self.category.required_documents(self.answers)
        except BadInput:
            log.warning("stored fee sub-answers do not fit their category")
            return []
        return [(slot.id, slot.label_az) for slot in slots]

    def chain(self, document_id: uuid.UUID | None, slot_id: str) -> list[EvidenceReviewEvent]:
        if document_id is not None:
            return [e for e in self.events if e.document_id == document_id]
        return [e for e in self.events if e.document_id is None and e.slot_id == slot_id]


def _facts(session: Session, application_id: uuid.UUID) -> _Facts:
    application = session.get(Application, application_id)
    if application is None or application.deleted_at is not None:
        raise NotFound(MSG_NOT_FOUND, field="application")
    request = session.scalars(
        select(FeeExemptionRequest).where(
            FeeExemptionRequest.application_id == application_id,
            FeeExemptionRequest.deleted_at.is_(None),
        )
    ).one_or_none()
    if request is None:
        raise NotFound(MSG_NO_REQUEST, field="application")
    category: FeeCategoryDef | None = None
    category_label = request.category_code
    row = session.execute(
        select(FeeCategory.label_az, FeeCategory.definition_json).where(
            FeeCategory.code == request.category_code, FeeCategory.deleted_at.is_(None)
        )
    ).first()
    if row is not None:
        category_label = row[0]
        try:
            category = parse_fee_category(json.loads(row[1]))
        except (BadInput, ValueError):
            log.warning("stored fee category definition cannot be read")
    answers = {
        a.field_id: a.value
        for a in session.scalars(
            select(ApplicationAnswer).where(
                ApplicationAnswer.application_id == application_id,
                ApplicationAnswer.field_id.startswith(F.FEE_SUB_PREFIX),
                ApplicationAnswer.deleted_at.is_(None),
            )
        )
    }
    documents = [
        d
        for d in session.scalars(
            select(ApplicationDocument)
            .where(
                ApplicationDocument.application_id == application_id,
                ApplicationDocument.deleted_at.is_(None),
            )
            .order_by(ApplicationDocument.slot_id, ApplicationDocument.file_name)
        )
        if _is_exemption_slot(d.slot_id)
    ]
    events = list(
        session.scalars(
            select(EvidenceReviewEvent).where(
                EvidenceReviewEvent.request_id == request.id,
                EvidenceReviewEvent.deleted_at.is_(None),
            )
        )
    )
    return _Facts(application, request, category, category_label, answers, documents, events)


def _application_head(session: Session, application_id: uuid.UUID) -> uuid.UUID | None:
    events = list(
        session.scalars(
            select(ApplicationEvent).where(
                ApplicationEvent.application_id == application_id,
                ApplicationEvent.deleted_at.is_(None),
            )
        )
    )
    head = chain_head(events)
    return head.id if head is not None else None


def _row(d: ApplicationDocument) -> DocumentRow:
    return DocumentRow(
        d.id, d.slot_id, d.title_az, d.file_name, d.mime, d.size, d.sha256, d.blob_id
    )


def _review(session: Session, facts: _Facts) -> ExemptionReview:
    staff_names: dict[uuid.UUID, str] = {
        staff_id: name
        for staff_id, name in session.execute(select(Staff.id, Staff.display_name)).all()
    }
    required = facts.required_slots()
    required_ids = {slot_id for slot_id, _label in required}
    labels = dict(required)
    states: list[DocumentState] = []

    def state_of(document: ApplicationDocument | None, slot_id: str) -> DocumentState:
        head = chain_head(facts.chain(document.id if document else None, slot_id))
        return DocumentState(
            slot_id=slot_id,
            slot_label=labels.get(slot_id, document.title_az if document else slot_id),
            required=slot_id in required_ids,
            document=_row(document) if document else None,
            state=head.state if head else NOT_ANALYSED,
            reason=head.reason if head else None,
            actor=staff_names.get(head.actor_id) if head and head.actor_id else None,
            at=head.at if head else None,
            head_id=head.id if head else None,
        )

    present = {d.slot_id for d in facts.documents}
    for slot_id, _label in required:
        states.extend(state_of(d, slot_id) for d in facts.documents if d.slot_id == slot_id)
        if slot_id not in present:
            states.append(state_of(None, slot_id))
    states.extend(state_of(d, d.slot_id) for d in facts.documents if d.slot_id not in required_ids)
    slots = tuple(
        RequiredSlot(
            slot_id,
            label,
            all(s.decided for s in states if s.slot_id == slot_id),
        )
        for slot_id, label in required
    )
    questions = {q.id: q for q in facts.category.sub_questions} if facts.category else {}
    sub_answers = tuple(
        SubAnswer(
            field_id,
            questions[field_id].label_az if field_id in questions else field_id,
            next(
                (o.label_az for o in questions[field_id].options if o.id == value),
                value,
            )
            if field_id in questions
            else value,
            value,
        )
        for field_id, value in sorted(
            facts.answers.items(),
            key=lambda item: (
                [q.id for q in questions.values()].index(item[0])
                if item[0] in questions
                else len(questions)
            ),
        )
    )
    app = facts.application
    applicant = " ".join(
        p for p in (app.snapshot_last_name, app.snapshot_first_name, app.snapshot_patronymic) if p
    )
    return ExemptionReview(
        application_id=app.id,
        request_id=facts.request.id,
        number=app.number,
        applicant=applicant,
        status=app.status_cache,
        category_code=facts.request.category_code,
        category_label=facts.category_label,
        sub_answers=sub_answers,
        notes=facts.request.notes,
        required=slots,
        documents=tuple(states),
        head_id=_application_head(session, app.id),
    )


class ExemptionReviewService:
    """The fee-exemption review over one workspace; each method is one transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def review(self, actor: Actor, application_id: uuid.UUID) -> ExemptionReview:
        roles.require(actor, roles.EXEMPTION_VIEW)
        with self._workspace.read() as session:
            return _review(session, _facts(session, application_id))

    def document_bytes(
        self, actor: Actor, application_id: uuid.UUID, document_id: uuid.UUID
    ) -> bytes:
        roles.require(actor, roles.EXEMPTION_VIEW)
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

    def set_state(
        self,
        actor: Actor,
        application_id: uuid.UUID,
        *,
        slot_id: str,
        document_id: uuid.UUID | None,
        state: str,
        reason: str | None = None,
        expected_head: uuid.UUID | None = None,
    ) -> StateResult:
        """Record a document's new state. `document_id` None marks an empty required slot.

        `expected_head` is the head the user saw (None: not analysed); if someone else changed
        the state first, Conflict.
        """
        roles.require(actor, roles.EXEMPTION_DECIDE)
        if state not in STATES:
            raise BadInput(MSG_UNKNOWN_STATE, field="state")
        text = _text(reason, MSG_REASON_REQUIRED) if state in NEEDS_REASON else None
        if state not in NEEDS_REASON and reason and reason.strip():
            text = _text(reason, MSG_REASON_REQUIRED)
        with self._workspace.write() as session:
            facts = _facts(session, application_id)
            if facts.application.status_cache not in DECIDABLE_STATUSES:
                raise Conflict(MSG_CLOSED, field="application")
            if document_id is not None:
                document = next((d for d in facts.documents if d.id == document_id), None)
                if document is None or document.slot_id != slot_id:
                    raise BadInput(MSG_NOT_A_DOCUMENT, field="document")
            elif slot_id not in {s for s, _label in facts.required_slots()}:
                raise BadInput(MSG_NOT_A_SLOT, field="slot")
            head = chain_head(facts.chain(document_id, slot_id))
            if (head.id if head else None) != expected_head:
                raise Conflict(MSG_CHANGED, field="document")
            event = EvidenceReviewEvent(
                id=uuid.uuid4(),
                request_id=facts.request.id,
                document_id=document_id,
                slot_id=slot_id,
                supersedes=head.id if head else None,
                state=state,
                reason=text,
                actor_id=actor.staff_id,
                at=utcnow(),
            )
            session.add(event)
            session.flush()
            subject = (
                f"application_document:{document_id}"
                if document_id
                else f"fee_exemption_request:{facts.request.id}"
            )
            audit.record(session, actor, f"exemption.document_{state}", subject, text)
            return StateResult(event.id, state)

    def decide(
        self,
        actor: Actor,
        application_id: uuid.UUID,
        *,
        approved: bool,
        message: str,
        expected_head: uuid.UUID | None = None,
    ) -> ExemptionDecision:
        """Approve or refuse the exemption; refused (UndecidedDocuments) while any required
        document is undecided. `message` is what the applicant reads in P16."""
        roles.require(actor, roles.EXEMPTION_DECIDE)
        text = _text(message, MSG_MESSAGE_REQUIRED)
        with self._workspace.write() as session:
            facts = _facts(session, application_id)
            if facts.category is None:
                raise Conflict(MSG_CATEGORY, field="category")
            application = facts.application
            if application.confirmed_at is None or application.status_cache not in (
                DECIDABLE_STATUSES
            ):
                raise Conflict(MSG_CLOSED, field="application")
            review = _review(session, facts)
            if undecided := review.undecided:
                raise UndecidedDocuments(
                    [slot.label for slot in undecided], [slot.slot_id for slot in undecided]
                )
            kind, status = (
                (KIND_APPROVED, EXEMPTION_APPROVED)
                if approved
                else (KIND_REJECTED, EXEMPTION_REJECTED)
            )
            event = append_status_event(
                session,
                actor,
                application,
                kind=kind,
                status=status,
                reason=text,
                expected_head=expected_head,
                payload={"request_id": str(facts.request.id)},
            )
            return ExemptionDecision(application.id, event.id, status)


__all__ = [
    "ACCEPTED",
    "NOT_ACCEPTED",
    "NOT_ANALYSED",
    "REQUESTED_AGAIN",
    "STATE_LABELS",
    "DocumentState",
    "ExemptionDecision",
    "ExemptionReview",
    "ExemptionReviewService",
    "RequiredSlot",
    "StateResult",
    "SubAnswer",
    "UndecidedDocuments",
]
