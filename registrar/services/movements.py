"""Movement cases on the rules engine: live decision, checklist gate, recorded decision, orders.

A case goes: facts (pre-filled from the register) -> live decision (`preview`, pure, called on
every keystroke) -> evidence per required document -> `record_decision` (only with the
checklist complete and every flag confirmed; stores the case JSON, the decision JSON and the
rule version) -> `issue_order` (Order + OrderStudent + StudentEvent in one transaction) ->
the student's status history.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any, Final

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from registrar.models import (
    EvidenceBlob,
    Institution,
    MovementCase,
    MovementEvent,
    Order,
    OrderStudent,
    Student,
    StudentEvent,
)
from registrar.models.base import utcnow
from registrar.models.movement_document import MovementDocument
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, CheckFailed, Conflict, NotFound
from registrar.services.movement_records import (
    append_case_event,
    attached_evidence,
    new_order,
    order_student,
    order_view,
    store_blob,
    student_label,
    student_row,
)
from registrar.services.movement_types import (
    AFTER_ORDER,
    CASE_KINDS,
    CHECKLIST_LABELS,
    ENGINE_KIND,
    ORDER_DATE_FACT,
    ORDER_KIND,
    RECORDABLE,
    CaseEventView,
    CaseSummary,
    CaseView,
    ChecklistItem,
    EvidenceRef,
    LiveDecision,
    OrderView,
    build_checklist,
    consents_missing,
    dumps,
    gate,
    live_decision,
    paragraph_of,
    screen_kind,
)
from registrar.services.rules import MinScoreLookup, RuleSet, load_rules
from registrar.services.students import (
    append_student_event,
    hei_json,
    student_events,
    student_facts,
)

# Messages (proposed strings; need native review).
ORDERABLE_CASE_STATUS: Final = "decided"
MSG_NOT_DECIDED: Final = "Əmr yalnız qeyd edilmiş qərar əsasında verilə bilər."
MSG_CONSENTS: Final = "Razılıq hələ alınmayıb: {who}."
MSG_NOT_OPEN: Final = "Bu iş artıq bağlanıb; dəyişiklik edilə bilməz."
MSG_ORDER_DATE: Final = "Əmrin tarixi qərarda nəzərə alınan tarixdən ({date}) fərqlənir."
MSG_NO_SIGNATORY: Final = "İmzalayan şəxs göstərilməlidir."
MSG_NOT_ENROLLED: Final = "Tələbə hazırda təhsil almır (status: «{status}»)."
MSG_BULK_EMPTY: Final = "Heç bir tələbə seçilməyib."
MSG_BULK_REFUSED: Final = "{number}: qaydalara görə xaric edilə bilməz ({status})."

# The public API of movements (see docs/movements.md); the types live in movement_types.
__all__ = [
    "AFTER_ORDER",
    "CASE_KINDS",
    "CHECKLIST_LABELS",
    "ENGINE_KIND",
    "ORDER_KIND",
    "RECORDABLE",
    "CaseEventView",
    "CaseSummary",
    "CaseView",
    "ChecklistItem",
    "EvidenceRef",
    "LiveDecision",
    "MovementService",
    "OrderView",
    "append_case_event",
    "attached_evidence",
    "dumps",
    "live_decision",
    "screen_kind",
    "store_blob",
    "student_label",
]


class MovementService:
    """Cases of every kind for this institution (and cases where it is source or target)."""

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

    # ---- pure -----------------------------------------------------------------------------

    def preview(
        self,
        kind: str,
        facts: Mapping[str, Any],
        attached: Mapping[str, Sequence[EvidenceRef]] | None = None,
    ) -> LiveDecision:
        """The live decision for the facts as typed: no database access at all."""
        return live_decision(
            kind, facts, attached or {}, rules=self.rules, min_score_lookup=self.min_score_lookup
        )

    # ---- cases ----------------------------------------------------------------------------

    def prefill(self, kind: str, student_id: uuid.UUID | None = None) -> dict[str, Any]:
        """The case facts the register already knows, for a new case of `kind`."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            return self._prefill(session, kind, student_id)

    def _prefill(self, session: Session, kind: str, student_id: uuid.UUID | None) -> dict[str, Any]:
        if kind not in ENGINE_KIND:
            raise BadInput(f"Unknown case kind '{kind}'.", field="kind")
        own = session.get(Institution, self.workspace.institution_id)
        facts: dict[str, Any] = {"case": ENGINE_KIND[kind]}
        student = self._student(session, student_id) if student_id else None
        known = student_facts(session, student) if student else {}
        transfer = ENGINE_KIND[kind] == "transfer"
        if transfer or kind in ("restoration", "leave_return"):
            facts.update(known)
        if transfer:
            facts.setdefault("origin", "foreign" if kind == "transfer_from_abroad" else "domestic")
            facts.setdefault("citizenship", "az")
            facts["kinds"] = (
                ["specialty_change"] if kind == "specialty_or_form_change" else ["inter_hei"]
            )
            facts.setdefault("tuition_debt", False)
            facts.setdefault("third_party_payer", False)
            if own is not None:
                if kind in ("incoming_transfer", "transfer_from_abroad"):
                    facts["target_hei"] = hei_json(own)
                else:
                    facts["source_hei"] = hei_json(own)
                if kind == "specialty_or_form_change":
                    facts["target_hei"] = hei_json(own)
        elif kind == "restoration":
            facts.update({"from_type": "same_hei"})
            if own is not None:
                facts["expelled_from"] = hei_json(own)
                facts["target_hei"] = hei_json(own)
            if "current_specialty" in known:
                facts["own_specialty"] = known["current_specialty"]
                facts["target_specialty"] = known["current_specialty"]
            if student is not None:
                expelled = [e for e in student_events(session, student.id) if e.kind == "expelled"]
                if expelled:
                    facts["expulsion_date"] = expelled[-1].effective_on.isoformat()
        elif kind == "leave_return":
            facts.setdefault("own_programme_discontinued", False)
        elif kind == "expulsion" and student is not None:
            facts["on_military_register"] = student.on_military_register
        return facts

    def open_case(
        self,
        kind: str,
        *,
        student_id: uuid.UUID | None = None,
        facts: Mapping[str, Any] | None = None,
    ) -> CaseView:
        """Open a case; facts not given are pre-filled from the register."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        with self.workspace.write() as session:
            case = self._new_case(session, kind, student_id, facts)
            audit.record(session, self.actor, "movement.open", f"movement_case:{case.id}")
            case_id = case.id
        return self.get(case_id)

    def _new_case(
        self,
        session: Session,
        kind: str,
        student_id: uuid.UUID | None,
        facts: Mapping[str, Any] | None,
    ) -> MovementCase:
        base = self._prefill(session, kind, student_id)
        if facts:
            base.update(facts)
        base["case"] = ENGINE_KIND[kind]
        own = self.workspace.institution_id
        source = own if kind in ("outgoing_transfer", "specialty_or_form_change") else None
        target = (
            own
            if kind in ("incoming_transfer", "transfer_from_abroad", "specialty_or_form_change")
            else None
        )
        person_id = None
        if student_id is not None:
            student = self._student(session, student_id)
            person_id = student.person_id
        case = MovementCase(
            id=uuid.uuid4(),
            kind=kind,
            student_id=student_id,
            person_id=person_id,
            source_institution_id=source,
            target_institution_id=target,
            addressed_to_ministry=False,
            case_json=dumps(base),
        )
        session.add(case)
        session.flush()
        append_case_event(session, self.actor, case.id, "opened", "open", institution_id=own)
        return case

    def save_facts(self, case_id: uuid.UUID, facts: Mapping[str, Any]) -> CaseView:
        """Store the facts as edited (the live decision is not stored until recorded)."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        with self.workspace.write() as session:
            case = self._open_case(session, case_id)
            case.case_json = dumps({**facts, "case": ENGINE_KIND[self._kind(case)]})
            audit.record(session, self.actor, "movement.facts", f"movement_case:{case.id}")
        return self.get(case_id)

    def attach_evidence(
        self, case_id: uuid.UUID, paragraph: str, data: bytes, filename: str
    ) -> CaseView:
        """Attach a file to a checklist item; checked by content (BadInput names the item)."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        if paragraph not in CHECKLIST_LABELS:
            raise BadInput(f"Unknown checklist item '{paragraph}'.", field="paragraph")
        with self.workspace.write() as session:
            case = self._case(session, case_id)
            blob = store_blob(session, data, filename, field=paragraph)
            present = session.scalars(
                select(MovementDocument).where(
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
                append_case_event(
                    session,
                    self.actor,
                    case.id,
                    "evidence_attached",
                    case.status_cache,
                    institution_id=self.workspace.institution_id,
                    payload={"paragraph": paragraph, "sha256": blob.sha256},
                )
                audit.record(session, self.actor, "movement.evidence", f"movement_case:{case.id}")
        return self.get(case_id)

    def detach_evidence(self, case_id: uuid.UUID, paragraph: str, blob_id: uuid.UUID) -> CaseView:
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        with self.workspace.write() as session:
            case = self._open_case(session, case_id)
            for document in session.scalars(
                select(MovementDocument).where(
                    MovementDocument.case_id == case.id,
                    MovementDocument.paragraph == paragraph,
                    MovementDocument.blob_id == blob_id,
                    MovementDocument.deleted_at.is_(None),
                )
            ):
                document.deleted_at = utcnow()
            audit.record(
                session, self.actor, "movement.evidence_removed", f"movement_case:{case.id}"
            )
        return self.get(case_id)

    def evidence_bytes(self, blob_id: uuid.UUID) -> tuple[str, bytes]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            blob = session.get(EvidenceBlob, blob_id)
            if blob is None:
                raise NotFound("Fayl tapılmadı.", field="blob_id")  # proposed string
            return blob.mime, blob.data

    def record_decision(
        self,
        case_id: uuid.UUID,
        *,
        confirmed_flags: Collection[str] = (),
        facts: Mapping[str, Any] | None = None,
    ) -> CaseView:
        """Store case JSON, decision JSON and rule version; refused unless the gate is open.

        The gate: the facts decide, the status allows acting (eligible, needs_consent,
        mse_discretion), every required document before the order has evidence, and every
        flag of the decision is confirmed.
        """
        roles.require(self.actor, roles.MOVEMENT_DECIDE)
        with self.workspace.write() as session:
            case = self._open_case(session, case_id)
            kind = self._kind(case)
            if facts is not None:
                case.case_json = dumps({**facts, "case": ENGINE_KIND[kind]})
            live = self.preview(
                kind, json.loads(case.case_json), attached_evidence(session, case.id)
            )
            decision = gate(live, confirmed_flags)
            case.decision_json = dumps(decision)
            case.rule_version = dumps(decision["rule_version"])
            case.status_cache = "decided"
            append_case_event(
                session,
                self.actor,
                case.id,
                "decision_recorded",
                "decided",
                institution_id=self.workspace.institution_id,
                payload={
                    "decision_status": decision["status"],
                    "confirmed_flags": sorted(set(confirmed_flags) & set(live.flags)),
                },
            )
            audit.record(session, self.actor, "movement.decide", f"movement_case:{case.id}")
        return self.get(case_id)

    def issue_order(
        self, case_id: uuid.UUID, *, order_date: date, signatory: str, body: str | None = None
    ) -> OrderView:
        """The order that ends the case: number, order row, student row(s), status event."""
        roles.require(self.actor, roles.MOVEMENT_DECIDE)
        if not signatory.strip():
            raise BadInput(MSG_NO_SIGNATORY, field="signatory")
        with self.workspace.write() as session:
            case = self._case(session, case_id)
            if case.status_cache != ORDERABLE_CASE_STATUS or case.decision_json is None:
                raise CheckFailed(MSG_NOT_DECIDED, field="decision")
            decision = json.loads(case.decision_json)
            facts = json.loads(case.case_json)
            missing = consents_missing(decision, facts)
            if missing:
                raise CheckFailed(MSG_CONSENTS.format(who=", ".join(missing)), field="consents")
            kind = self._kind(case)
            decided_on = facts.get(ORDER_DATE_FACT.get(ENGINE_KIND[kind], ""))
            if decided_on and str(decided_on) != order_date.isoformat():
                raise CheckFailed(MSG_ORDER_DATE.format(date=decided_on), field="order_date")
            order_kind, event_kind = ORDER_KIND[kind]
            student = order_student(session, self.workspace, case, kind, facts, decision)
            order = new_order(
                session,
                self.workspace,
                order_kind,
                order_date,
                signatory,
                paragraph_of(decision),
                body,
            )
            session.add(OrderStudent(id=uuid.uuid4(), order_id=order.id, student_id=student.id))
            effective = order_date
            if kind == "academic_leave" and facts.get("start"):
                effective = date.fromisoformat(str(facts["start"]))
            append_student_event(
                session,
                self.actor,
                student,
                event_kind,
                effective_on=effective,
                order_id=order.id,
                case_id=case.id,
                reason=paragraph_of(decision),
            )
            case.student_id = student.id
            case.status_cache = "ordered"
            append_case_event(
                session,
                self.actor,
                case.id,
                "order_issued",
                "ordered",
                institution_id=self.workspace.institution_id,
                payload={"order_id": str(order.id), "number": order.number},
            )
            audit.record(session, self.actor, "order.issue", f"rector_order:{order.id}")
            order_id = order.id
        return self.get_order(order_id)

    def bulk_expulsion(
        self,
        student_ids: Sequence[uuid.UUID],
        *,
        order_date: date,
        signatory: str,
        academic_year_start: int,
        last_contacts: Mapping[uuid.UUID, date | None] | None = None,
        body: str | None = None,
    ) -> OrderView:
        """One 3.1.5 order for many students: a case and decision each, all or nothing."""
        roles.require(self.actor, roles.MOVEMENT_DECIDE)
        if not student_ids:
            raise BadInput(MSG_BULK_EMPTY, field="student_ids")
        if not signatory.strip():
            raise BadInput(MSG_NO_SIGNATORY, field="signatory")
        contacts = last_contacts or {}
        with self.workspace.write() as session:
            order = new_order(
                session, self.workspace, "expulsion", order_date, signatory, "3.1.5", body
            )
            for student_id in dict.fromkeys(student_ids):
                student = self._student(session, student_id)
                if student.status_cache not in ("enrolled",):
                    raise CheckFailed(
                        MSG_NOT_ENROLLED.format(status=student.status_cache), field="student_ids"
                    )
                contact = contacts.get(student_id)
                facts = {
                    "case": "expulsion",
                    "ground": "no_registration_no_contact",
                    "order_date": order_date.isoformat(),
                    "registered_for_next_year": False,
                    "last_contact_date": contact.isoformat() if contact else None,
                    "academic_year_start": academic_year_start,
                    "on_military_register": student.on_military_register,
                }
                case = self._new_case(session, "expulsion", student.id, facts)
                live = self.preview("expulsion", facts)
                if live.status not in RECORDABLE or live.decision is None:
                    raise CheckFailed(
                        MSG_BULK_REFUSED.format(
                            number=student.student_number, status=live.status or "?"
                        ),
                        field="student_ids",
                    )
                decision = dict(live.decision)
                case.decision_json = dumps(decision)
                case.rule_version = dumps(decision["rule_version"])
                case.status_cache = "ordered"
                own = self.workspace.institution_id
                append_case_event(
                    session,
                    self.actor,
                    case.id,
                    "decision_recorded",
                    "decided",
                    institution_id=own,
                    payload={"decision_status": decision["status"], "bulk": True},
                )
                session.add(OrderStudent(id=uuid.uuid4(), order_id=order.id, student_id=student.id))
                append_student_event(
                    session,
                    self.actor,
                    student,
                    "expelled",
                    effective_on=order_date,
                    order_id=order.id,
                    case_id=case.id,
                    reason="3.1.5",
                )
                append_case_event(
                    session,
                    self.actor,
                    case.id,
                    "order_issued",
                    "ordered",
                    institution_id=own,
                    payload={"order_id": str(order.id), "number": order.number},
                )
            audit.record(session, self.actor, "order.issue_bulk", f"rector_order:{order.id}")
            order_id = order.id
        return self.get_order(order_id)

    # ---- reading --------------------------------------------------------------------------

    def get(self, case_id: uuid.UUID) -> CaseView:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            return self._view(session, self._case(session, case_id))

    def list_cases(
        self, *, kind: str | None = None, status: str | None = None, limit: int = 500
    ) -> list[CaseSummary]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            stmt = self._visible().order_by(MovementCase.created_at.desc()).limit(limit)
            if status:
                stmt = stmt.where(MovementCase.status_cache == status)
            out = []
            for case in session.scalars(stmt):
                case_kind = screen_kind(case, self.workspace.institution_id)
                if kind and case_kind != kind:
                    continue
                decision = json.loads(case.decision_json) if case.decision_json else None
                out.append(
                    CaseSummary(
                        id=case.id,
                        kind=case_kind,
                        student_label=student_label(session, case.student_id),
                        status=case.status_cache,
                        decision_status=decision["status"] if decision else None,
                        opened_at=case.created_at,
                    )
                )
            return out

    def list_orders(self, *, kind: str | None = None, limit: int = 500) -> list[OrderView]:
        """The orders register, newest first."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            stmt = select(Order).where(
                Order.institution_id == self.workspace.institution_id, Order.deleted_at.is_(None)
            )
            if kind:
                stmt = stmt.where(Order.kind == kind)
            rows = session.scalars(
                stmt.order_by(Order.order_date.desc(), Order.number.desc()).limit(limit)
            )
            return [order_view(session, row) for row in rows]

    def get_order(self, order_id: uuid.UUID) -> OrderView:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise NotFound("Əmr tapılmadı.", field="order_id")  # proposed string
            return order_view(session, order)

    # ---- helpers --------------------------------------------------------------------------

    def _visible(self) -> Select[MovementCase]:
        own = self.workspace.institution_id
        return select(MovementCase).where(
            MovementCase.deleted_at.is_(None),
            or_(
                MovementCase.institution_id == own,
                MovementCase.source_institution_id == own,
                MovementCase.target_institution_id == own,
            ),
        )

    def _case(self, session: Session, case_id: uuid.UUID) -> MovementCase:
        case = session.scalars(self._visible().where(MovementCase.id == case_id)).first()
        if case is None:
            raise NotFound("İş tapılmadı.", field="case_id")  # proposed string
        return case

    def _open_case(self, session: Session, case_id: uuid.UUID) -> MovementCase:
        case = self._case(session, case_id)
        if case.status_cache not in ("open", "approved"):
            raise Conflict(MSG_NOT_OPEN, field="case_id")
        return case

    def _kind(self, case: MovementCase) -> str:
        return screen_kind(case, self.workspace.institution_id)

    def _student(self, session: Session, student_id: uuid.UUID) -> Student:
        return student_row(session, student_id)

    def _view(self, session: Session, case: MovementCase) -> CaseView:
        kind = self._kind(case)
        facts = json.loads(case.case_json)
        attached = attached_evidence(session, case.id)
        live = self.preview(kind, facts, attached)
        decision = json.loads(case.decision_json) if case.decision_json else None
        if decision is not None:
            # A recorded decision shows its own checklist (the facts may not change any more).
            live = LiveDecision(
                decision,
                None,
                None,
                build_checklist(decision, attached),
                tuple(decision.get("flags", [])),
            )
        order = session.scalars(
            select(Order)
            .join(StudentEvent, StudentEvent.order_id == Order.id)
            .where(StudentEvent.case_id == case.id)
            .limit(1)
        ).first()
        events = session.scalars(
            select(MovementEvent)
            .where(MovementEvent.case_id == case.id, MovementEvent.deleted_at.is_(None))
            .order_by(MovementEvent.at)
        )
        return CaseView(
            id=case.id,
            kind=kind,
            engine_kind=ENGINE_KIND.get(kind, case.kind),
            student_id=case.student_id,
            student_label=student_label(session, case.student_id),
            facts=facts,
            status=case.status_cache,
            decision=decision,
            rule_version=case.rule_version,
            live=live,
            order_id=order.id if order else None,
            order_number=order.number if order else None,
            addressed_to_ministry=case.addressed_to_ministry,
            source_institution_id=case.source_institution_id,
            target_institution_id=case.target_institution_id,
            events=tuple(
                CaseEventView(
                    kind=e.kind,
                    status=e.status,
                    reason=e.reason,
                    at=e.at,
                    actor_id=e.actor_id,
                    institution_id=e.institution_id,
                    payload=json.loads(e.payload_json) if e.payload_json else {},
                )
                for e in events
            ),
        )
