"""Bulk writing of demo rows: ids, SQLite storage forms, and executemany of Core INSERTs.

Demo rows are built directly in the form SQLite stores them (UUIDs as 32 hex digits,
timestamps as `YYYY-MM-DD HH:MM:SS.ffffff` in UTC, dates as ISO text, booleans as 0/1), so
the INSERT runs without SQLAlchemy's per-value type processing: that halves the time of a
large fill. `check_storage_forms` compares these forms with SQLAlchemy's own bind processors
before anything is written, so a change of type or dialect fails loudly instead of storing
values the ORM cannot read back.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, Final, cast

from sqlalchemy import ColumnElement, Table, insert
from sqlalchemy.engine import Connection, Dialect

from registrar.models import Application, Person, Student

BATCH: Final = 5_000  # rows per executemany

# Table codes inside the demo ids.
(
    T_PERSON,
    T_IDENTITY,
    T_NAME,
    T_ACCOUNT,
    T_APPLICATION,
    T_ANSWER,
    T_DOCUMENT,
    T_EVENT,
    T_FEE,
    T_REVIEW,
    T_STUDENT,
    T_STUDENT_EVENT,
    T_STUDY,
    T_CASE,
    T_CASE_EVENT,
    T_ORDER,
    T_ORDER_STUDENT,
    T_LETTER,
    T_BLOB,
) = range(1, 20)
_ID_MARK: Final = 0xDE30
_LOW_VARIANT: Final = 0b10 << 62


@lru_cache(maxsize=1024)
def _id_prefix(seed: int, table: int) -> str:
    return f"{(_ID_MARK << 48) | (seed << 16) | (0x8 << 12) | table:016x}"


def demo_id(seed: int, table: int, index: int, sub: int = 0) -> str:
    """A demo row id as SQLite stores it (32 hex digits): a version-8 UUID.

    Layout: 16-bit demo mark, 32-bit seed, version, 12-bit table, variant, 40-bit index,
    22-bit sub-index. Ordered by (seed, table, index, sub), so rows are appended to the
    indexes; never equal to a uuid4, whose version is 4.
    """
    return _id_prefix(seed, table) + f"{_LOW_VARIANT | (index << 22) | sub:016x}"


def stamp(moment: datetime) -> str:
    """A naive-UTC datetime in the form SQLite stores the UTCDateTime columns."""
    return moment.isoformat(" ", "microseconds")


def _samples() -> list[tuple[ColumnElement[Any], object, object]]:
    sample_id = uuid.UUID("de300000-0001-8001-8000-000000400001")
    moment = datetime(2026, 9, 1, 5, 6, 7, 8, tzinfo=UTC)
    return [
        (Application.__table__.c.id, sample_id, sample_id.hex),
        (Application.__table__.c.confirmed_at, moment, stamp(moment.replace(tzinfo=None))),
        (Person.__table__.c.birth_date, date(2001, 2, 3), "2001-02-03"),
        (Application.__table__.c.exemption_requested, True, 1),
        (Student.__table__.c.dim_score, 81.5, 81.5),
    ]


def check_storage_forms(dialect: Dialect) -> None:
    """The hand-made storage forms equal what SQLAlchemy would bind (else a bug: refuse)."""
    for column, value, ours in _samples():
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        theirs = processor(value) if processor else value
        if theirs != ours:
            raise RuntimeError(f"demo data: the storage form of {column} changed: {theirs!r}")
    if dialect.paramstyle != "qmark":
        raise RuntimeError(f"demo data: unexpected paramstyle {dialect.paramstyle}")


# The sync columns every row has; the writer fills them (see models.base.SyncMixin).
SYNC_KEYS: Final = (
    "institution_id",
    "created_at",
    "updated_at",
    "row_version",
    "central_version",
    "origin",
    "deleted_at",
)

Row = tuple[str, dict[str, object]]  # (creation stamp, column values without the sync columns)
Params = tuple[object, ...]  # one row's parameters for a table's INSERT


@dataclass(frozen=True)
class Plan:
    """A table's Core INSERT: its SQL, the row's own columns in order, their defaults."""

    sql: str
    keys: tuple[str, ...]
    defaults: Mapping[str, object]


class Planner:
    """The INSERT plans of one dialect, made once per table."""

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self._plans: dict[str, Plan] = {}

    def plan(self, table: Table) -> Plan:
        plan = self._plans.get(table.name)
        if plan is None:
            dialect = self._dialect
            compiled = insert(table).compile(
                dialect=dialect, column_keys=[column.key for column in table.columns]
            )
            keys = tuple(compiled.positiontup or ())
            if keys[-len(SYNC_KEYS) :] != SYNC_KEYS:
                raise RuntimeError(f"demo data: {table.name} does not end in the sync columns")
            defaults: dict[str, object] = {}
            for column in table.columns:
                default = column.default
                if default is not None and default.is_scalar:
                    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
                    value = cast(Any, default).arg
                    defaults[column.key] = processor(value) if processor else value
                elif column.nullable:
                    defaults[column.key] = None
            plan = Plan(compiled.string, keys[: -len(SYNC_KEYS)], defaults)
            self._plans[table.name] = plan
        return plan

    def params(
        self, table: Table, rows: Sequence[Row], institution: str, origin: str
    ) -> list[Params]:
        """The rows as INSERT parameters, with the sync columns: owned by `institution`,
        created and updated at their stamp, version 1, not yet at the centre, live."""
        if not rows:
            return []
        plan = self.plan(table)
        missing = [key for key in plan.keys if key not in rows[0][1]]
        if missing:
            required = [key for key in missing if key not in plan.defaults]
            if required:
                raise RuntimeError(f"demo data: no value for {table.name}.{required}")
            rows = [(when, {**plan.defaults, **values}) for when, values in rows]
        getter = itemgetter(*plan.keys)
        return [
            (*getter(values), institution, when, when, 1, 0, origin, None) for when, values in rows
        ]


class Writer:
    """Bulk INSERTs through one connection: each table's Core INSERT, executemany by batch."""

    def __init__(self, connection: Connection, institution_hex: str, origin: str) -> None:
        self._connection = connection
        self.planner = Planner(connection.dialect)
        self.institution = institution_hex
        self.origin = origin
        self.added: Counter[str] = Counter()

    def insert(self, table: Table, rows: Sequence[Row]) -> None:
        self.insert_params(table, self.planner.params(table, rows, self.institution, self.origin))

    def insert_params(self, table: Table, params: Sequence[Params]) -> None:
        if not params:
            return
        sql = self.planner.plan(table).sql
        for start in range(0, len(params), BATCH):
            self._connection.exec_driver_sql(sql, list(params[start : start + BATCH]))
        self.added[table.name] += len(params)
