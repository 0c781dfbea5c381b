"""The Ministry desk (role ministry): transfer applications, the 2.9/2.10 check, 2.11 answers.

An approval records the decision on the Ministry's case, sends the 2.11 letters (an
IncomingLetter row owned by each recipient HEI, which sync delivers, or which the recipient
sees at once when it shares the database) and opens the case at the source and target HEIs
(a MovementCase owned by each, with the letter's date in its facts, so the 2.12 and 2.13
timers run from that date):

- domestic move to another HEI: transcript-blank letter -> source (2.12 case), consent letter
  -> target (2.13 case);
- from abroad: consent letter -> target only;
- change of specialty or form within one HEI: consent letter -> that HEI (Proposal, 2.11).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import IncomingLetter, Institution, MovementCase, Person, Student
from registrar.models.movement_document import MovementDocument
from registrar.services import audit, roles
from registrar.services.calendar import today_baku
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, CheckFailed, Conflict, NotFound
from registrar.services.movements import (
    CHECKLIST_LABELS,
    RECORDABLE,
    EvidenceRef,
    LiveDecision,
    append_case_event,
    attached_evidence,
    dumps,
    live_decision,
    store_blob,
    student_label,
)
from registrar.services.numbering import issue_number
from registrar.services.rules import MinScoreLookup, RuleSet, load_rules

QUEUE_STATUSES: Final = ("open", "submitted")
CLOSED_STATUSES: Final = ("approved", "refused")

# Messages (proposed strings; need native review).
MSG_REASON: Final = "Səbəb göstərilməlidir (2.11)."
MSG_DOCUMENTS: Final = "Sənədlər tam deyil (2.9, 2.10): {items}."
MSG_STATUS: Final = "Qaydalara görə köçürülməyə əsas yoxdur (status «{status}»): imtina edin."
MSG_CLOSED: Final = "Bu müraciət artıq cavablandırılıb."
MSG_INSTITUTION: Final = "Ali təhsil müəssisəsi tapılmadı: {code}."


@dataclass(frozen=True)
class DocumentCheck:
    paragraph: str
    label: str
    present: bool
    evidence: tuple[EvidenceRef, ...]


@dataclass(frozen=True)
class DeskCheck:
    """The 2.9/2.10 check of one application: the engine's decision and each document."""

    live: LiveDecision
    documents: tuple[DocumentCheck, ...]

    @property
    def complete(self) -> bool:
        return all(document.present for document in self.documents)

    @property
    def approvable(self) -> bool:
        return self.complete and self.live.status in RECORDABLE


@dataclass(frozen=True)
class QueueItem:
    case_id: uuid.UUID
    student_label: str | None
    source_name: str | None
    target_name: str | None
    submitted_at: datetime
    status: str
    decision_status: str | None
    documents_complete: bool


@dataclass(frozen=True)
class Answer:
    """The outcome of approve/refuse: the Ministry's case and what the approval opened."""

    case_id: uuid.UUID
    status: str
    opened_cases: tuple[tuple[str, uuid.UUID], ...]  # (institution code, case id)
    letters: tuple[tuple[str, str, str], ...]  # (institution code, letter kind, number)


def transfer_kind_of(facts: Mapping[str, Any]) -> str:
    if facts.get("origin") == "foreign":
        return "abroad"
    if "inter_hei" in (facts.get("kinds") or []):
        return "inter_hei"
    return "within"


