"""Applying central rows on the workstation: one local transaction per batch.

A row the workstation does not have is inserted; a row it has unchanged is updated when the
centre's version is newer; a row with local changes not yet pushed is never overwritten (a
conflict, both versions kept, unless the content is the same); a row that collides with a
local unique value waits, held. Chains touched by new events are checked for forks and
their status projection refreshed. The rows come in the local raw form, so the same code
applies rows read from another workstation (the tests do that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from registrar.services.context import Workspace
from registrar.services.integrity import index_name
from registrar.services.sync import chains, local
from registrar.services.sync.catalog import (
    BLOB_COLUMN,
    Catalog,
    TableSpec,
    raw_to_json,
    same_content,
)

Rows = dict[str, list[tuple[Any, ...]]]


@dataclass
class PullResult:
    applied: int = 0
    conflicts: int = 0
    held: int = 0
    forks: int = 0
    blobs_received: int = 0
    batches: int = 0
    cursor: int = 0


class LocalApplier:
    def __init__(self, workspace: Workspace, catalog: Catalog, central_key: str) -> None:
        self._ws = workspace
        self._catalog = catalog
        self._key = central_key

    def apply(
        self,
        rows: Rows,
        blobs: dict[str, bytes],
        result: PullResult,
        *,
        cursor: int | None,
        force: set[tuple[str, str]] | None = None,
    ) -> set[tuple[str, str]]:
        """Apply one batch in one local transaction; returns the (table, id) pairs applied.

        `cursor`, when given, is stored with the rows (the central position they reach);
        `force` names rows to take from the centre even over local changes."""
        applied: set[tuple[str, str]] = set()
        with local.write_connection(self._ws.engine, foreign_keys=False) as connection:
            writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
            for spec in self._catalog.tables:
                if spec.name in rows:
                    done = self._apply_table(
                        connection, spec, rows[spec.name], blobs, writer, result, force or set()
                    )
                    applied |= {(spec.name, row_id) for row_id in done}
                    if spec.event_chain:
                        index = spec.column_names
                        keys = [
                            chains.chain_key(spec, dict(zip(index, row, strict=True)))
                            for row in rows[spec.name]
                        ]
                        result.forks += chains.review_pulled(connection, spec, keys, writer)
            waiting = local.raw_rows(
                connection,
                "SELECT DISTINCT table_name FROM sync_issue WHERE kind IN (?, ?) "
                "AND resolved_at IS NULL",
                (local.HELD, local.REFETCH),
            )
            for (table,) in waiting:  # rows that were waiting and came over now
                ids = [row_id for name, row_id in applied if name == table]
                writer.resolve(str(table), ids, (local.HELD, local.REFETCH))
            if cursor is not None:
                local.write_state(
                    connection,
                    self._key,
                    self._ws.origin,
                    self._ws.institution_id,
                    cursor=cursor,
                    pulled=True,
                )
        return applied

    def _apply_table(
        self,
        connection: Connection,
        spec: TableSpec,
        rows: Sequence[tuple[Any, ...]],
        blobs: dict[str, bytes],
        writer: local.IssueWriter,
        result: PullResult,
        force: set[tuple[str, str]],
    ) -> list[str]:
        columns = spec.sent_columns
        at_version = columns.index("row_version")
        existing = local.versions(connection, spec, [str(r[0]) for r in rows])
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        pending: list[tuple[Any, ...]] = []
        for row in rows:
            row_id, version = str(row[0]), int(row[at_version])
            mine = existing.get(row_id)
            if mine is None:
                if spec.is_blob and row_id not in blobs:
                    continue  # already asked for: cannot happen unless deleted meanwhile
                inserts.append(row)
            elif (spec.name, row_id) in force:
                updates.append(row)
            elif mine[0] == mine[1]:
                if version > mine[1]:
                    updates.append(row)
            elif version != mine[1]:
                pending.append(row)
        if pending:
            here = local.fetch_rows(connection, spec, columns[1:], [str(r[0]) for r in pending])
            for row in pending:
                row_id = str(row[0])
                theirs = dict(zip(columns, row, strict=True))
                ours_row = (row_id, *here[row_id])
                ours = dict(zip(columns, ours_row, strict=True))
                if same_content(spec, ours, theirs):
                    updates.append(row)
                    continue
                before = writer.added
                writer.record(
                    local.CONFLICT,
                    spec.name,
                    row_id,
                    "conflict",
                    "Qeyd həm burada, həm də mərkəzdə dəyişdirilib.",
                    local_json=raw_to_json(spec, columns, ours_row),
                    central_json=raw_to_json(spec, columns, row),
                )
                result.conflicts += writer.added - before
        done: list[str] = []
        done += self._write(connection, spec, "insert", inserts, blobs, writer, result)
        done += self._write(connection, spec, "update", updates, blobs, writer, result)
        result.applied += len(done)
        return done

    def _write(
        self,
        connection: Connection,
        spec: TableSpec,
        mode: str,
        rows: Sequence[tuple[Any, ...]],
        blobs: dict[str, bytes],
        writer: local.IssueWriter,
        result: PullResult,
    ) -> list[str]:
        if not rows:
            return []
        columns = spec.sent_columns
        at_version = columns.index("row_version")
        if mode == "insert":
            names = list(columns) + ["central_version"] + [n for n, _ in spec.local_defaults]
            extra_blob = spec.is_blob
            if extra_blob:
                names.append(BLOB_COLUMN)
            statement = (
                f"INSERT INTO {local.q(spec.name)} ({', '.join(local.q(n) for n in names)}) "
                f"VALUES ({local.marks(len(names))})"
            )
            defaults = tuple(value for _, value in spec.local_defaults)

            def params(row: tuple[Any, ...]) -> tuple[Any, ...]:
                tail = (blobs[str(row[0])],) if extra_blob else ()
                return (*row, row[at_version], *defaults, *tail)

        else:
            names = [c for c in columns if c != "id"]
            assignments = ", ".join(f"{local.q(n)} = ?" for n in names)
            statement = (
                f"UPDATE {local.q(spec.name)} SET {assignments}, central_version = ? WHERE id = ?"
            )

            def params(row: tuple[Any, ...]) -> tuple[Any, ...]:
                return (*row[1:], row[at_version], row[0])

        values = [params(row) for row in rows]
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(statement, values)
            if spec.is_blob and mode == "insert":
                result.blobs_received += len(values)
            return [str(row[0]) for row in rows]
        except IntegrityError:
            pass
        done = []
        for row, value in zip(rows, values, strict=True):
            try:
                with connection.begin_nested():
                    connection.exec_driver_sql(statement, value)
                done.append(str(row[0]))
            except IntegrityError as error:
                before = writer.added
                writer.record(
                    local.HELD,
                    spec.name,
                    str(row[0]),
                    "local_duplicate",
                    "Mərkəzdəki qeyd burada hələ göndərilməmiş qeydlə toqquşur.",
                    central_json=raw_to_json(spec, columns, row),
                    index=index_name(error),
                )
                result.held += writer.added - before
        return done
