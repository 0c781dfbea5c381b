"""Event chains after sync: heads that honour resolutions, forks, and the status projections.

Two workstations may each append an event after the same event. Both events survive; the
chain then has two heads (a fork) until a registrar appends an event that follows both: its
`supersedes` names one head and its resolution names the others (`also_supersedes`, kept in
the event's `payload_json` where the table has one, and always in a `sync_resolution` row of
kind `fork`). `resolved_heads` counts an event as followed when either names it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from registrar.services.sync import local
from registrar.services.sync.catalog import TableSpec, uuid_hex

ALSO_SUPERSEDES = "also_supersedes"
# event table -> (table whose local `status_cache` shows the head's status, chain column)
PROJECTIONS: dict[str, tuple[str, str]] = {
    "application_event": ("application", "application_id"),
    "movement_event": ("movement_case", "case_id"),
}


@dataclass(frozen=True)
class ChainEvent:
    id: str
    supersedes: str | None
    payload: str | None


def chain_key(spec: TableSpec, values: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    assert spec.event_chain is not None
    return tuple((column, values.get(column)) for column in spec.event_chain)


def load_chain(
    connection: Connection, spec: TableSpec, key: Sequence[tuple[str, Any]]
) -> list[ChainEvent]:
    has_payload = "payload_json" in spec.column_names
    where = " AND ".join(f"{local.q(column)} = ?" for column, _ in key)
    payload = "payload_json" if has_payload else "NULL"
    rows = connection.exec_driver_sql(
        f"SELECT id, supersedes, {payload} FROM {local.q(spec.name)} "
        f"WHERE deleted_at IS NULL AND {where}",
        tuple(value for _, value in key),
    ).fetchall()
    return [ChainEvent(str(r[0]), str(r[1]) if r[1] else None, r[2]) for r in rows]


def also_superseded(
    connection: Connection, spec: TableSpec, events: Sequence[ChainEvent]
) -> dict[str, set[str]]:
    """event id -> the other heads it follows, from payloads and fork resolutions."""
    also: dict[str, set[str]] = {}
    for event in events:
        if event.payload:
            try:
                data = json.loads(event.payload)
            except ValueError:
                continue
            if isinstance(data, dict) and isinstance(data.get(ALSO_SUPERSEDES), list):
                also.setdefault(event.id, set()).update(
                    uuid_hex(item) for item in data[ALSO_SUPERSEDES]
                )
    ids = [event.id for event in events]
    for part in local.chunks(ids, 900):
        for row_id, superseded in connection.exec_driver_sql(
            "SELECT row_id, superseded_json FROM sync_resolution WHERE kind = 'fork' "
            f"AND table_name = ? AND deleted_at IS NULL AND row_id IN ({local.marks(len(part))})",
            (spec.name, *part),
        ):
            also.setdefault(str(row_id), set()).update(
                uuid_hex(item) for item in json.loads(superseded or "[]")
            )
    return also


def resolved_heads(events: Sequence[ChainEvent], also: Mapping[str, Iterable[str]]) -> list[str]:
    """The events nothing follows (one for a settled chain; none for an empty one)."""
    followed = {e.supersedes for e in events if e.supersedes} | {
        other for event in events for other in also.get(event.id, ())
    }
    return sorted(event.id for event in events if event.id not in followed)


def heads_of(connection: Connection, spec: TableSpec, key: Sequence[tuple[str, Any]]) -> list[str]:
    events = load_chain(connection, spec, key)
    return resolved_heads(events, also_superseded(connection, spec, events))


def key_json(key: Sequence[tuple[str, Any]]) -> str:
    return json.dumps(dict(key), sort_keys=True)


def review(
    connection: Connection,
    spec: TableSpec,
    keys: Iterable[tuple[tuple[str, Any], ...]],
    writer: local.IssueWriter,
) -> int:
    """Open a fork issue for every chain with two heads, close it when one head is left,
    and refresh the status projection. Returns the number of forks newly found."""
    found = 0
    projection = PROJECTIONS.get(spec.name)
    for key in set(keys):
        heads = heads_of(connection, spec, key)
        anchor = str(key[0][1])
        chain = key_json(key)
        if len(heads) > 1:
            before = writer.added
            writer.record(
                local.FORK,
                spec.name,
                anchor,
                "fork",
                "İki iş yerində eyni qeydə müstəqil qərarlar verilib.",
                local_json=json.dumps({"chain": dict(key), "heads": heads}),
                match_local=chain,
            )
            found += writer.added - before
            continue
        for row in connection.exec_driver_sql(
            "SELECT id, local_json FROM sync_issue WHERE kind = ? AND table_name = ? "
            "AND row_id = ? AND resolved_at IS NULL",
            (local.FORK, spec.name, anchor),
        ).fetchall():
            data = json.loads(row[1] or "{}")
            if json.dumps(data.get("chain"), sort_keys=True) == chain:
                writer.resolve_issue(_uuid(row[0]))
        if projection and heads:
            parent, column = projection
            status = connection.exec_driver_sql(
                f"SELECT status FROM {local.q(spec.name)} WHERE id = ?", (heads[0],)
            ).scalar()
            if status is not None:
                connection.exec_driver_sql(
                    f"UPDATE {local.q(parent)} SET status_cache = ? WHERE id = ?",
                    (status, dict(key)[column]),
                )
    return found


def review_pulled(
    connection: Connection,
    spec: TableSpec,
    keys: Iterable[tuple[tuple[str, Any], ...]],
    writer: local.IssueWriter,
) -> int:
    """`review` for the chains a pull touched, set-based for the common case.

    One query finds each chain's heads by `supersedes` alone; a chain with one head only
    gets its projection refreshed (in bulk). Chains with several such heads (a fork, or a
    fork already resolved through `also_supersedes`) and chains with an open fork issue get
    the full `review`. Returns the number of forks newly found."""
    wanted = set(keys)
    if not wanted or spec.event_chain is None:
        return 0
    columns = spec.event_chain
    anchors = sorted({str(key[0][1]) for key in wanted})
    status = "status" if "status" in spec.column_names else "NULL"
    heads: dict[tuple[tuple[str, Any], ...], list[tuple[str, Any]]] = {}
    select = ", ".join(f"e.{local.q(c)}" for c in columns)
    for part in local.chunks(anchors, 900):
        for row in local.raw_rows(
            connection,
            f"SELECT {select}, e.id, e.{status} FROM {local.q(spec.name)} e "
            f"WHERE e.deleted_at IS NULL AND e.{local.q(columns[0])} "
            f"IN ({local.marks(len(part))}) AND NOT EXISTS (SELECT 1 FROM "
            f"{local.q(spec.name)} f WHERE f.supersedes = e.id AND f.deleted_at IS NULL)",
            part,
        ):
            key = tuple(zip(columns, row[: len(columns)], strict=True))
            if key in wanted:
                heads.setdefault(key, []).append((str(row[-2]), row[-1]))
    flagged = {
        str(r[0])
        for r in local.raw_rows(
            connection,
            "SELECT row_id FROM sync_issue WHERE kind = ? AND table_name = ? "
            "AND resolved_at IS NULL",
            (local.FORK, spec.name),
        )
    }
    full = [key for key in wanted if len(heads.get(key, ())) > 1 or str(key[0][1]) in flagged]
    projection = PROJECTIONS.get(spec.name)
    if projection:
        parent, column = projection
        updates = [
            (heads[key][0][1], dict(key)[column])
            for key in wanted
            if len(heads.get(key, ())) == 1 and key not in full and heads[key][0][1] is not None
        ]
        if updates:
            connection.exec_driver_sql(
                f"UPDATE {local.q(parent)} SET status_cache = ? WHERE id = ?", updates
            )
    return review(connection, spec, full, writer)


def _uuid(value: Any) -> Any:
    import uuid

    return uuid.UUID(str(value))
