"""The sync issues a registrar settles: listing, both versions field by field, resolution.

A conflict (one row changed here and at the centre) is resolved by choosing, field by field,
our value, theirs, or a merged text; a fork (two events following the same event) by a new
event that follows both heads. Either way the choice is a `sync_resolution` row plus an audit
entry, and both sync like any other change. Refusals are settled in `refusals`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from registrar.models.base import utcnow
from registrar.models.sync_meta import SyncResolution
from registrar.services import audit
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput, NotFound, PermissionDenied
from registrar.services.sync import chains, local
from registrar.services.sync.catalog import (
    Catalog,
    TableSpec,
    catalog,
    json_to_raw,
    same_content,
)

Side = Literal["ours", "theirs", "merged"]
SIDES: tuple[Side, ...] = ("ours", "theirs", "merged")
RESOLVER_ROLES = frozenset({"registrar", "admin", "ministry"})
# Not offered for a choice: identity, ownership and chain structure (set by the resolution).
FIXED_FIELDS = frozenset({"id", "institution_id", "supersedes"})
EVENT_FIXED = frozenset({"actor_id", "at"})
ACTIONS_BY_CODE: dict[str, tuple[str, ...]] = {
    "national_key_taken": ("merge", "withdraw"),
    "mobile_taken": ("merge", "withdraw"),
    "email_taken": ("merge", "withdraw"),
    "permission": ("discard",),
    "frozen": ("discard",),
    "duplicate": ("discard",),
    "duplicate_blob": ("discard",),
    "invalid": ("discard",),
}


@dataclass(frozen=True)
class IssueRow:
    id: uuid.UUID
    kind: str  # refused | conflict | fork
    table: str
    row_id: uuid.UUID
    code: str
    message: str
    created_at: datetime
    subject: str
    actions: tuple[str, ...]  # resolve | merge | withdraw | discard


@dataclass(frozen=True)
class FieldDiff:
    field: str
    ours: str | None
    theirs: str | None
    differs: bool
    mergeable: bool  # a text field: a merged value may be typed


@dataclass(frozen=True)
class IssueDetail:
    issue: IssueRow
    ours_label: str
    theirs_label: str
    fields: tuple[FieldDiff, ...]
    affected: tuple[str, ...]  # refusals: the applications it holds back

    @property
    def differing(self) -> tuple[FieldDiff, ...]:
        return tuple(f for f in self.fields if f.differs)


def require_resolver(actor: Actor) -> None:
    if actor.role not in RESOLVER_ROLES:
        raise PermissionDenied("Sinxronlaşdırma problemlərini yalnız registrator həll edə bilər.")


def require_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise BadInput("Səbəb göstərilməlidir.", field="reason")
    return reason


def display(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return f"{len(value)} bayt"
    return str(value)


def subject_of(connection: Connection, spec: TableSpec, row_id: str) -> str:
    """A short label for the list (the registrar's own data; never logged)."""
    columns = {
        "person": ("last_name", "first_name", "national_key"),
        "portal_account": ("mobile_e164", "email"),
        "application": ("number", "snapshot_last_name", "snapshot_first_name"),
        "student": ("student_number",),
    }.get(spec.name)
    if columns:
        row = local.fetch_rows(connection, spec, columns, [row_id]).get(row_id)
        if row:
            return " ".join(str(v) for v in row if v)
    return f"{spec.name} {row_id[:8]}"


class SyncIssues:
    """What the conflicts screen calls (one transaction per call)."""

    def __init__(self, workspace: Workspace, tables: Catalog | None = None) -> None:
        self._ws = workspace
        self._catalog = tables or catalog()

    @contextmanager
    def _write(self, actor: Actor) -> Iterator[tuple[Session, Connection]]:
        require_resolver(actor)
        with self._ws.write() as session:
            yield session, session.connection()

    # ----- reading -----------------------------------------------------------------------

    def list_open(self) -> list[IssueRow]:
        with self._ws.read() as session:
            connection = session.connection()
            rows = connection.exec_driver_sql(
                "SELECT id, kind, table_name, row_id, reason, created_at FROM sync_issue "
                "WHERE resolved_at IS NULL AND deleted_at IS NULL AND kind IN (?, ?, ?) "
                "ORDER BY created_at, id",
                (local.REFUSED, local.CONFLICT, local.FORK),
            ).fetchall()
            return [self._issue_row(connection, row) for row in rows]

    def _issue_row(self, connection: Connection, row: Any) -> IssueRow:
        issue_id, kind, table, row_id, reason, created = row
        code, message = local.reason_code(str(reason))
        spec = self._catalog.get(str(table))
        if kind in (local.CONFLICT, local.FORK):
            actions: tuple[str, ...] = ("resolve",)
        else:
            actions = ACTIONS_BY_CODE.get(code, ())
        return IssueRow(
            id=uuid.UUID(str(issue_id)),
            kind=str(kind),
            table=str(table),
            row_id=uuid.UUID(str(row_id)),
            code=code,
            message=message,
            created_at=_time(created),
            subject=subject_of(connection, spec, str(row_id)) if spec else str(table),
            actions=actions,
        )

    def _load(self, connection: Connection, issue_id: uuid.UUID) -> tuple[IssueRow, Any]:
        row = connection.exec_driver_sql(
            "SELECT id, kind, table_name, row_id, reason, created_at, local_json, central_json "
            "FROM sync_issue WHERE id = ? AND resolved_at IS NULL",
            (issue_id.hex,),
        ).first()
        if row is None:
            raise NotFound("Bu problem artıq həll edilib və ya mövcud deyil.", field="issue")
        return self._issue_row(connection, row[:6]), row

    def detail(self, issue_id: uuid.UUID) -> IssueDetail:
        with self._ws.read() as session:
            connection = session.connection()
            issue, row = self._load(connection, issue_id)
            spec = self._catalog[issue.table]
            if issue.kind == local.CONFLICT:
                ours = self._current(connection, spec, issue.row_id.hex)
                theirs = json_to_raw(str(row[7]))
                fields = self._diff(spec, ours, theirs, self._choosable(spec))
                return IssueDetail(issue, "Bu iş yeri", "Mərkəz", fields, ())
            if issue.kind == local.FORK:
                heads = self._fork_heads(connection, spec, row)
                ours, theirs = heads[0], heads[1]
                fields = self._diff(spec, ours, theirs, self._choosable(spec))
                return IssueDetail(
                    issue, self._event_label(ours), self._event_label(theirs), fields, ()
                )
            local_row = json_to_raw(str(row[6])) if row[6] else {}
            fields = tuple(
                FieldDiff(name, display(local_row.get(name)), None, False, False)
                for name in spec.content
                if name in local_row
            )
            affected = tuple(
                subject_of(connection, self._catalog["application"], app_id)
                for app_id in affected_applications(connection, spec.name, issue.row_id.hex)
            )
            return IssueDetail(issue, "Bu iş yeri", "", fields, affected)

    def _current(self, connection: Connection, spec: TableSpec, row_id: str) -> dict[str, Any]:
        columns = spec.sent_columns
        found = local.fetch_rows(connection, spec, columns[1:], [row_id]).get(row_id)
        if found is None:
            raise NotFound("Qeyd bu iş yerində tapılmadı.", field="issue")
        return dict(zip(columns, (row_id, *found), strict=True))

    def _choosable(self, spec: TableSpec) -> tuple[str, ...]:
        fixed = set(FIXED_FIELDS)
        if spec.event_chain:
            fixed |= EVENT_FIXED | set(spec.event_chain)
        return tuple(c for c in spec.content if c not in fixed)

    def _diff(
        self,
        spec: TableSpec,
        ours: Mapping[str, Any],
        theirs: Mapping[str, Any],
        fields: tuple[str, ...],
    ) -> tuple[FieldDiff, ...]:
        return tuple(
            FieldDiff(
                name,
                display(ours.get(name)),
                display(theirs.get(name)),
                _norm(ours.get(name)) != _norm(theirs.get(name)),
                spec.column(name).kind == "text",
            )
            for name in fields
        )

    def _fork_heads(
        self, connection: Connection, spec: TableSpec, row: Any
    ) -> list[dict[str, Any]]:
        data = json.loads(row[6] or "{}")
        key = tuple((column, data["chain"][column]) for column in spec.event_chain or ())
        heads = chains.heads_of(connection, spec, key)
        if len(heads) < 2:
            raise NotFound("Bu ziddiyyət artıq həll edilib.", field="issue")
        rows = [self._current(connection, spec, head) for head in heads]
        for row in rows:  # the chain's own bookkeeping is not a choice for the registrar
            if row.get("payload_json"):
                payload = _json_object(row["payload_json"])
                payload.pop(chains.ALSO_SUPERSEDES, None)
                row["payload_json"] = (
                    json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else None
                )
        # Ours first: the head this workstation wrote, when there is one.
        rows.sort(key=lambda r: (r["origin"] != self._ws.origin, str(r["created_at"]), r["id"]))
        return rows

    @staticmethod
    def _event_label(row: Mapping[str, Any]) -> str:
        return f"{row.get('status') or row.get('kind') or ''} · {str(row.get('created_at'))[:16]}"

    # ----- resolving ---------------------------------------------------------------------

    def resolve(
        self,
        issue_id: uuid.UUID,
        actor: Actor,
        choices: Mapping[str, Side],
        reason: str,
        merged: Mapping[str, str] | None = None,
    ) -> None:
        """Settle a conflict or a fork with the registrar's field-by-field choice."""
        reason = require_reason(reason)
        merged = merged or {}
        with self._write(actor) as (session, connection):
            issue, row = self._load(connection, issue_id)
            spec = self._catalog[issue.table]
            if issue.kind == local.CONFLICT:
                self._resolve_row(
                    session, connection, spec, issue, row, actor, choices, merged, reason
                )
            elif issue.kind == local.FORK:
                self._resolve_fork(
                    session, connection, spec, issue, row, actor, choices, merged, reason
                )
            else:
                raise BadInput("Bu problem seçimlə həll edilmir.", field="issue")

    def _pick(
        self,
        spec: TableSpec,
        fields: tuple[FieldDiff, ...],
        ours: Mapping[str, Any],
        theirs: Mapping[str, Any],
        choices: Mapping[str, Side],
        merged: Mapping[str, str],
    ) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {}
        picked: dict[str, str] = {}
        for diff in fields:
            if not diff.differs:
                continue
            side = choices.get(diff.field)
            if side not in SIDES:
                raise BadInput(f"Sahə üçün seçim edilməyib: {diff.field}.", field=diff.field)
            if side == "merged":
                if not diff.mergeable or diff.field not in merged:
                    raise BadInput(
                        f"Sahə üçün birləşdirilmiş dəyər yazılmalıdır: {diff.field}.",
                        field=diff.field,
                    )
                values[diff.field] = merged[diff.field]
            else:
                values[diff.field] = (ours if side == "ours" else theirs).get(diff.field)
            picked[diff.field] = side
        return values, picked

    def _resolve_row(
        self,
        session: Session,
        connection: Connection,
        spec: TableSpec,
        issue: IssueRow,
        row: Any,
        actor: Actor,
        choices: Mapping[str, Side],
        merged: Mapping[str, str],
        reason: str,
    ) -> None:
        row_id = issue.row_id.hex
        ours = self._current(connection, spec, row_id)
        theirs = json_to_raw(str(row[7]))
        fields = self._diff(spec, ours, theirs, self._choosable(spec))
        values, picked = self._pick(spec, fields, ours, theirs, choices, merged)
        result = {**ours, **values}
        central_version = int(theirs["row_version"])
        if same_content(spec, result, theirs):
            # The centre's version wins outright: take its row, nothing to send back.
            columns = [c for c in spec.sent_columns if c != "id"]
            sets = ", ".join(f"{local.q(c)} = ?" for c in columns)
            connection.exec_driver_sql(
                f"UPDATE {local.q(spec.name)} SET {sets}, central_version = ? WHERE id = ?",
                (*[theirs[c] for c in columns], central_version, row_id),
            )
            version = central_version
        else:
            version = max(int(ours["row_version"]), central_version) + 1
            columns = [c for c in spec.content if c != "id"]
            sets = ", ".join(f"{local.q(c)} = ?" for c in columns)
            connection.exec_driver_sql(
                f"UPDATE {local.q(spec.name)} SET {sets}, row_version = ?, central_version = ?, "
                "updated_at = ?, origin = ? WHERE id = ?",
                (
                    *[result[c] for c in columns],
                    version,
                    central_version,
                    local.now_raw(),
                    self._ws.origin,
                    row_id,
                ),
            )
        self._record(session, actor, spec.name, issue.row_id, "row", picked, reason, version, [])
        local.IssueWriter(connection, self._ws.origin, self._ws.institution_id).resolve_issue(
            issue.id
        )

    def _resolve_fork(
        self,
        session: Session,
        connection: Connection,
        spec: TableSpec,
        issue: IssueRow,
        row: Any,
        actor: Actor,
        choices: Mapping[str, Side],
        merged: Mapping[str, str],
        reason: str,
    ) -> None:
        heads = self._fork_heads(connection, spec, row)
        ours, theirs = heads[0], heads[1]
        fields = self._diff(spec, ours, theirs, self._choosable(spec))
        values, picked = self._pick(spec, fields, ours, theirs, choices, merged)
        others = [head["id"] for head in heads[1:]]
        event = {**ours, **values}
        new_id = uuid.uuid4()
        now = local.now_raw()
        event.update(
            id=new_id.hex,
            institution_id=self._ws.institution_id.hex,
            supersedes=ours["id"],
            created_at=now,
            updated_at=now,
            row_version=1,
            origin=self._ws.origin,
            deleted_at=None,
        )
        if "actor_id" in event:
            event["actor_id"] = actor.staff_id.hex if actor.staff_id else None
        if "at" in event:
            event["at"] = now
        if "payload_json" in event:
            payload = _json_object(event.get("payload_json"))
            payload[chains.ALSO_SUPERSEDES] = [str(uuid.UUID(other)) for other in others]
            event["payload_json"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        columns = list(spec.sent_columns)
        connection.exec_driver_sql(
            f"INSERT INTO {local.q(spec.name)} ({', '.join(local.q(c) for c in columns)}, "
            f"central_version) VALUES ({local.marks(len(columns) + 1)})",
            (*[event.get(c) for c in columns], 0),
        )
        self._record(session, actor, spec.name, new_id, "fork", picked, reason, 1, others)
        data = json.loads(row[6] or "{}")
        key = tuple((column, data["chain"][column]) for column in spec.event_chain or ())
        writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
        chains.review(connection, spec, [key], writer)

    def _record(
        self,
        session: Session,
        actor: Actor,
        table: str,
        row_id: uuid.UUID,
        kind: str,
        picked: Mapping[str, str],
        reason: str,
        version: int,
        superseded: list[str],
    ) -> None:
        session.add(
            SyncResolution(
                id=uuid.uuid4(),
                table_name=table,
                row_id=row_id,
                kind=kind,
                superseded_json=json.dumps([str(uuid.UUID(s)) for s in superseded]),
                choices_json=json.dumps(dict(picked), sort_keys=True),
                resolved_version=version,
                reason=reason,
                actor_id=actor.staff_id,
                at=utcnow(),
            )
        )
        session.flush()
        audit.record(session, actor, f"sync.{kind}.resolve", f"{table}:{row_id}", reason)


def affected_applications(connection: Connection, table: str, row_id: str) -> list[str]:
    """The applications a refused row holds back (an application is its own)."""
    column = {"application": "id", "person": "person_id", "portal_account": "account_id"}.get(table)
    if column is None:
        return []
    rows = connection.exec_driver_sql(
        f"SELECT id FROM application WHERE {column} = ? ORDER BY created_at", (row_id,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _json_object(text: Any) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(str(text))
    except ValueError:
        return {"text": str(text)}
    return data if isinstance(data, dict) else {"value": data}


def _norm(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
