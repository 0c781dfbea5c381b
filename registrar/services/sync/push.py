"""Push: send the rows whose `row_version` differs from `central_version`, set-based.

Tables go parents first; each in batches of at most 1,000 rows, each batch staged and applied
by `staging.CentralBatch` under its own savepoint. Batches are committed at the centre a few
thousand rows at a time (one fsync per commit, not per batch); only then are they
acknowledged locally (`central_version`, never `row_version`), in one local transaction. A
push killed anywhere is simply sent again: what the centre already has is acknowledged as a
duplicate, nothing is applied twice.

A row whose parent the centre refused is not sent (it is "blocked"), and neither are rows
with an open conflict or refusal: those wait for the registrar.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine

from registrar.services.context import Workspace
from registrar.services.sync import local
from registrar.services.sync.catalog import (
    BLOB_COLUMN,
    Catalog,
    TableSpec,
    central_select,
    raw_to_json,
    references_to,
    uuid_hex,
)
from registrar.services.sync.connection import is_transient
from registrar.services.sync.staging import CentralBatch, Outcome

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
COMMIT_ROWS = 5000  # rows per central commit (and per local acknowledgement)
BATCH_BLOB_BYTES = 32 * 1024 * 1024

# Proposed Azerbaijani messages (to be reviewed by a native speaker with the other strings).
MESSAGES = {
    "national_key_taken": "Bu şəxs mərkəzdə artıq başqa qeydlə qeydiyyatdadır.",
    "mobile_taken": "Bu mobil nömrə artıq başqa müraciətçi tərəfindən istifadə olunur.",
    "email_taken": "Bu elektron poçt ünvanı artıq istifadə olunur.",
    "audit_chain": "Bu iş yerinin audit zənciri mərkəzdəki zənciri davam etdirmir.",
    "duplicate_blob": "Bu fayl mərkəzdə başqa identifikatorla artıq saxlanılıb.",
    "duplicate": "Dəyişiklik mərkəzdəki başqa qeydlə toqquşur.",
    "frozen": "Təsdiqlənmiş qeyd dəyişdirilə bilməz.",
    "permission": "Bu dəyişikliyə icazə yoxdur: qeyd başqa quruma məxsusdur.",
    "missing_parent": "Əlaqəli qeyd mərkəzdə hələ yoxdur; növbəti sinxronlaşdırmada təkrarlanacaq.",
    "invalid": "Mərkəz bu dəyişikliyi qəbul etmədi.",
}

Progress = Callable[[str, int, int], None]


@dataclass
class PushResult:
    applied: int = 0
    acknowledged: int = 0  # already at the centre (a re-sent push, or the same content)
    conflicts: int = 0
    refused: int = 0
    blocked: int = 0  # waiting for a refused parent
    blobs_sent: int = 0


@dataclass
class _Applied:
    """A batch the centre has applied in the open transaction, not yet acknowledged here."""

    spec: TableSpec
    ready: list[local.Pending]
    full: dict[str, tuple[Any, ...]]
    outcome: Outcome


class Pusher:
    """One push over every synced table, parents before children."""

    def __init__(
        self,
        workspace: Workspace,
        connection: psycopg.Connection[Any],
        catalog: Catalog,
        *,
        batch_rows: int = BATCH_ROWS,
        commit_rows: int = COMMIT_ROWS,
        progress: Progress | None = None,
        after_central_commit: Callable[[str, int], None] | None = None,
    ) -> None:
        self._ws = workspace
        self._c = connection
        self._catalog = catalog
        self._batch_rows = batch_rows
        self._commit_rows = max(commit_rows, batch_rows)
        self._progress = progress
        self._after_commit = after_central_commit  # tests: simulate a crash right here
        self._with_issues: set[str] = set()
        self._analysed: set[str] = set()
        self._open = False
        self._applied: list[_Applied] = []

    @property
    def engine(self) -> Engine:
        return self._ws.engine

    def run(self) -> PushResult:
        result = PushResult()
        with self.engine.connect() as connection:
            issues = local.open_issues(connection)
            plan = [(spec, local.pending_rows(connection, spec)) for spec in self._catalog.tables]
        by_row: dict[tuple[str, str], list[local.OpenIssue]] = {}
        for issue in issues:
            by_row.setdefault((issue.table_name, issue.row_id), []).append(issue)
        self._with_issues = {issue.table_name for issue in issues}
        unreachable: dict[str, set[str]] = {}
        total = sum(len(rows) for _, rows in plan)
        done = 0
        try:
            for spec, pending in plan:
                todo: list[local.Pending] = []
                for item in pending:
                    if _skip(by_row.get((spec.name, item.id), []), item):
                        if item.central_version == 0:
                            unreachable.setdefault(spec.name, set()).add(item.id)
                        done += 1
                    else:
                        todo.append(item)
                for batch in _batches(spec, todo, self._batch_rows):
                    self._push_batch(spec, batch, unreachable, result)
                    done += len(batch)
                    if self._progress is not None:
                        self._progress("push", done, total)
            self._commit(result)
        finally:
            if self._open:  # an error half-way: nothing of the open transaction stays
                self._open = False
                self._applied = []
                with contextlib.suppress(psycopg.Error):
                    self._c.rollback()
        return result

    def _push_batch(
        self,
        spec: TableSpec,
        batch: Sequence[local.Pending],
        unreachable: dict[str, set[str]],
        result: PushResult,
    ) -> None:
        sent = spec.sent_columns
        with self.engine.connect() as connection:
            rows = local.fetch_rows(connection, spec, sent[1:], [p.id for p in batch])
        ready: list[local.Pending] = []
        version_at = sent.index("row_version") - 1
        # (position in the row, parent table) of the parents that have unreachable rows
        watched = [
            (sent.index(column) - 1, parent)
            for column, parent in spec.parents
            if unreachable.get(parent)
        ]
        for scanned in batch:
            row = rows.get(scanned.id)
            if row is None:
                continue
            # The row as read now (it may have changed since the scan).
            item = local.Pending(scanned.id, int(row[version_at]), scanned.central_version, 0)
            if watched and _blocked(row, watched, unreachable):
                result.blocked += 1
                if item.central_version == 0:
                    unreachable.setdefault(spec.name, set()).add(item.id)
                continue
            ready.append(item)
        if not ready:
            return
        full = {item.id: (item.id, *rows[item.id]) for item in ready}
        staged = [full[i.id] for i in ready]
        bases = [i.central_version for i in ready]
        central = CentralBatch(self._c, spec)
        if not self._open:
            self._c.execute("BEGIN")
            self._open = True
        try:
            with self._c.transaction():  # a savepoint: a failing batch undoes only itself
                outcome = self._central(central, spec, staged, bases, result, careful=False)
        except psycopg.Error as error:
            if is_transient(error):
                raise
            with self._c.transaction():  # again, one row at a time where it fails
                outcome = self._central(central, spec, staged, bases, result, careful=True)
        by_id = {item.id: item for item in ready}
        for row_id, refusal in outcome.refused:
            if refusal.code != "duplicate_blob" and by_id[row_id].central_version == 0:
                unreachable.setdefault(spec.name, set()).add(row_id)  # its children wait
        self._applied.append(_Applied(spec, ready, full, outcome))
        if sum(len(a.ready) for a in self._applied) >= self._commit_rows or any(
            a.outcome.refused or a.outcome.conflicts for a in self._applied
        ):
            self._commit(result)

    def _central(
        self,
        central: CentralBatch,
        spec: TableSpec,
        staged: list[tuple[Any, ...]],
        bases: list[int],
        result: PushResult,
        *,
        careful: bool,
    ) -> Outcome:
        central.prepare()
        central.load(staged, bases, analyse=spec.name not in self._analysed)
        self._analysed.add(spec.name)
        if spec.is_blob:
            missing = central.missing_blobs()
            if missing:
                with self.engine.connect() as connection:
                    data = local.fetch_rows(connection, spec, [BLOB_COLUMN], missing)
                central.load_blob_data({key: value[0] for key, value in data.items()})
                if not careful:
                    result.blobs_sent += sum(1 for value in data.values() if value[0])
        if careful:
            central.apply_carefully()
        elif central.apply(len(staged)) and not spec.is_blob:
            return Outcome()  # all new, all inserted as sent
        return central.outcome()

    def _commit(self, result: PushResult) -> None:
        """Commit at the centre, then acknowledge here what it now holds."""
        if self._open:
            self._c.execute("COMMIT")
            self._open = False
        applied, self._applied = self._applied, []
        if not applied:
            return
        if self._after_commit is not None:
            for batch in applied:
                self._after_commit(batch.spec.name, len(batch.ready))
        for batch in applied:
            if batch.spec.is_blob:
                duplicates = [i for i, r in batch.outcome.refused if r.code == "duplicate_blob"]
                aliased = self._alias_blobs(batch.spec, duplicates)
                batch.outcome.refused = [r for r in batch.outcome.refused if r[0] not in aliased]
                batch.ready = [item for item in batch.ready if item.id not in aliased]
                result.acknowledged += len(aliased)
        with local.write_connection(self.engine) as connection:
            writer = local.IssueWriter(connection, self._ws.origin, self._ws.institution_id)
            for batch in applied:
                self._acknowledge(connection, writer, batch, result)

    def _alias_blobs(self, spec: TableSpec, ids: Sequence[str]) -> set[str]:
        """The same file stored here and at the centre under two ids: use the centre's.

        Every reference to our row is pointed at the central one (the bytes, and so what an
        applicant confirmed, are the same); our row becomes an empty tombstone, sent with the
        next push. The bytes do not travel at all.
        """
        if not ids:
            return set()
        with self.engine.connect() as connection:
            mine = local.fetch_rows(
                connection, spec, ["institution_id", "sha256", BLOB_COLUMN], ids
            )
        columns = spec.sent_columns
        aliased: set[str] = set()
        for row_id, (institution, sha256, data) in mine.items():
            found = self._c.execute(
                sql.SQL(
                    "SELECT {} FROM public.{} t WHERE t.institution_id = %s AND t.sha256 = %s "
                    "AND t.deleted_at IS NULL"
                ).format(sql.SQL(central_select(spec, columns)), sql.Identifier(spec.name)),
                (institution, sha256),
            ).fetchone()
            if found is None:
                continue
            central = dict(zip(columns, found, strict=True))
            with local.write_connection(self.engine) as connection:
                now = local.now_raw()
                connection.exec_driver_sql(
                    f"UPDATE {local.q(spec.name)} SET deleted_at = ?, {BLOB_COLUMN} = ?, "
                    "row_version = row_version + 1, updated_at = ?, origin = ? WHERE id = ?",
                    (now, b"", now, self._ws.origin, row_id),
                )
                names = [*columns, "central_version", BLOB_COLUMN]
                connection.exec_driver_sql(
                    f"INSERT INTO {local.q(spec.name)} ({', '.join(local.q(n) for n in names)}) "
                    f"VALUES ({local.marks(len(names))})",
                    (*[central[c] for c in columns], central["row_version"], data),
                )
                for table, column in references_to(spec.name):
                    connection.exec_driver_sql(
                        f"UPDATE {local.q(table)} SET {local.q(column)} = ? "
                        f"WHERE {local.q(column)} = ?",
                        (central["id"], row_id),
                    )
            aliased.add(row_id)
        return aliased

    def _acknowledge(
        self,
        connection: Connection,
        writer: local.IssueWriter,
        batch: _Applied,
        result: PushResult,
    ) -> None:
        spec, outcome = batch.spec, batch.outcome
        sent = spec.sent_columns
        not_applied = (
            {i for i, _, _ in outcome.adopted}
            | {i for i, _ in outcome.conflicts}
            | {i for i, _ in outcome.refused}
        )
        acks = [(item.row_version, item.id) for item in batch.ready if item.id not in not_applied]
        if acks:
            connection.exec_driver_sql(
                f"UPDATE {local.q(spec.name)} SET central_version = ? WHERE id = ?", acks
            )
        for row_id, pushed, central in outcome.adopted:
            _adopt(connection, spec, row_id, pushed, central)
        if spec.name in self._with_issues:
            settled = [i for _, i in acks] + [i for i, _, _ in outcome.adopted]
            writer.resolve(spec.name, settled, (local.REFUSED,))
        for row_id, central in outcome.conflicts:
            writer.record(
                local.CONFLICT,
                spec.name,
                row_id,
                "conflict",
                "Qeyd həm burada, həm də mərkəzdə dəyişdirilib.",
                local_json=raw_to_json(spec, sent, batch.full[row_id]),
                central_json=raw_to_json(spec, sent, [central[c] for c in sent]),
            )
        for row_id, refusal in outcome.refused:
            writer.record(
                local.REFUSED,
                spec.name,
                row_id,
                refusal.code,
                MESSAGES.get(refusal.code, MESSAGES["invalid"]),
                local_json=raw_to_json(spec, sent, batch.full[row_id]),
                detail=refusal.detail,
            )
        result.applied += len(acks)
        result.acknowledged += len(outcome.adopted)
        result.conflicts += len(outcome.conflicts)
        result.refused += len(outcome.refused)
        if outcome.refused or outcome.conflicts:
            log.info(
                "push %s: %d refused, %d conflicts",
                spec.name,
                len(outcome.refused),
                len(outcome.conflicts),
            )


def _adopt(
    connection: Connection, spec: TableSpec, row_id: str, pushed: int, central: dict[str, Any]
) -> None:
    """The centre holds this content already at another version: take its row as it is."""
    columns = [c for c in spec.sent_columns if c != "id"]
    assignments = ", ".join(f"{local.q(c)} = ?" for c in columns)
    version = int(central["row_version"])
    connection.exec_driver_sql(
        f"UPDATE {local.q(spec.name)} SET {assignments}, central_version = ? "
        "WHERE id = ? AND row_version = ?",
        (*[central[c] for c in columns], version, row_id, pushed),
    )


def _blocked(
    row: tuple[Any, ...], watched: list[tuple[int, str]], unreachable: dict[str, set[str]]
) -> bool:
    """Whether the row names a parent the centre does not have and will not get now."""
    return any(
        row[at] is not None and uuid_hex(row[at]) in unreachable[parent] for at, parent in watched
    )


def _skip(issues: Sequence[local.OpenIssue], item: local.Pending) -> bool:
    for issue in issues:
        if issue.kind in (local.CONFLICT, local.REFETCH):
            return True
        if (
            issue.kind == local.REFUSED
            and issue.code not in local.RETRYABLE_CODES
            and (issue.row_version is None or issue.row_version == item.row_version)
        ):
            return True
    return False


def _batches(
    spec: TableSpec, pending: Sequence[local.Pending], rows: int
) -> list[list[local.Pending]]:
    batches: list[list[local.Pending]] = []
    current: list[local.Pending] = []
    size = 0
    for item in pending:
        if current and (
            len(current) >= rows or (spec.is_blob and size + item.size > BATCH_BLOB_BYTES)
        ):
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += item.size
    if current:
        batches.append(current)
    return batches
