"""The audit log for administrators: paged and filtered listing, CSV/XLSX export, chain check.

Listing is a query per page (newest first), never the whole log in memory. Filters combine:
actor, action (exact, or a prefix ending in "." such as "application."), origin and an
inclusive range of office days. An export writes every matching entry and is itself audited.
`verify` runs `services.audit.verify` over every chain, as `registrar audit verify` does.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, func, select

from registrar.models import AuditEntry
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput
from registrar.services.reports import export_rows

BAKU: Final = ZoneInfo("Asia/Baku")
MAX_PAGE: Final = 1000
EXPORT_BATCH: Final = 2000

# Column headers of the table and of exports (proposed strings, need native review).
HEADERS: Final = (
    "Mənbə",  # origin (workstation)
    "№",
    "Vaxt (UTC)",
    "İstifadəçi",
    "Əməliyyat",
    "Obyekt",
    "Səbəb",
    "Heş",
)


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""  # exact, or a prefix when it ends in "."
    origin: str = ""
    date_from: date | None = None
    date_to: date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    origin: str
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str | None
    reason: str | None
    entry_hash: str

    def cells(self) -> tuple[object, ...]:
        return (
            self.origin,
            self.seq,
            self.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
            self.actor,
            self.action,
            self.subject or "",
            self.reason or "",
            self.entry_hash,
        )


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    offset: int
    total: int

    @property
    def more(self) -> bool:
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class Choices:
    """What the filter combo boxes offer."""

    actors: tuple[str, ...]
    actions: tuple[str, ...]
    origins: tuple[str, ...]


@dataclass(frozen=True)
class VerifyOutcome:
    """The chain check, with the first bad entry as a row when there is one."""

    ok: bool
    chains: int
    entries: int
    problem: str | None
    bad_entry: AuditRow | None


def _office_start(day: date) -> datetime:
    return datetime.combine(day, time(0), BAKU).astimezone(UTC)


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise BadInput("Başlanğıc tarixi son tarixdən sonradır.", field="date_from")  # proposed
    conditions: list[ColumnElement[bool]] = [AuditEntry.deleted_at.is_(None)]
    if flt.actor:
        conditions.append(AuditEntry.actor == flt.actor)
    if flt.action:
        if flt.action.endswith("."):
            conditions.append(AuditEntry.action.startswith(flt.action, autoescape=True))
        else:
            conditions.append(AuditEntry.action == flt.action)
    if flt.origin:
        conditions.append(AuditEntry.origin == flt.origin)
    if flt.date_from:
        conditions.append(AuditEntry.at >= _office_start(flt.date_from))
    if flt.date_to:
        conditions.append(AuditEntry.at < _office_start(flt.date_to + timedelta(days=1)))
    return conditions


def _listing(flt: AuditFilter) -> Select[AuditEntry]:
    return (
        select(AuditEntry)
        .where(*_conditions(flt))
        .order_by(AuditEntry.at.desc(), AuditEntry.origin, AuditEntry.seq.desc())
    )


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        entry.id,
        entry.origin,
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        entry.subject,
        entry.reason,
        entry.entry_hash,
    )


class AuditBrowseService:
    """Read the audit log; every method checks the actor's role first."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def page(self, actor: Actor, flt: AuditFilter, offset: int = 0, limit: int = 200) -> AuditPage:
        roles.require(actor, roles.AUDIT_VIEW)
        if offset < 0 or not 0 < limit <= MAX_PAGE:
            raise BadInput("offset/limit out of range", field="limit")
        with self._workspace.read() as session:
            total = int(
                session.scalar(
                    select(func.count()).select_from(AuditEntry).where(*_conditions(flt))
                )
                or 0
            )
            rows = tuple(
                _row(e) for e in session.scalars(_listing(flt).offset(offset).limit(limit))
            )
        return AuditPage(rows, offset, total)

    def choices(self, actor: Actor) -> Choices:
        roles.require(actor, roles.AUDIT_VIEW)
        with self._workspace.read() as session:

            def distinct(column: ColumnElement[str]) -> tuple[str, ...]:
                return tuple(
                    str(v) for v in session.scalars(select(column).distinct().order_by(column)) if v
                )

            return Choices(
                distinct(AuditEntry.actor),  # type: ignore[arg-type]
                distinct(AuditEntry.action),  # type: ignore[arg-type]
                distinct(AuditEntry.origin),  # type: ignore[arg-type]
            )

    def export(self, actor: Actor, flt: AuditFilter, path: Path) -> int:
        """Write every matching entry to `path` (.csv or .xlsx); returns the number of rows."""
        roles.require(actor, roles.AUDIT_VIEW)
        roles.require(actor, roles.EXPORT_RUN)
        rows: list[Sequence[object]] = []
        with self._workspace.read() as session:
            for entry in session.scalars(_listing(flt).execution_options(yield_per=EXPORT_BATCH)):
                rows.append(_row(entry).cells())
        export_rows(path, HEADERS, rows)
        with self._workspace.write() as session:
            audit.record(session, actor, "audit.export", f"rows:{len(rows)}", path.suffix.lower())
        return len(rows)

    def verify(self, actor: Actor) -> VerifyOutcome:
        roles.require(actor, roles.AUDIT_VERIFY)
        with self._workspace.read() as session:
            result = audit.verify(session)
            bad = None
            if result.problem is not None:
                entry = session.get(AuditEntry, uuid.UUID(result.problem.entry_id))
                bad = _row(entry) if entry is not None else None
        return VerifyOutcome(
            ok=result.ok,
            chains=result.chains,
            entries=result.entries,
            problem=result.problem.problem if result.problem else None,
            bad_entry=bad,
        )


__all__ = [
    "HEADERS",
    "AuditBrowseService",
    "AuditFilter",
    "AuditPage",
    "AuditRow",
    "Choices",
    "VerifyOutcome",
]
