"""One Alembic history brings an empty database to exactly the models' schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from registrar.migrations import HEAD
from registrar.models import Base
from registrar.services.schema import alembic_config, ensure_schema, is_current


def test_the_packaged_head_constant_matches_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD


def test_an_empty_sqlite_file_migrates_to_the_models_without_drift(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert ensure_schema(engine) is True
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    with engine.begin() as connection:
        command.check(alembic_config(connection))  # raises on any drift


def test_a_current_database_skips_alembic(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    ensure_schema(engine)
    assert is_current(engine)
    assert ensure_schema(engine) is False
