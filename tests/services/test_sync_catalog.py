"""What syncs: the catalog derived from the models, and the raw form rows travel in."""

from __future__ import annotations

from registrar.models import Base
from registrar.services.sync.catalog import (
    EVENT_CHAINS,
    catalog,
    json_to_raw,
    local_only_tables,
    raw_to_json,
)


def test_local_only_tables_never_sync() -> None:
    assert set(local_only_tables()) >= {"draft", "local_setting", "sync_issue", "sync_state"}
    assert not set(local_only_tables()) & set(catalog().names)


def test_local_projection_columns_are_never_sent() -> None:
    assert "status_cache" not in catalog()["application"].column_names
    assert "assigned_to" not in catalog()["application"].column_names
    assert "failed_attempts" not in catalog()["staff"].column_names
    assert "central_version" not in catalog()["person"].column_names


def test_rows_insert_from_elsewhere_with_their_local_defaults() -> None:
    assert dict(catalog()["application"].local_defaults) == {"status_cache": "DRAFT"}


def test_parents_are_sent_before_their_children() -> None:
    order = catalog().names
    for spec in catalog().tables:
        for _, parent in spec.parents:
            if parent != spec.name:
                assert order.index(parent) < order.index(spec.name), (parent, spec.name)


def test_every_event_chain_table_names_its_chain() -> None:
    chained = {t.name for t in Base.metadata.tables.values() if "supersedes" in t.c}
    assert chained == set(EVENT_CHAINS)


def test_reference_tables_are_public_and_institution_tables_are_not() -> None:
    assert catalog()["institution"].public and catalog()["specialty"].public
    assert not catalog()["person"].public and not catalog()["staff"].public


def test_a_raw_row_survives_its_json_form_bytes_included() -> None:
    spec = catalog()["evidence_blob"]
    row = ("ab" * 16, b"\x00\xffPDF")
    assert json_to_raw(raw_to_json(spec, ("id", "data"), row)) == {"id": row[0], "data": row[1]}
