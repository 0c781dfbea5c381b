"""`central grant`: a login role for one staff member, bound to one institution.

The role is a member of the NOLOGIN staff group (which holds the table privileges the
row-level policies narrow down); it is never a superuser, never has BYPASSRLS and owns
nothing. The password is sent as a SCRAM-SHA-256 verifier, so the plain text never reaches
the server (nor its statement log).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
import string
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from registrar.services.context import ROLES
from registrar.services.errors import BadInput, NotFound, Unavailable
from registrar.services.sync.central import read_config
from registrar.services.sync.central_sql import SCHEMA, Roles
from registrar.services.sync.connection import CentralTarget, connect

log = logging.getLogger(__name__)

_USER = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")
SCRAM_ITERATIONS = 4096
MIN_PASSWORD = 12


@dataclass(frozen=True)
class GrantResult:
    user: str
    institution: str
    scope: str  # institution | ministry
    role: str
    created: bool
    password: str | None = field(default=None, repr=False)  # generated: shown once


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """PostgreSQL's stored form of a SCRAM-SHA-256 password (RFC 5802/7677)."""
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def new_password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(20))


def check_password(password: str) -> None:
    # Printable ASCII only: SCRAM's SASLprep leaves such passwords unchanged on both sides.
    if len(password) < MIN_PASSWORD or not all(33 <= ord(c) <= 126 for c in password):
        raise BadInput(
            f"The password must be at least {MIN_PASSWORD} printable ASCII characters "
            "without spaces.",
            field="password",
        )


def _owns_anything(connection: psycopg.Connection[Any], user: str) -> bool:
    row = connection.execute(
        """
        SELECT EXISTS (SELECT 1 FROM pg_class WHERE relowner = r.oid)
            OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = r.oid)
            OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = r.oid)
            OR EXISTS (SELECT 1 FROM pg_type WHERE typowner = r.oid)
            OR EXISTS (SELECT 1 FROM pg_database WHERE datdba = r.oid)
          FROM pg_roles r WHERE r.rolname = %s
        """,
        (user,),
    ).fetchone()
    return bool(row and row[0])


def grant(
    url: str, user: str, institution_code: str, role: str, password: str | None = None
) -> GrantResult:
    if not _USER.fullmatch(user):
        raise BadInput(
            "The user name must be lower-case letters, digits and _ . - (at most 63).",
            field="user",
        )
    if role not in ROLES:
        raise BadInput(f"Unknown role '{role}'. Known: {', '.join(ROLES)}.", field="role")
    generated = password is None
    password = password if password is not None else new_password()
    check_password(password)
    connection = connect(CentralTarget(url=url))
    try:
        config = read_config(connection)
        if "role_prefix" not in config:
            raise Unavailable(
                "This database has no central parts yet: run `registrar central migrate` first."
            )
        roles = Roles(config["role_prefix"])
        found = connection.execute(
            "SELECT id, kind FROM public.institution WHERE code = %s AND deleted_at IS NULL",
            (institution_code,),
        ).fetchone()
        if found is None:
            raise NotFound(f"Unknown institution code '{institution_code}'.", field="institution")
        institution_id, kind = found
        scope = "ministry" if kind == "ministry" else "institution"
        if role == "ministry" and scope != "ministry":
            raise BadInput(
                "The ministry role is bound to the Ministry's institution code.", field="role"
            )
        existing = connection.execute(
            "SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb OR rolreplication,"
            " pg_has_role(oid, %s, 'MEMBER') FROM pg_roles WHERE rolname = %s",
            (roles.staff, user),
        ).fetchone()
        bound = connection.execute(
            f"SELECT 1 FROM {SCHEMA}.central_role WHERE role_name = %s",
            (user,),
        ).fetchone()
        if existing is not None:
            powerful, member = existing
            if powerful or not (member or bound) or _owns_anything(connection, user):
                raise BadInput(
                    f"The database role '{user}' exists and is not a Registrar Desk staff role "
                    "(it is privileged, owns objects or belongs to something else).",
                    field="user",
                )
        secret = sql.Literal(scram_verifier(password))
        with connection.transaction():
            if existing is None:
                connection.execute(
                    sql.SQL(
                        "CREATE ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                        "NOREPLICATION INHERIT PASSWORD {} IN ROLE {}"
                    ).format(sql.Identifier(user), secret, sql.Identifier(roles.staff))
                )
            else:
                connection.execute(
                    sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(user), secret)
                )
                connection.execute(
                    sql.SQL("GRANT {} TO {}").format(
                        sql.Identifier(roles.staff), sql.Identifier(user)
                    )
                )
            connection.execute(
                f"INSERT INTO {SCHEMA}.central_role (role_name, institution_id, scope, app_role) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (role_name) DO UPDATE SET "
                "institution_id = excluded.institution_id, scope = excluded.scope, "
                "app_role = excluded.app_role, granted_at = now()",
                (user, institution_id, scope, role),
            )
        log.info("central role granted (%s scope)", scope)
        return GrantResult(
            user=user,
            institution=institution_code,
            scope=scope,
            role=role,
            created=existing is None,
            password=password if generated else None,
        )
    finally:
        connection.close()
