"""The same migration history brings an empty PostgreSQL database to the models' schema."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from registrar.models import Base
from registrar.services.schema import alembic_config, ensure_schema, is_current


def test_an_empty_postgresql_database_migrates_without_drift(pg_url: str) -> None:
    engine = create_engine(pg_url)
    assert ensure_schema(engine) is True
    assert is_current(engine) and ensure_schema(engine) is False
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    with engine.begin() as connection:
        command.check(alembic_config(connection))
    engine.dispose()


def test_postgresql_refuses_live_duplicates_and_allows_them_after_a_tombstone(pg_url: str) -> None:
    engine = create_engine(pg_url)
    ensure_schema(engine)
    owner = uuid.uuid4()
    insert = text(
        "INSERT INTO staff (id, institution_id, created_at, updated_at, origin, username, "
        "display_name, role, password_hash, active, failed_attempts, deleted_at) VALUES "
        "(:id, :owner, now(), now(), 'o', 'aysel', 'A', 'desk', 'h', true, 0, :deleted)"
    )
    first = uuid.uuid4()
    with engine.begin() as connection:
        connection.execute(insert, {"id": first, "owner": owner, "deleted": None})
    with pytest.raises(IntegrityError) as refused, engine.begin() as connection:
        connection.execute(insert, {"id": uuid.uuid4(), "owner": owner, "deleted": None})
    assert "uq_staff_username" in str(refused.value.orig)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE staff SET deleted_at = now() WHERE id = :id"), {"id": first}
        )
        connection.execute(insert, {"id": uuid.uuid4(), "owner": owner, "deleted": None})
    engine.dispose()
