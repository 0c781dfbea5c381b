"""The incoming-letter register; a registered letter's date starts the 2.12 and 2.13 timers.

The letter's date goes into the case facts the rules engine reads (rules-api.md):
`mse_letter_received` at the source HEI (2.12), `consent_letter_received` and
`personal_file_received` at the target HEI (2.13, the later of the two starts the timer).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import EvidenceBlob, IncomingLetter, MovementCase
from registrar.services import audit, roles
from registrar.services.calendar import today_baku
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, NotFound
from registrar.services.movements import (
    ENGINE_KIND,
    MovementService,
    append_case_event,
    dumps,
    screen_kind,
    store_blob,
    student_label,
)

LETTER_KINDS: Final = ("mse_consent", "mse_transcript_blank", "personal_file", "other")
ORDER_TIMERS: Final = frozenset({"expulsion_order", "inclusion_order"})
SOURCE_KINDS: Final = frozenset({"outgoing_transfer", "expulsion"})

# Messages (proposed strings; need native review).
MSG_KIND: Final = "Məktubun növü bunlardan biri olmalıdır: {kinds}."
MSG_REQUIRED: Final = "Xana boş ola bilməz."
MSG_FUTURE: Final = "Alınma tarixi gələcəkdə ola bilməz."


@dataclass(frozen=True)
class LetterView:
    id: uuid.UUID
    number: str
    sender: str
    kind: str
    received_on: date
    case_id: uuid.UUID | None
    student_id: uuid.UUID | None
    student_label: str | None
    has_scan: bool
    timers_started: tuple[str, ...]


def fact_for(kind: str, case_kind: str) -> str | None:
    """The case fact a letter of `kind` sets in a case of `case_kind` (None: no timer)."""
    if kind in ("mse_consent", "mse_transcript_blank"):
        return "mse_letter_received" if case_kind in SOURCE_KINDS else "consent_letter_received"
    if kind == "personal_file" and case_kind not in SOURCE_KINDS:
        return "personal_file_received"
    return None


def apply_letter(
    session: Session,
    actor: Actor,
    case: MovementCase,
    kind: str,
    received_on: date,
    *,
    institution_id: uuid.UUID,
) -> None:
    """Put the letter's date into the case facts and note it on the case."""
    case_kind = screen_kind(case, institution_id)
    fact = fact_for(kind, case_kind)
    if fact is not None:
        facts: dict[str, Any] = json.loads(case.case_json)
        facts[fact] = received_on.isoformat()
        case.case_json = dumps(facts)
    append_case_event(
        session,
        actor,
        case.id,
        "letter_registered",
        case.status_cache,
        institution_id=institution_id,
        payload={"letter_kind": kind, "received_on": received_on.isoformat(), "fact": fact},
    )


class LettersRegister:
    """Letters this institution received: number, sender, kind, date, student or case, scan."""

    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.workspace = workspace
        self.actor = actor
        self.movements = MovementService(workspace, actor)

    def register(
        self,
        *,
        number: str,
        sender: str,
        kind: str,
        received_on: date,
        case_id: uuid.UUID | None = None,
        student_id: uuid.UUID | None = None,
        scan: bytes | None = None,
        scan_name: str = "",
        today: date | None = None,
    ) -> LetterView:
        """Register a letter; a letter about a case starts the timer its date starts."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        if kind not in LETTER_KINDS:
            raise BadInput(MSG_KIND.format(kinds=", ".join(LETTER_KINDS)), field="kind")
        for name, value in (("number", number), ("sender", sender)):
            if not value.strip():
                raise BadInput(MSG_REQUIRED, field=name)
        if received_on > (today or today_baku()):
            raise BadInput(MSG_FUTURE, field="received_on")
        with self.workspace.write() as session:
            case = self.movements._case(session, case_id) if case_id else None
            if case is not None and student_id is None:
                student_id = case.student_id
            blob = store_blob(session, scan, scan_name, field="scan") if scan else None
            letter = IncomingLetter(
                id=uuid.uuid4(),
                number=number.strip(),
                sender=sender.strip(),
                kind=kind,
                received_on=received_on,
                case_id=case_id,
                student_id=student_id,
                scan_blob_id=blob.id if blob else None,
            )
            session.add(letter)
            session.flush()
            if case is not None:
                apply_letter(
                    session,
                    self.actor,
                    case,
                    kind,
                    received_on,
                    institution_id=self.workspace.institution_id,
                )
            audit.record(session, self.actor, "letter.register", f"incoming_letter:{letter.id}")
            return self._view(session, letter)

    def entries(self, *, kind: str | None = None, limit: int = 500) -> list[LetterView]:
        """The register, newest first."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            stmt = select(IncomingLetter).where(
                IncomingLetter.institution_id == self.workspace.institution_id,
                IncomingLetter.deleted_at.is_(None),
            )
            if kind:
                stmt = stmt.where(IncomingLetter.kind == kind)
            rows = session.scalars(
                stmt.order_by(IncomingLetter.received_on.desc(), IncomingLetter.number).limit(limit)
            )
            return [self._view(session, row) for row in rows]

    def scan(self, letter_id: uuid.UUID) -> tuple[str, bytes]:
        """The scan's mime type and bytes."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            letter = session.get(IncomingLetter, letter_id)
            if letter is None or letter.institution_id != self.workspace.institution_id:
                raise NotFound("Məktub tapılmadı.", field="letter_id")  # proposed string
            blob = session.get(EvidenceBlob, letter.scan_blob_id) if letter.scan_blob_id else None
            if blob is None:
                raise NotFound("Məktubun skanı yoxdur.", field="scan")  # proposed string
            return blob.mime, blob.data

    def _view(self, session: Session, letter: IncomingLetter) -> LetterView:
        timers: tuple[str, ...] = ()
        case = session.get(MovementCase, letter.case_id) if letter.case_id else None
        if case is not None:
            kind = screen_kind(case, self.workspace.institution_id)
            live = self.movements.preview(kind, json.loads(case.case_json))
            if live.decision is not None and ENGINE_KIND.get(kind):
                timers = tuple(
                    str(d["what"]) for d in live.decision["deadlines"] if d["what"] in ORDER_TIMERS
                )
        return LetterView(
            id=letter.id,
            number=letter.number,
            sender=letter.sender,
            kind=letter.kind,
            received_on=letter.received_on,
            case_id=letter.case_id,
            student_id=letter.student_id,
            student_label=student_label(session, letter.student_id),
            has_scan=letter.scan_blob_id is not None,
            timers_started=timers,
        )
