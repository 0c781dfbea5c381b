"""`central migrate`: bring a PostgreSQL database to the schema and install the central parts.

Run as a PostgreSQL superuser (it creates the NOLOGIN owner and staff roles and hands every
table to the owner). Alembic runs the same history as on a workstation; then the change log,
row-level security, the immutability triggers and the rule functions are installed, and the
reference data is seeded. A second run on a current database changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import create_engine

from registrar.services.database import SessionContext
from registrar.services.errors import BadInput, PermissionDenied, Unavailable
from registrar.services.schema import ensure_schema
from registrar.services.sync.catalog import catalog
from registrar.services.sync.central_sql import SCHEMA, Roles, install_statements, q
from registrar.services.sync.connection import CentralTarget, connect, unavailable

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "registrar_"
CENTRAL_ORIGIN = "central"
_PREFIX = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class MigrateResult:
    schema_migrated: bool
    parts_installed: bool
    reference_added: int
    role_prefix: str
    database_id: str


def read_config(connection: psycopg.Connection[Any]) -> dict[str, str]:
    exists = connection.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.config",)).fetchone()
    if not exists or exists[0] is None:
        return {}
    rows = connection.execute(f"SELECT key, value FROM {SCHEMA}.config").fetchall()
    return {str(key): str(value) for key, value in rows}


def _require_superuser(connection: psycopg.Connection[Any]) -> None:
    row = connection.execute(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if not row or not row[0]:
        raise PermissionDenied(
            "central migrate must run as a PostgreSQL superuser: it creates roles and hands "
            "the tables to the owner role.",
            field="url",
        )


def _ensure_role(connection: psycopg.Connection[Any], name: str) -> None:
    found = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    if found is None:
        connection.execute(
            f"CREATE ROLE {q(name)} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
            "NOREPLICATION NOINHERIT"
        )


def migrate(
    url: str, *, role_prefix: str | None = None, new_database_id: bool = False
) -> MigrateResult:
    """Bring the database to the schema and install the central parts (idempotent).

    `new_database_id`: after a logical restore (transaction ids start again), give the centre
    a new identity, so that every workstation pulls it once in full from a fresh cursor.
    """
    target = CentralTarget(url=url)
    connection = connect(target)
    try:
        _require_superuser(connection)
        config = read_config(connection)
        prefix = role_prefix or config.get("role_prefix") or DEFAULT_PREFIX
        if not _PREFIX.fullmatch(prefix):
            raise BadInput(
                "The role prefix must be lower-case letters, digits and _ (at most 40).",
                field="role_prefix",
            )
        if config.get("role_prefix") and config["role_prefix"] != prefix:
            raise BadInput(
                f"This central database uses the role prefix '{config['role_prefix']}'.",
                field="role_prefix",
            )
        engine = create_engine(target.sqlalchemy_url())
        try:
            migrated = ensure_schema(engine)
        except Exception as error:
            if isinstance(error, Unavailable):
                raise
            raise unavailable(target, error) from None
        roles = Roles(prefix)
        database = str(connection.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
        statements = install_statements(catalog(), roles, database)
        version = hashlib.sha256("\n;\n".join(statements).encode("utf-8")).hexdigest()
        installed = False
        if migrated or config.get("parts_version") != version:
            with connection.transaction():
                _ensure_role(connection, roles.owner)
                _ensure_role(connection, roles.staff)
                for statement in statements:
                    connection.execute(statement)
                values = {
                    "role_prefix": prefix,
                    "parts_version": version,
                    "database_id": config.get("database_id") or str(uuid.uuid4()),
                }
                for key, value in values.items():
                    connection.execute(
                        f"INSERT INTO {SCHEMA}.config (key, value) VALUES (%s, %s) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )
            installed = True
            log.info("central parts installed (%d statements)", len(statements))
        added = _seed_reference(engine)
        engine.dispose()
        if new_database_id:
            connection.execute(
                f"UPDATE {SCHEMA}.config SET value = %s WHERE key = 'database_id'",
                (str(uuid.uuid4()),),
            )
            log.info("central database given a new identity")
        final = read_config(connection)
        return MigrateResult(
            schema_migrated=migrated,
            parts_installed=installed,
            reference_added=added,
            role_prefix=prefix,
            database_id=final["database_id"],
        )
    finally:
        connection.close()


def _seed_reference(engine: Any) -> int:
    from sqlalchemy.orm import Session

    from registrar.services.reference_seed import seed_reference

    with Session(engine) as session:
        session.info[SessionContext.ORIGIN] = CENTRAL_ORIGIN
        summary = seed_reference(session)
        session.commit()
    return summary.added
