"""Which tables and columns sync, in which order, and how their values travel.

Everything is derived from the ORM metadata, so a new synced table needs no registration here:
local-only tables (`LOCAL_ONLY`) and local projection columns (`info={"sync": False}`) never
leave the workstation; reference tables (module `registrar.models.reference`) belong to the
Ministry and every institution reads them.

Values travel in the local SQLite storage form ("raw"): UUIDs as 32 hex digits, timestamps as
naive UTC text with microseconds, booleans as 0/1, dates as ISO text. PostgreSQL reads that form
directly in COPY (with the session in UTC), and the central queries cast back to it, so no row is
converted value by value in Python on the hot path.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Double,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
)

from registrar.models import Base
from registrar.models.base import UTCDateTime

# Columns that describe a version rather than the content; "same content" ignores them.
VERSION_COLUMNS = ("created_at", "updated_at", "row_version", "origin")
# Never sent: the workstation's own bookkeeping.
NEVER_SENT = frozenset({"central_version"})
REFERENCE_MODULE = "registrar.models.reference"
# Event chains: the columns that name the chain an event belongs to.
EVENT_CHAINS: dict[str, tuple[str, ...]] = {
    "application_event": ("application_id",),
    "movement_event": ("case_id",),
    "student_event": ("student_id",),
    "evidence_review_event": ("request_id", "slot_id"),
}
# Rows that are written once and never changed, besides the event tables.
APPEND_ONLY_TABLES = frozenset({"audit_entry", "sync_resolution", "record_merge"})
# A confirmed application is frozen, and so are these children of it.
FROZEN_PARENT = "application"
FROZEN_CHILDREN = ("application_answer", "application_document", "fee_exemption_request")
BLOB_TABLE = "evidence_blob"
BLOB_COLUMN = "data"
CASE_TABLE = "movement_case"
CASE_EVENT_TABLE = "movement_event"

Raw = tuple[Any, ...]


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str  # uuid | timestamp | date | bool | int | float | text | bytes
    nullable: bool


@dataclass(frozen=True)
class TableSpec:
    """One synced table: its columns in a fixed order and what the centre must know of it."""

    name: str
    columns: tuple[ColumnSpec, ...]
    # Columns compared for "the same content" (no version columns, no blob bytes).
    content: tuple[str, ...]
    # (column, referenced table) for foreign keys to other synced tables.
    parents: tuple[tuple[str, str], ...]
    # NOT NULL local columns with their default, for rows inserted from elsewhere.
    local_defaults: tuple[tuple[str, Any], ...]
    public: bool  # reference data: the Ministry's, read by all
    append_only: bool
    event_chain: tuple[str, ...] | None

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def index(self, column: str) -> int:
        return self.column_names.index(column)

    def column(self, name: str) -> ColumnSpec:
        return self.columns[self.index(name)]

    @property
    def is_blob(self) -> bool:
        return self.name == BLOB_TABLE

    @property
    def sent_columns(self) -> tuple[str, ...]:
        """Columns sent in the first pass (blob bytes travel separately, only when missing)."""
        return tuple(c for c in self.column_names if not (self.is_blob and c == BLOB_COLUMN))


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, UTCDateTime):
        return "timestamp"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, Double | Float):
        return "float"
    if isinstance(kind, String | Text):
        return "text"
    if isinstance(kind, LargeBinary):
        return "bytes"
    raise TypeError(f"sync cannot carry column {column.table.name}.{column.name} ({kind!r})")


def is_synced_table(table: Table) -> bool:
    return not table.info.get("local_only") and "row_version" in table.c


def _synced(column: Column[Any]) -> bool:
    return column.name not in NEVER_SENT and column.info.get("sync", True) is not False


def _reference_tables() -> frozenset[str]:
    return frozenset(
        mapper.local_table.name  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if mapper.class_.__module__ == REFERENCE_MODULE
    )


def _spec(table: Table, synced_names: frozenset[str], reference: frozenset[str]) -> TableSpec:
    # `id` first: raw rows are (id, ...) tuples everywhere.
    ordered = sorted((c for c in table.columns if _synced(c)), key=lambda c: c.name != "id")
    columns = tuple(ColumnSpec(c.name, _kind(c), bool(c.nullable)) for c in ordered)
    content = tuple(
        c.name
        for c in columns
        if c.name not in VERSION_COLUMNS
        and not (table.name == BLOB_TABLE and c.name == BLOB_COLUMN)
    )
    parents = tuple(
        sorted(
            (fk.parent.name, fk.column.table.name)
            for fk in table.foreign_keys
            if fk.column.table.name in synced_names and _synced(fk.parent)
        )
    )
    defaults: list[tuple[str, Any]] = []
    for column in table.columns:
        if _synced(column) or column.nullable or column.server_default is not None:
            continue
        default = column.default
        if default is None or not default.is_scalar:
            raise TypeError(f"local column {table.name}.{column.name} needs a scalar default")
        defaults.append((column.name, default.arg))  # type: ignore[attr-defined]
    return TableSpec(
        name=table.name,
        columns=columns,
        content=content,
        parents=parents,
        local_defaults=tuple(defaults),
        public=table.name in reference,
        append_only=bool(table.info.get("event_table")) or table.name in APPEND_ONLY_TABLES,
        event_chain=EVENT_CHAINS.get(table.name),
    )


@dataclass(frozen=True)
class Catalog:
    """The synced tables in dependency order (parents before children)."""

    tables: tuple[TableSpec, ...]

    def __getitem__(self, name: str) -> TableSpec:
        for spec in self.tables:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def get(self, name: str) -> TableSpec | None:
        return next((spec for spec in self.tables if spec.name == name), None)

    def __contains__(self, name: object) -> bool:
        return any(spec.name == name for spec in self.tables)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.tables)

    def children_of(self, table: str) -> list[tuple[TableSpec, str]]:
        """(table, column) pairs whose column references `table`."""
        return [
            (spec, column)
            for spec in self.tables
            for column, parent in spec.parents
            if parent == table
        ]


@cache
def catalog() -> Catalog:
    tables = [t for t in Base.metadata.sorted_tables if is_synced_table(t)]
    names = frozenset(t.name for t in tables)
    reference = _reference_tables()
    return Catalog(tuple(_spec(t, names, reference) for t in tables))


def references_to(table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to `table`, local-only tables included."""
    return sorted(
        (t.name, fk.parent.name)
        for t in Base.metadata.sorted_tables
        for fk in t.foreign_keys
        if fk.column.table.name == table
    )


