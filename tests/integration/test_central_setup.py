"""`central migrate` and `central grant`: schema, owner, row-level security, login roles."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from registrar.models import Base
from registrar.services.errors import BadInput, NotFound
from registrar.services.sync.catalog import catalog, local_only_tables
from registrar.services.sync.central import migrate
from registrar.services.sync.grant import grant
from tests.integration.test_sync_harness import (
    PASSWORD,
    Centre,
    StationFactory,
    add_applicant,
    assert_converged,
    libpq_url,
)

pytest_plugins = ["tests.integration.test_sync_harness"]


@pytest.fixture
def fresh_prefix(pg_url: str) -> Iterator[str]:
    """A role prefix for a migrate on `pg_url`; its roles are dropped afterwards."""
    prefix = f"rdtest_{secrets.token_hex(4)}_"
    yield prefix
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as connection:
        roles = [
            r[0]
            for r in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)
            )
        ]
        for role in roles:
            connection.execute(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
            connection.execute(f'DROP OWNED BY "{role}"')
        for role in sorted(roles, key=lambda r: r.endswith(("owner", "staff"))):
            connection.execute(f'DROP ROLE "{role}"')


def test_migrate_brings_an_empty_database_to_the_schema_and_then_changes_nothing(
    pg_url: str, fresh_prefix: str
) -> None:
    first = migrate(pg_url, role_prefix=fresh_prefix)
    second = migrate(pg_url)
    assert (first.schema_migrated, first.parts_installed) == (True, True)
    assert first.reference_added > 0
    assert (second.schema_migrated, second.parts_installed, second.reference_added) == (
        False,
        False,
        0,
    )
    assert second.role_prefix == fresh_prefix and second.database_id == first.database_id
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    # The same history: no drift besides the centre's own lookup indexes (named rd_*).
    assert [d for d in diffs if not (d[0] == "remove_index" and d[1].name.startswith("rd_"))] == []


def test_migrate_refuses_to_change_the_role_prefix_of_a_prepared_centre(centre: Centre) -> None:
    with pytest.raises(BadInput) as refused:
        migrate(centre.admin_url, role_prefix="other_")
    assert refused.value.field == "role_prefix"


def test_every_table_belongs_to_a_nologin_owner_and_forces_row_level_security(
    centre: Centre,
) -> None:
    with centre.admin() as connection:
        rows = connection.execute(
            "SELECT c.relname, r.rolname, r.rolcanlogin, c.relrowsecurity, "
            "c.relforcerowsecurity FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'"
        ).fetchall()
    tables = {row[0]: row[1:] for row in rows}
    owner = centre.prefix + "owner"
    for name in (*catalog().names, *local_only_tables()):
        assert tables[name] == (owner, False, True, True), name
    assert tables["alembic_version"][:2] == (owner, False)


def test_granted_roles_are_not_superusers_do_not_bypass_security_and_own_nothing(
    centre: Centre,
) -> None:
    with centre.admin() as connection:
        rows = connection.execute(
            "SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, "
            "EXISTS (SELECT 1 FROM pg_class WHERE relowner = r.oid) "
            "OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = r.oid) "
            "OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = r.oid) "
            "OR EXISTS (SELECT 1 FROM pg_database WHERE datdba = r.oid) "
            "FROM pg_roles r WHERE r.rolname LIKE %s AND r.rolcanlogin",
            (centre.prefix + "%",),
        ).fetchall()
    assert {row[0] for row in rows} >= {centre.prefix + u for u in ("a1", "b1", "m1")}
    assert {row[1:] for row in rows} == {(False, False, False, False, False)}


def test_grant_stores_a_scram_verifier_of_the_generated_password_only(centre: Centre) -> None:
    user = centre.prefix + "g" + secrets.token_hex(2)
    result = grant(centre.admin_url, user, "BDU", "desk")
    assert result.created and result.password and len(result.password) >= 16
    with centre.admin() as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (user,)
        ).fetchone()[0]  # type: ignore[index]
    method, rest = stored.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac(
        "sha256", result.password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    assert method == "SCRAM-SHA-256"
    assert base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key
    again = grant(centre.admin_url, user, "ADPU", "registrar", password=PASSWORD)
    assert not again.created and again.password is None
    with centre.as_user(user[len(centre.prefix) :]) as connection:
        bound = connection.execute("SELECT registrar_sync.current_institution()").fetchone()
    assert bound == (centre.institutions["B"],)


def test_grant_refuses_an_unknown_institution_and_a_ministry_role_elsewhere(
    centre: Centre,
) -> None:
    with pytest.raises(NotFound):
        grant(centre.admin_url, centre.prefix + "nobody", "NOPE", "registrar")
    with pytest.raises(BadInput) as refused:
        grant(centre.admin_url, centre.prefix + "nobody", "BDU", "ministry")
    assert refused.value.field == "role"


def test_grant_refuses_to_take_over_a_privileged_role(centre: Centre) -> None:
    with pytest.raises(BadInput) as refused:
        grant(centre.admin_url, "postgres", "BDU", "registrar", password=PASSWORD)
    assert refused.value.field == "user"


def test_the_central_commands_print_json(
    centre: Centre, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from registrar import cli

    monkeypatch.setattr(cli, "COMMAND_MODULES", ("registrar.commands.central",))
    user = centre.prefix + "c" + secrets.token_hex(2)
    parser = cli.build_parser()
    args = parser.parse_args(["central", "migrate", "--url", centre.admin_url])
    code = cli.run_handler(args.handler, args, "log")
    migrated = json.loads(capsys.readouterr().out)
    grant_args = ["central", "grant", user, "--institution", "MSE", "--role", "ministry"]
    args = parser.parse_args([*grant_args, "--url", centre.admin_url])
    assert cli.run_handler(args.handler, args, "log") == 0
    granted = json.loads(capsys.readouterr().out)
    assert code == 0 and migrated["schema_migrated"] is False
    assert migrated["role_prefix"] == centre.prefix
    assert granted["scope"] == "ministry" and len(granted["password"]) >= 16


def test_a_new_database_id_makes_workstations_read_the_centre_again_without_conflicts(
    centre: Centre, make_station: StationFactory
) -> None:
    a1, a2 = make_station("a1"), make_station("a2")
    add_applicant(a1, fin=secrets.token_hex(4)[:7].upper(), mobile="+99451" + "1234567")
    a1.sync()
    a2.sync()
    before = migrate(centre.admin_url)
    after = migrate(centre.admin_url, new_database_id=True)
    assert after.database_id != before.database_id
    summary = a2.sync()
    assert (summary.conflicts, summary.refused, summary.waiting) == (0, 0, 0)
    with a2.engine.connect() as connection:
        cursors = connection.exec_driver_sql(
            "SELECT central_key, pull_cursor FROM sync_state"
        ).fetchall()
    assert {key for key, _ in cursors} >= {before.database_id, after.database_id}
    assert all(cursor > 0 for _, cursor in cursors)
    assert_converged(centre, [a2])
