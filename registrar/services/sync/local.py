"""The workstation's side of sync: pending rows, raw reads and writes, and the issue list.

Reads and writes here use driver-level SQL on the raw stored values (see `catalog`), inside
transactions the caller opens; they bypass the ORM flush hook on purpose: acknowledging a
push or applying a pulled row must not bump `row_version`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Engine, Table, insert, update

from registrar.models import SyncIssue, SyncState
from registrar.models.base import utcnow
from registrar.services.sync.catalog import TableSpec

# Issue kinds (SyncIssue.kind).
REFUSED = "refused"  # the centre refused a change: shown, not retried until acted on
CONFLICT = "conflict"  # the row changed here and at the centre: both versions kept
FORK = "fork"  # two events follow the same event: the chain has two heads
HELD = "held"  # a central row that collides here with a local pending row (waits)
REFETCH = "refetch"  # the registrar dropped a refused change: take the central row again
RETRYABLE_CODES = frozenset({"missing_parent"})


def q(name: str) -> str:
    return '"' + name + '"'


def now_raw() -> str:
    """The current time in the local raw form (naive UTC text with microseconds)."""
    return utcnow().replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def marks(count: int) -> str:
    return ", ".join("?" * count)


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextmanager
def write_connection(engine: Engine, *, foreign_keys: bool = True) -> Iterator[Connection]:
    """One local write transaction (SQLite's write lock taken at BEGIN).

    `foreign_keys=False` is for applying pulled rows: rows other institutions share with us
    (a movement case and its events) may name rows we may not see.
    """
    with engine.execution_options(sqlite_begin="IMMEDIATE").connect() as connection:
        raw = connection.connection.dbapi_connection
        if not foreign_keys:
            raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                yield connection
        finally:
            if not foreign_keys:
                raw.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def raw_rows(connection: Connection, statement: str, params: Sequence[Any] = ()) -> list[Any]:
    """A read straight through the DB-API (the hot paths: several times faster than a
    SQLAlchemy result), inside whatever transaction the connection has."""
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        cursor.execute(statement, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


class Pending(NamedTuple):
    id: str
    row_version: int
    central_version: int
    size: int  # blob bytes (0 for other tables)


def pending_rows(connection: Connection, spec: TableSpec) -> list[Pending]:
    order = "origin, seq" if spec.name == "audit_entry" else "created_at, id"
    size = "size" if spec.is_blob else "0"
    rows = raw_rows(
        connection,
        f"SELECT id, row_version, central_version, {size} FROM {q(spec.name)} "
        f"WHERE row_version <> central_version ORDER BY {order}",
    )
    return [Pending(str(r[0]), int(r[1]), int(r[2]), int(r[3] or 0)) for r in rows]


def count_pending(connection: Connection, specs: Iterable[TableSpec]) -> int:
    total = 0
    for spec in specs:
        total += int(
            raw_rows(
                connection,
                f"SELECT count(*) FROM {q(spec.name)} WHERE row_version <> central_version",
            )[0][0]
        )
    return total


def fetch_rows(
    connection: Connection, spec: TableSpec, columns: Sequence[str], ids: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """Raw rows by id (the id is the first column of each tuple)."""
    found: dict[str, tuple[Any, ...]] = {}
    select = ", ".join(q(c) for c in ("id", *columns))
    for part in chunks(ids, 900):
        for row in raw_rows(
            connection,
            f"SELECT {select} FROM {q(spec.name)} WHERE id IN ({marks(len(part))})",
            part,
        ):
            found[str(row[0])] = tuple(row[1:])
    return found


def versions(
    connection: Connection, spec: TableSpec, ids: Sequence[str]
) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for part in chunks(ids, 900):
        for row in raw_rows(
            connection,
            f"SELECT id, row_version, central_version FROM {q(spec.name)} "
            f"WHERE id IN ({marks(len(part))})",
            part,
        ):
            found[str(row[0])] = (int(row[1]), int(row[2]))
    return found


# ----- issues ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenIssue:
    id: uuid.UUID
    table_name: str
    row_id: str  # raw hex
    kind: str
    code: str
    row_version: int | None
    local_json: str | None
    central_json: str | None


def _reason(code: str, message: str, **extra: Any) -> str:
    return json.dumps({"code": code, "message": message, **extra}, ensure_ascii=False)


def reason_code(reason: str) -> tuple[str, str]:
    """(code, message) of a stored reason (older or foreign rows: the text as the message)."""
    try:
        data = json.loads(reason)
    except ValueError:
        return "", reason
    if not isinstance(data, dict):
        return "", reason
    return str(data.get("code", "")), str(data.get("message", ""))


def open_issues(connection: Connection) -> list[OpenIssue]:
    rows = connection.exec_driver_sql(
        "SELECT id, table_name, row_id, kind, reason, local_json, central_json FROM sync_issue "
        "WHERE resolved_at IS NULL AND deleted_at IS NULL"
    ).fetchall()
    issues = []
    for row in rows:
        code, _ = reason_code(str(row[4]))
        version = None
        if row[5]:
            local = json.loads(row[5])
            if isinstance(local, dict) and isinstance(local.get("row_version"), int):
                version = int(local["row_version"])
        issues.append(
            OpenIssue(
                id=uuid.UUID(str(row[0])),
                table_name=str(row[1]),
                row_id=str(row[2]),
                kind=str(row[3]),
                code=code,
                row_version=version,
                local_json=row[5],
                central_json=row[6],
            )
        )
    return issues


class IssueWriter:
    """Adds or refreshes open issues and resolves them, in the caller's transaction."""

    def __init__(self, connection: Connection, origin: str, institution_id: uuid.UUID) -> None:
        self._connection = connection
        self._origin = origin
        self._institution_id = institution_id
        self.added = 0

    def record(
        self,
        kind: str,
        spec_name: str,
        row_id: str,
        code: str,
        message: str,
        *,
        local_json: str | None = None,
        central_json: str | None = None,
        match_local: str | None = None,
        **extra: Any,
    ) -> None:
        """Open an issue, or refresh the open one of the same kind for the same row."""
        table = cast(Table, SyncIssue.__table__)
        now = utcnow()
        existing = self._connection.exec_driver_sql(
            "SELECT id, local_json FROM sync_issue WHERE table_name = ? AND row_id = ? "
            "AND kind = ? AND resolved_at IS NULL AND deleted_at IS NULL",
            (spec_name, row_id, kind),
        ).fetchall()
        if match_local is not None:
            existing = [row for row in existing if _chain_of(row[1]) == match_local]
        values: dict[str, Any] = {
            "reason": _reason(code, message, **extra),
            "local_json": local_json,
            "central_json": central_json,
            "updated_at": now,
        }
        if existing:
            self._connection.execute(
                update(table).where(table.c.id == uuid.UUID(str(existing[0][0]))).values(values)
            )
            return
        self.added += 1
        self._connection.execute(
            insert(table).values(
                id=uuid.uuid4(),
                institution_id=self._institution_id,
                created_at=now,
                origin=self._origin,
                table_name=spec_name,
                row_id=uuid.UUID(row_id),
                kind=kind,
                **values,
            )
        )

    def resolve(self, spec_name: str, row_ids: Iterable[str], kinds: Sequence[str]) -> None:
        ids = list(row_ids)
        if not ids:
            return
        now = now_raw()
        for part in chunks(ids, 800):
            self._connection.exec_driver_sql(
                f"UPDATE sync_issue SET resolved_at = ?, updated_at = ? WHERE table_name = ? "
                f"AND kind IN ({marks(len(kinds))}) AND resolved_at IS NULL "
                f"AND row_id IN ({marks(len(part))})",
                (now, now, spec_name, *kinds, *part),
            )

    def resolve_issue(self, issue_id: uuid.UUID) -> None:
        table = cast(Table, SyncIssue.__table__)
        now = utcnow()
        self._connection.execute(
            update(table)
            .where(table.c.id == issue_id, table.c.resolved_at.is_(None))
            .values(resolved_at=now, updated_at=now)
        )


def _chain_of(local_json: str | None) -> str | None:
    if not local_json:
        return None
    data = json.loads(local_json)
    chain = data.get("chain") if isinstance(data, dict) else None
    return json.dumps(chain, sort_keys=True) if chain is not None else None


# ----- sync state ------------------------------------------------------------------------


@dataclass(frozen=True)
class StateRow:
    cursor: int
    last_push_at: Any
    last_pull_at: Any


def read_state(connection: Connection, central_key: str) -> StateRow | None:
    row = connection.exec_driver_sql(
        "SELECT pull_cursor, last_push_at, last_pull_at FROM sync_state "
        "WHERE central_key = ? AND deleted_at IS NULL",
        (central_key,),
    ).first()
    if row is None:
        return None
    return StateRow(int(row[0]), row[1], row[2])


def write_state(
    connection: Connection,
    central_key: str,
    origin: str,
    institution_id: uuid.UUID,
    *,
    cursor: int | None = None,
    pushed: bool = False,
    pulled: bool = False,
) -> None:
    table = cast(Table, SyncState.__table__)
    now = utcnow()
    values: dict[str, Any] = {"updated_at": now}
    if cursor is not None:
        values["pull_cursor"] = cursor
    if pushed:
        values["last_push_at"] = now
    if pulled:
        values["last_pull_at"] = now
    done = connection.execute(
        update(table)
        .where(table.c.central_key == central_key, table.c.deleted_at.is_(None))
        .values(values)
    )
    if done.rowcount:
        return
    connection.execute(
        insert(table).values(
            id=uuid.uuid4(),
            institution_id=institution_id,
            created_at=now,
            origin=origin,
            central_key=central_key,
            pull_cursor=cursor or 0,
            last_push_at=now if pushed else None,
            last_pull_at=now if pulled else None,
            updated_at=now,
        )
    )