def local_only_tables() -> tuple[str, ...]:
    return tuple(t.name for t in Base.metadata.sorted_tables if not is_synced_table(t))


# ----- raw values ------------------------------------------------------------------------


def central_select(spec: TableSpec, columns: Sequence[str], alias: str = "t") -> str:
    """A SELECT list that returns central values in the local raw form."""
    parts = []
    for name in columns:
        kind = spec.column(name).kind
        ref = f'{alias}."{name}"'
        if kind == "uuid":
            parts.append(f"replace({ref}::text, '-', '')")
        elif kind == "timestamp":
            parts.append(f"to_char({ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')")
        elif kind == "date":
            parts.append(f"to_char({ref}, 'YYYY-MM-DD')")
        elif kind == "bool":
            parts.append(f"{ref}::int")
        else:
            parts.append(ref)
    return ", ".join(parts)


def raw_to_json(spec: TableSpec, columns: Sequence[str], row: Sequence[Any]) -> str:
    """A raw row as JSON (bytes as base64); kept in sync issues, exact on the way back."""
    values: dict[str, Any] = {}
    for name, value in zip(columns, row, strict=True):
        if isinstance(value, bytes | bytearray | memoryview):
            values[name] = {"base64": base64.b64encode(bytes(value)).decode("ascii")}
        else:
            values[name] = value
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def json_to_raw(text: str) -> dict[str, Any]:
    values: dict[str, Any] = json.loads(text)
    for name, value in values.items():
        if isinstance(value, dict) and "base64" in value:
            values[name] = base64.b64decode(value["base64"])
    return values


def same_content(spec: TableSpec, left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    return all(_norm(left.get(c)) == _norm(right.get(c)) for c in spec.content)


def _norm(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return value


def uuid_hex(value: Any) -> str:
    """A UUID (object or text) in the local raw form."""
    return str(value).replace("-", "").lower()