class MinistryDesk:
    """Transfer applications lodged with the Ministry (2.9) and its answers (2.10, 2.11)."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        *,
        rules: RuleSet | None = None,
        min_score_lookup: MinScoreLookup | None = None,
    ) -> None:
        self.workspace = workspace
        self.actor = actor
        self.rules = rules if rules is not None else load_rules()
        self.min_score_lookup = min_score_lookup

    def receive_application(
        self,
        facts: Mapping[str, Any],
        *,
        source_code: str | None,
        target_code: str,
        student_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Register a transfer application (2.9) addressed to the Ministry; its case id."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        with self.workspace.write() as session:
            source = self._institution(session, source_code) if source_code else None
            target = self._institution(session, target_code)
            person_id = None
            if student_id is not None:
                student = session.get(Student, student_id)
                if student is None:
                    raise NotFound("Tələbə tapılmadı.", field="student_id")  # proposed string
                person_id = student.person_id
            case = MovementCase(
                id=uuid.uuid4(),
                kind="transfer",
                student_id=student_id,
                person_id=person_id,
                source_institution_id=source.id if source else None,
                target_institution_id=target.id,
                addressed_to_ministry=True,
                case_json=dumps({**facts, "case": "transfer"}),
                status_cache="submitted",
            )
            session.add(case)
            session.flush()
            append_case_event(
                session,
                self.actor,
                case.id,
                "submitted",
                "submitted",
                institution_id=self.workspace.institution_id,
            )
            audit.record(session, self.actor, "ministry.receive", f"movement_case:{case.id}")
            return case.id

    def attach_document(
        self, case_id: uuid.UUID, paragraph: str, data: bytes, filename: str
    ) -> DeskCheck:
        """Attach an application document (checked by content)."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        if paragraph not in CHECKLIST_LABELS:
            raise BadInput(f"Unknown checklist item '{paragraph}'.", field="paragraph")
        with self.workspace.write() as session:
            case = self._open(session, case_id)
            blob = store_blob(session, data, filename, field=paragraph)
            present = session.scalars(
                select(MovementDocument.id).where(
                    MovementDocument.case_id == case.id,
                    MovementDocument.paragraph == paragraph,
                    MovementDocument.blob_id == blob.id,
                    MovementDocument.deleted_at.is_(None),
                )
            ).first()
            if present is None:
                session.add(
                    MovementDocument(
                        id=uuid.uuid4(),
                        case_id=case.id,
                        paragraph=paragraph,
                        blob_id=blob.id,
                        filename=filename[:255],
                    )
                )
            audit.record(session, self.actor, "ministry.document", f"movement_case:{case.id}")
        return self.document_check(case_id)

    def queue(self, *, include_closed: bool = False) -> list[QueueItem]:
        """Applications addressed to the Ministry, oldest first."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        statuses = QUEUE_STATUSES + (CLOSED_STATUSES if include_closed else ())
        with self.workspace.read() as session:
            cases = session.scalars(
                select(MovementCase)
                .where(
                    MovementCase.addressed_to_ministry.is_(True),
                    MovementCase.deleted_at.is_(None),
                    MovementCase.status_cache.in_(statuses),
                )
                .order_by(MovementCase.created_at)
            )
            items = []
            for case in cases:
                check = self._check(session, case)
                items.append(
                    QueueItem(
                        case_id=case.id,
                        student_label=student_label(session, case.student_id),
                        source_name=self._name(session, case.source_institution_id),
                        target_name=self._name(session, case.target_institution_id),
                        submitted_at=case.created_at,
                        status=case.status_cache,
                        decision_status=check.live.status,
                        documents_complete=check.complete,
                    )
                )
            return items

    def document_check(self, case_id: uuid.UUID) -> DeskCheck:
        """The 2.9 documents the case needs, each present or not, and the engine's decision."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        with self.workspace.read() as session:
            return self._check(session, self._case(session, case_id))

    def approve(
        self,
        case_id: uuid.UUID,
        *,
        reason: str,
        sent_on: date | None = None,
        confirmed_flags: tuple[str, ...] = (),
    ) -> Answer:
        """2.11 positive answer: letters to the HEIs and the case opened at each of them."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        roles.require(self.actor, roles.CONSENT_LETTER)
        if not reason.strip():
            raise BadInput(MSG_REASON, field="reason")
        sent_on = sent_on or today_baku()
        with self.workspace.write() as session:
            case = self._open(session, case_id)
            check = self._check(session, case)
            if check.live.decision is None:
                raise BadInput(check.live.error_message or "", field=check.live.error_field)
            if check.live.status not in RECORDABLE:
                raise CheckFailed(MSG_STATUS.format(status=check.live.status), field="status")
            missing = [d.paragraph for d in check.documents if not d.present]
            if missing:
                raise CheckFailed(MSG_DOCUMENTS.format(items=", ".join(missing)), field="documents")
            unconfirmed = [f for f in check.live.flags if f not in confirmed_flags]
            if unconfirmed:
                raise CheckFailed(", ".join(unconfirmed), field="flags")
            decision = dict(check.live.decision)
            case.decision_json = dumps(decision)
            case.rule_version = dumps(decision["rule_version"])
            case.status_cache = "approved"
            opened, letters = self._send(session, case, sent_on)
            append_case_event(
                session,
                self.actor,
                case.id,
                "approved",
                "approved",
                institution_id=self.workspace.institution_id,
                reason=reason.strip(),
                payload={
                    "opened": [[code, str(cid)] for code, cid in opened],
                    "letters": [list(letter) for letter in letters],
                    "sent_on": sent_on.isoformat(),
                },
            )
            audit.record(session, self.actor, "ministry.approve", f"movement_case:{case.id}")
            return Answer(case.id, "approved", tuple(opened), tuple(letters))

    def refuse(self, case_id: uuid.UUID, *, reason: str) -> Answer:
        """2.11 refusal with its reasons; no HEI acts on it."""
        roles.require(self.actor, roles.TRANSFER_DECIDE)
        if not reason.strip():
            raise BadInput(MSG_REASON, field="reason")
        with self.workspace.write() as session:
            case = self._open(session, case_id)
            case.status_cache = "refused"
            append_case_event(
                session,
                self.actor,
                case.id,
                "refused",
                "refused",
                institution_id=self.workspace.institution_id,
                reason=reason.strip(),
            )
            audit.record(session, self.actor, "ministry.refuse", f"movement_case:{case.id}")
            return Answer(case.id, "refused", (), ())

    # ---- helpers --------------------------------------------------------------------------

    def _send(
        self, session: Session, case: MovementCase, sent_on: date
    ) -> tuple[list[tuple[str, uuid.UUID]], list[tuple[str, str, str]]]:
        facts: dict[str, Any] = json.loads(case.case_json)
        route = transfer_kind_of(facts)
        target = session.get(Institution, case.target_institution_id)
        source = session.get(Institution, case.source_institution_id)
        if target is None:
            raise BadInput(MSG_INSTITUTION.format(code="?"), field="target_institution")
        recipients: list[tuple[Institution, str, str, str]] = []  # inst, kind, letter, fact
        if route == "inter_hei" and source is not None:
            recipients.append(
                (source, "outgoing_transfer", "mse_transcript_blank", "mse_letter_received")
            )
        case_kind = {
            "abroad": "transfer_from_abroad",
            "inter_hei": "incoming_transfer",
            "within": "specialty_or_form_change",
        }[route]
        recipients.append((target, case_kind, "mse_consent", "consent_letter_received"))
        newcomer = self._newcomer(session, case)
        opened: list[tuple[str, uuid.UUID]] = []
        letters: list[tuple[str, str, str]] = []
        for institution, kind, letter_kind, fact in recipients:
            own_student = case.student_id if kind != "incoming_transfer" else None
            if route == "within":
                fact = "mse_letter_received"
            local_facts = {**facts, fact: sent_on.isoformat(), "ministry_case_id": str(case.id)}
            if newcomer and kind in ("incoming_transfer", "transfer_from_abroad"):
                local_facts.setdefault("student", newcomer)
            local = MovementCase(
                id=uuid.uuid4(),
                institution_id=institution.id,
                kind=kind,
                student_id=own_student,
                person_id=case.person_id if own_student else None,
                source_institution_id=case.source_institution_id,
                target_institution_id=case.target_institution_id,
                addressed_to_ministry=False,
                case_json=dumps(local_facts),
                status_cache="open",
            )
            session.add(local)
            session.flush()
            number = issue_number(
                session,
                institution=self.workspace.institution_code,
                series=self.workspace.series,
                year=sent_on.year,
                kind="LET",
            )
            session.add(
                IncomingLetter(
                    id=uuid.uuid4(),
                    institution_id=institution.id,
                    number=number,
                    sender=self._name(session, self.workspace.institution_id) or "MSE",
                    kind=letter_kind,
                    received_on=sent_on,
                    case_id=local.id,
                    student_id=own_student,
                )
            )
            append_case_event(
                session,
                self.actor,
                local.id,
                "opened",
                "open",
                institution_id=institution.id,
                payload={"ministry_case_id": str(case.id), "letter": number},
            )
            opened.append((institution.code, local.id))
            letters.append((institution.code, letter_kind, number))
        return opened, letters

    def _newcomer(self, session: Session, case: MovementCase) -> dict[str, str] | None:
        """The person's identity for the target's register (its student number comes later)."""
        if case.person_id is None:
            return None
        person = session.get(Person, case.person_id)
        if person is None:
            return None
        return {
            "national_key_type": person.national_key_type,
            "national_key": person.national_key,
            "last_name": person.last_name,
            "first_name": person.first_name,
            "patronymic": person.patronymic,
        }

    def _check(self, session: Session, case: MovementCase) -> DeskCheck:
        attached = attached_evidence(session, case.id)
        live = live_decision(
            "incoming_transfer",
            json.loads(case.case_json),
            attached,
            rules=self.rules,
            min_score_lookup=self.min_score_lookup,
        )
        documents = tuple(
            DocumentCheck(item.paragraph, item.label, item.done, item.evidence)
            for item in live.checklist
        )
        return DeskCheck(live, documents)

    def _case(self, session: Session, case_id: uuid.UUID) -> MovementCase:
        case = session.get(MovementCase, case_id)
        if case is None or not case.addressed_to_ministry or case.deleted_at is not None:
            raise NotFound("Müraciət tapılmadı.", field="case_id")  # proposed string
        return case

    def _open(self, session: Session, case_id: uuid.UUID) -> MovementCase:
        case = self._case(session, case_id)
        if case.status_cache in CLOSED_STATUSES:
            raise Conflict(MSG_CLOSED, field="case_id")
        return case

    def _institution(self, session: Session, code: str) -> Institution:
        row = session.scalars(
            select(Institution).where(Institution.code == code, Institution.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NotFound(MSG_INSTITUTION.format(code=code), field="institution")
        return row

    def _name(self, session: Session, institution_id: uuid.UUID | None) -> str | None:
        if institution_id is None:
            return None
        row = session.get(Institution, institution_id)
        return row.name_az if row else None
