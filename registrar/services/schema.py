"""Bring a database to the packaged schema; Alembic is imported only when work is needed."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, Engine, text

from registrar.migrations import HEAD

log = logging.getLogger(__name__)


def current_revision(connection: Connection) -> str | None:
    dialect = connection.dialect.name
    if dialect == "sqlite":
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
    else:
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if not exists:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "registrar:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def is_current(engine: Engine) -> bool:
    with engine.connect() as connection:
        return current_revision(connection) == HEAD


def ensure_schema(engine: Engine) -> bool:
    """Upgrade to the packaged head; returns True when Alembic ran, False when already current."""
    if is_current(engine):
        return False
    from alembic import command

    with engine.begin() as connection:
        log.info("migrating database schema to %s", HEAD)
        command.upgrade(alembic_config(connection), "head")
    return True
