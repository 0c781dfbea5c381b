"""The centre's half of one push batch: stage by COPY, apply set-based, classify the rest.

Rows are copied into a temporary staging table (one per synced table and connection, ON
COMMIT DELETE ROWS), then one INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING takes the rows
the centre lacks, and, only when some rows remain, one UPDATE ... FROM takes the rows the
centre holds at the version the change was based on (or at an earlier version of this very
workstation's own, whose acknowledgement was lost). Rows this role may not write are left
out of both by the same test the row-level policies make, so no statement fails on them.
(Two statements rather than one INSERT ... ON CONFLICT DO UPDATE: the insert-side checks and
triggers must not fire for rows that turn out to be updates.)

A final SELECT returns only the rows that are not now at the centre exactly as sent; each
is an acknowledgement (the same content at another version), a conflict or a refusal.

When a statement fails on some row (a trigger, a unique rule, a foreign key), the batch is
run again carefully: each statement under a savepoint, the failing set halved until the
refused rows are found, so one bad row costs a few statements, not the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from registrar.services.sync.catalog import BLOB_COLUMN, TableSpec, central_select
from registrar.services.sync.central_sql import (
    APPEND_ONLY_STATE,
    AUDIT_STATE,
    FROZEN_STATE,
    MOBILE_STATE,
    UNBOUND_STATE,
    write_check,
)
from registrar.services.sync.connection import is_transient

UNIQUE_CODES = {
    "uq_person_national_key": "national_key_taken",
    "uq_portal_account_mobile": "mobile_taken",
    "uq_portal_account_email": "email_taken",
    "uq_audit_entry_origin_seq": "audit_chain",
    "uq_evidence_blob_sha256": "duplicate_blob",
}
STATE_CODES = {
    MOBILE_STATE: "mobile_taken",
    FROZEN_STATE: "frozen",
    APPEND_ONLY_STATE: "frozen",
    AUDIT_STATE: "audit_chain",
    UNBOUND_STATE: "permission",
    "42501": "permission",
    "23503": "missing_parent",
}


@dataclass(frozen=True)
class Refusal:
    code: str
    detail: str


def refusal_of(error: psycopg.Error) -> Refusal:
    state = error.sqlstate or ""
    diag = error.diag
    detail = diag.message_primary or type(error).__name__  # no values: they may be personal
    if state == "23505":
        return Refusal(UNIQUE_CODES.get(diag.constraint_name or "", "duplicate"), detail)
    if state in STATE_CODES:
        return Refusal(STATE_CODES[state], detail)
    if "row-level security" in detail:
        return Refusal("permission", detail)
    return Refusal("invalid", detail)


@dataclass
class Outcome:
    """What became of a batch; rows in none of the lists are at the centre as sent."""

    adopted: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)
    conflicts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    refused: list[tuple[str, Refusal]] = field(default_factory=list)


class CentralBatch:
    """One batch of one table, on one connection, inside the caller's transaction."""

    def __init__(self, connection: psycopg.Connection[Any], spec: TableSpec) -> None:
        self._c = connection
        self._spec = spec
        self._stage = sql.Identifier(f"rd_stage_{spec.name}")
        self._table = sql.SQL("public.{}").format(sql.Identifier(spec.name))
        self._cols = spec.column_names

    def _ident(self, *names: str) -> sql.Composable:
        return sql.SQL(", ").join(sql.Identifier(n) for n in names)

    def prepare(self) -> None:
        """Create the staging table, inside the batch transaction (no commit of its own; a
        no-op once it exists; ON COMMIT DELETE ROWS empties it at every commit)."""
        self._c.execute(
            sql.SQL(
                "CREATE TEMP TABLE IF NOT EXISTS {} ON COMMIT DELETE ROWS AS SELECT {}, "
                "NULL::integer AS base_version, NULL::text AS outcome, NULL::text AS code, "
                "NULL::text AS detail FROM {} WITH NO DATA"
            ).format(self._stage, self._ident(*self._cols), self._table)
        )
        if self._spec.is_blob:
            self._c.execute(
                "CREATE TEMP TABLE IF NOT EXISTS rd_stage_blob_data (id uuid, data bytea) "
                "ON COMMIT DELETE ROWS"
            )

    def load(self, rows: Sequence[tuple[Any, ...]], bases: Sequence[int], analyse: bool) -> None:
        query = sql.SQL("COPY {} ({}, base_version) FROM STDIN").format(
            self._stage, self._ident(*self._spec.sent_columns)
        )
        with self._c.cursor() as cursor, cursor.copy(query) as copy:
            for row, base in zip(rows, bases, strict=True):
                copy.write_row((*row, base))
        if analyse:
            # Statistics for the planner (kept across batches): without them it may loop
            # over the stage row by row.
            self._c.execute(sql.SQL("ANALYZE {}").format(self._stage))

    def missing_blobs(self) -> list[str]:
        """The blobs whose bytes the centre lacks. A file the centre holds under another id
        is set aside (the push then uses the centre's row): its bytes do not travel."""
        self._c.execute(
            sql.SQL(
                "UPDATE {stage} s SET outcome = 'refused', code = 'duplicate_blob', "
                "detail = 'stored at the centre under another id' "
                "WHERE s.deleted_at IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM {table} b WHERE b.id = s.id) "
                "AND EXISTS (SELECT 1 FROM {table} b WHERE b.institution_id = "
                "s.institution_id AND b.sha256 = s.sha256 AND b.deleted_at IS NULL)"
            ).format(stage=self._stage, table=self._table)
        )
        rows = self._c.execute(
            sql.SQL(
                "SELECT replace(s.id::text, '-', '') FROM {stage} s WHERE s.outcome IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM {table} b WHERE b.id = s.id)"
            ).format(stage=self._stage, table=self._table)
        ).fetchall()
        return [str(r[0]) for r in rows]

    def load_blob_data(self, data: dict[str, bytes]) -> None:
        with (
            self._c.cursor() as cursor,
            cursor.copy("COPY rd_stage_blob_data (id, data) FROM STDIN") as copy,
        ):
            for key, value in data.items():
                copy.write_row((key, value))
        self._c.execute(
            sql.SQL(
                "UPDATE {} s SET {} = d.data FROM rd_stage_blob_data d WHERE d.id = s.id"
            ).format(self._stage, sql.Identifier(BLOB_COLUMN))
        )

    # ----- applying ----------------------------------------------------------------------

    def _statements(self) -> tuple[sql.Composed, sql.Composed]:
        spec = self._spec
        defaults = spec.local_defaults
        chosen = sql.SQL(
            "s.outcome IS NULL AND (%(ids)s::uuid[] IS NULL OR s.id = ANY(%(ids)s::uuid[])) "
            "AND ({})"
        ).format(sql.SQL(write_check(spec, "s")))
        insert = sql.SQL(
            "INSERT INTO {table} ({cols}) SELECT {values} FROM {stage} s WHERE {chosen} "
            "ON CONFLICT (id) DO NOTHING"
        ).format(
            table=self._table,
            cols=self._ident(*self._cols, *(name for name, _ in defaults)),
            values=sql.SQL(", ").join(
                [sql.SQL("s.{}").format(sql.Identifier(c)) for c in self._cols]
                + [sql.Literal(value) for _, value in defaults]
            ),
            stage=self._stage,
            chosen=chosen,
        )
        updatable = [c for c in self._cols if c != "id" and not (spec.is_blob and c == BLOB_COLUMN)]
        update = sql.SQL(
            "UPDATE {table} AS t SET {assignments} FROM {stage} s WHERE t.id = s.id "
            "AND {chosen} AND (t.row_version = s.base_version "
            "OR (t.origin = s.origin AND t.row_version < s.row_version))"
        ).format(
            table=self._table,
            assignments=sql.SQL(", ").join(
                sql.SQL("{} = s.{}").format(sql.Identifier(c), sql.Identifier(c)) for c in updatable
            ),
            stage=self._stage,
            chosen=chosen,
        )
        return insert, update

    def apply(self, size: int) -> bool:
        """The quick path: both statements on the whole batch. Raises on any failing row
        (the caller rolls the batch back and runs `apply_carefully`). True when every row
        was new and is now at the centre as sent (nothing left to classify)."""
        insert, update = self._statements()
        inserted = self._c.execute(insert, {"ids": None}).rowcount
        if inserted == size:
            return True
        self._c.execute(update, {"ids": None})  # some rows may be updates, denied, refused
        return False

    def apply_carefully(self) -> None:
        ids = [
            str(r[0])
            for r in self._c.execute(
                sql.SQL("SELECT id::text FROM {} WHERE outcome IS NULL ORDER BY id").format(
                    self._stage
                )
            ).fetchall()
        ]
        if ids:
            self._attempt(ids, self._statements())

    def _attempt(self, ids: list[str], statements: tuple[sql.Composed, sql.Composed]) -> None:
        try:
            with self._c.transaction():
                for statement in statements:
                    self._c.execute(statement, {"ids": ids})
            return
        except psycopg.Error as error:
            if is_transient(error):
                raise
            failure = error
        if len(ids) == 1:
            refusal = refusal_of(failure)
            self._c.execute(
                sql.SQL(
                    "UPDATE {} SET outcome = 'refused', code = %s, detail = %s WHERE id = %s"
                ).format(self._stage),
                (refusal.code, refusal.detail, ids[0]),
            )
            return
        middle = len(ids) // 2
        self._attempt(ids[:middle], statements)
        self._attempt(ids[middle:], statements)

    def outcome(self) -> Outcome:
        """The rows not at the centre exactly as sent, classified."""
        spec = self._spec
        sent = spec.sent_columns

        def equal(columns: Sequence[str]) -> sql.Composable:
            return sql.SQL("ROW({}) IS NOT DISTINCT FROM ROW({})").format(
                sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(c)) for c in columns),
                sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(c)) for c in columns),
            )

        query = sql.SQL(
            "SELECT replace(s.id::text, '-', ''), s.outcome, s.code, s.detail, s.row_version, "
            "t.id IS NULL, {same}, NOT ({allowed}), {central} FROM {stage} s "
            "LEFT JOIN {table} t ON t.id = s.id "
            "WHERE s.outcome IS NOT NULL OR t.id IS NULL OR NOT ({exact})"
        ).format(
            same=equal(spec.content),
            allowed=sql.SQL(write_check(spec, "s")),
            central=sql.SQL(central_select(spec, sent)),
            stage=self._stage,
            table=self._table,
            exact=equal(sent),
        )
        result = Outcome()
        for row in self._c.execute(query).fetchall():
            row_id, status, code, detail, pushed, missing, same, denied = row[:8]
            central = dict(zip(sent, row[8:], strict=True))
            if status == "refused":
                result.refused.append((row_id, Refusal(code, detail)))
            elif not missing and same:
                result.adopted.append((row_id, int(pushed), central))
            elif denied or missing:
                result.refused.append(
                    (row_id, Refusal("permission", "not writable for this institution"))
                )
            else:
                result.conflicts.append((row_id, central))
        return result
