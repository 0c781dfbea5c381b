"""The schema's invariants, checked by walking the metadata."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Index, Uuid
from sqlalchemy.orm import RelationshipProperty

from registrar.models import Base
from registrar.models.base import UTCDateTime

MIXIN_COLUMNS = {
    "id",
    "institution_id",
    "created_at",
    "updated_at",
    "row_version",
    "central_version",
    "origin",
    "deleted_at",
}
TABLES = sorted(Base.metadata.tables.values(), key=lambda t: t.name)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_table_has_the_sync_mixin_columns(table) -> None:
    assert set(table.c.keys()) >= MIXIN_COLUMNS
    assert isinstance(table.c.id.type, Uuid) and table.c.id.primary_key
    assert isinstance(table.c.institution_id.type, Uuid) and not table.c.institution_id.nullable
    for column in ("created_at", "updated_at", "deleted_at"):
        assert isinstance(table.c[column].type, UTCDateTime)
    assert table.c.deleted_at.nullable


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_unique_rule_holds_among_live_rows_only(table) -> None:
    for index in table.indexes:
        if not index.unique:
            continue
        for dialect in ("sqlite", "postgresql"):
            where = index.dialect_options[dialect]["where"]
            assert where is not None and "deleted_at IS NULL" in str(where), (index.name, dialect)
    for constraint in table.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            # The audit chain's (origin, seq) is the only plain unique rule: audit rows are
            # never tombstoned.
            assert table.name == "audit_entry", constraint.name


def test_no_relationship_cascades_deletes() -> None:
    for mapper in Base.registry.mappers:
        for prop in mapper.iterate_properties:
            if isinstance(prop, RelationshipProperty):
                assert "delete" not in prop.cascade, prop


@pytest.mark.parametrize(
    "table", [t for t in TABLES if t.info.get("event_table")], ids=lambda t: t.name
)
def test_event_tables_are_chains_or_the_audit_log(table) -> None:
    assert "supersedes" in table.c or table.name == "audit_entry"


def test_local_only_tables_are_the_drafts_settings_counters_and_sync_bookkeeping() -> None:
    local = {t.name for t in TABLES if t.info.get("local_only")}
    assert local == {
        "draft",
        "draft_file",
        "local_setting",
        "number_counter",
        "sync_issue",
        "sync_state",
        "workstation",
    }


def test_unique_indexes_are_real_index_objects_with_names() -> None:
    names = [i.name for t in TABLES for i in t.indexes if isinstance(i, Index) and i.unique]
    assert len(names) == len(set(names))
    assert all(name and name.startswith("uq_") for name in names)
    assert uuid.UUID(int=0)  # keeps the uuid import honest for readers: ids are UUIDs
