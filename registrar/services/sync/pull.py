"""Pull: apply the central changes after the last seen position, cursor and rows together.

The change log orders changes by (transaction id, sequence). A pull reads only changes of
transactions older than the oldest one still running in the central database (from
`pg_current_snapshot`), so a slow transaction that commits later can never land behind the
cursor; the cursor is that transaction id, and a batch always ends at a transaction boundary.
Changes this workstation made itself, and changes its role may not read, are passed over on
the centre's side.

Each batch is one local transaction: the rows and the new cursor commit together. A pulled
row never overwrites local changes not yet pushed: that is a conflict, kept with both
versions. A central row that collides here with a local unique value (the same mobile number
entered on two workstations) waits, held, until the registrar settles the local one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from psycopg import sql

from registrar.services.context import Workspace
from registrar.services.sync import local
from registrar.services.sync.apply import LocalApplier, PullResult, Rows
from registrar.services.sync.catalog import BLOB_COLUMN, Catalog, central_select

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
SCAN_ROWS = 20000

Progress = Callable[[str, int, int], None]


class Puller:
    def __init__(
        self,
        workspace: Workspace,
        connection: psycopg.Connection[Any],
        catalog: Catalog,
        central_key: str,
        *,
        batch_rows: int = BATCH_ROWS,
        scan_rows: int = SCAN_ROWS,
        progress: Progress | None = None,
    ) -> None:
        self._ws = workspace
        self._c = connection
        self._catalog = catalog
        self._key = central_key
        self._batch_rows = batch_rows
        self._scan_rows = scan_rows
        self._progress = progress
        self._applier = LocalApplier(workspace, catalog, central_key)

    def run(self) -> PullResult:
        result = PullResult()
        with self._ws.engine.connect() as connection:
            state = local.read_state(connection, self._key)
            waiting = [
                issue
                for issue in local.open_issues(connection)
                if issue.kind in (local.HELD, local.REFETCH)
            ]
        cursor = state.cursor if state else 0
        result.cursor = cursor
        if waiting:
            self._refetch(waiting, result)
        while True:
            rows, blobs, position, found = self._fetch_changes(cursor)
            if position == cursor and not found:
                break
            self._applier.apply(rows, blobs, result, cursor=position)
            result.batches += 1
            cursor = position
            result.cursor = cursor
            if self._progress is not None:
                self._progress("pull", result.applied, result.applied)
        return result

    # ----- central side ------------------------------------------------------------------

    def _read_transaction(self) -> Any:
        self._c.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        self._c.read_only = True
        return self._c.transaction()

    def _done_reading(self) -> None:
        self._c.isolation_level = None
        self._c.read_only = None

    def _fetch_changes(self, cursor: int) -> tuple[Rows, dict[str, bytes], int, int]:
        try:
            with self._read_transaction():
                changes = self._c.execute(
                    "SELECT txid_position, table_name, "
                    "array(SELECT replace(x::text, '-', '') FROM unnest(row_ids) x) "
                    "FROM registrar_sync.pull_changes(%s, %s, %s, %s)",
                    (cursor, self._ws.origin, self._batch_rows, self._scan_rows),
                ).fetchall()
                position = int(changes[-1][0]) if changes else cursor
                wanted: dict[str, list[str]] = {}
                for _, table, row_ids in changes:
                    if table is not None and table in self._catalog:
                        wanted.setdefault(str(table), []).extend(str(r) for r in row_ids)
                rows = self._fetch_rows(wanted)
                blobs = self._fetch_blobs(rows)
        finally:
            self._done_reading()
        return rows, blobs, position, sum(len(v) for v in wanted.values())

    def _fetch_rows(self, wanted: dict[str, list[str]]) -> Rows:
        rows: Rows = {}
        for spec in self._catalog.tables:
            ids = list(dict.fromkeys(wanted.get(spec.name, ())))
            if not ids:
                continue
            query = sql.SQL("SELECT {} FROM public.{} t WHERE t.id = ANY(%s::uuid[])").format(
                sql.SQL(central_select(spec, spec.sent_columns)),
                sql.Identifier(spec.name),
            )
            rows[spec.name] = [tuple(r) for r in self._c.execute(query, (ids,)).fetchall()]
        return rows

    def _fetch_blobs(self, rows: Rows) -> dict[str, bytes]:
        """Blob bytes travel once: only for blobs this workstation does not hold yet."""
        blob_rows = [
            (spec, rows[spec.name])
            for spec in self._catalog.tables
            if spec.is_blob and spec.name in rows
        ]
        if not blob_rows:
            return {}
        spec, fetched = blob_rows[0]
        with self._ws.engine.connect() as connection:
            present = local.versions(connection, spec, [str(r[0]) for r in fetched])
        missing = [str(r[0]) for r in fetched if str(r[0]) not in present]
        if not missing:
            return {}
        query = sql.SQL(
            "SELECT replace(id::text, '-', ''), {} FROM public.{} WHERE id = ANY(%s::uuid[])"
        ).format(sql.Identifier(BLOB_COLUMN), sql.Identifier(spec.name))
        return {str(r[0]): bytes(r[1]) for r in self._c.execute(query, (missing,)).fetchall()}

    def _refetch(self, waiting: Sequence[local.OpenIssue], result: PullResult) -> None:
        """Held rows are tried again; refetches take the central row over the local one."""
        wanted: dict[str, list[str]] = {}
        for issue in waiting:
            if issue.table_name in self._catalog:
                wanted.setdefault(issue.table_name, []).append(issue.row_id)
        try:
            with self._read_transaction():
                rows = self._fetch_rows(wanted)
                blobs = self._fetch_blobs(rows)
        finally:
            self._done_reading()
        force = {(i.table_name, i.row_id) for i in waiting if i.kind == local.REFETCH}
        applied = self._applier.apply(rows, blobs, result, cursor=None, force=force)
        found = {(table, str(row[0])) for table, items in rows.items() for row in items}
        gone = [
            i for i in waiting if i.kind == local.REFETCH and (i.table_name, i.row_id) not in found
        ]
        if gone or applied:
            with local.write_connection(self._ws.engine) as connection:
                writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
                for issue in gone:
                    # Never reached the centre: it stays here as a tombstone and is not sent.
                    connection.exec_driver_sql(
                        f"UPDATE {local.q(issue.table_name)} SET deleted_at = "
                        "coalesce(deleted_at, ?), central_version = row_version WHERE id = ?",
                        (local.now_raw(), issue.row_id),
                    )
                    writer.resolve_issue(issue.id)
