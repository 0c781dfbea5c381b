"""The audit log: every service records who did what, when and why, hash-chained per origin."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registrar.models import AuditEntry
from registrar.models.base import utcnow
from registrar.services.context import Actor

GENESIS = "0" * 64


def entry_digest(
    *,
    origin: str,
    seq: int,
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None,
    reason: str | None,
) -> str:
    payload = {
        "action": action,
        "actor": actor,
        "at": at.isoformat(timespec="microseconds"),
        "origin": origin,
        "prev_hash": prev_hash,
        "reason": reason,
        "seq": seq,
        "subject": subject,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    subject: str | None = None,
    reason: str | None = None,
) -> AuditEntry:
    """Append an entry to this origin's chain, in the caller's transaction.

    Callers use a write session (`Workspace.write()`), so two processes never take the same
    sequence number. `subject` names a record by kind and id, never by personal data.
    """
    origin = session.info["origin"]
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash)
        .where(AuditEntry.origin == origin)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    seq = (last.seq + 1) if last else 1
    prev_hash = last.entry_hash if last else GENESIS
    at = utcnow()
    entry = AuditEntry(
        id=uuid.uuid4(),
        origin=origin,
        seq=seq,
        prev_hash=prev_hash,
        at=at,
        actor=actor.label,
        action=action,
        subject=subject,
        reason=reason,
        entry_hash=entry_digest(
            origin=origin,
            seq=seq,
            prev_hash=prev_hash,
            at=at,
            actor=actor.label,
            action=action,
            subject=subject,
            reason=reason,
        ),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    origin: str
    seq: int
    entry_id: str
    problem: str


@dataclass(frozen=True)
class VerifyResult:
    chains: int
    entries: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(session: Session) -> VerifyResult:
    """Check every chain entry by entry: sequence without gaps, links, and each entry's hash."""
    origins = session.scalars(select(AuditEntry.origin).distinct()).all()
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    for origin in sorted(origins):
        expected_prev = GENESIS
        expected_seq = 1
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.origin == origin).order_by(AuditEntry.seq)
        )
        for entry in rows:
            problem = None
            if entry.seq != expected_seq:
                problem = f"sequence gap: expected {expected_seq}, found {entry.seq}"
            elif entry.prev_hash != expected_prev:
                problem = "link broken: previous hash does not match"
            elif entry.entry_hash != entry_digest(
                origin=entry.origin,
                seq=entry.seq,
                prev_hash=entry.prev_hash,
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                subject=entry.subject,
                reason=entry.reason,
            ):
                problem = "entry altered: its hash does not match its content"
            if problem:
                return VerifyResult(
                    len(origins), total, ChainProblem(origin, entry.seq, str(entry.id), problem)
                )
            expected_prev = entry.entry_hash
            expected_seq += 1
    return VerifyResult(len(origins), total, None)
