"""`registrar central migrate|grant`: prepare the central database and its staff roles."""

from __future__ import annotations

import argparse
from typing import Any

from registrar.cli import emit


def register(subparsers: Any) -> None:
    central = subparsers.add_parser("central", help="prepare the central database and its roles")
    actions = central.add_subparsers(dest="central_command", metavar="ACTION")
    migrate = actions.add_parser(
        "migrate",
        help="bring a PostgreSQL database to the current schema and install the central parts "
        "(run as a superuser; a no-op when already current)",
    )
    migrate.add_argument("--url", required=True, help="PostgreSQL URL of the central database")
    migrate.add_argument(
        "--role-prefix",
        default=None,
        help="prefix of the roles this database creates (default registrar_; fixed at first run)",
    )
    migrate.add_argument(
        "--new-database-id",
        action="store_true",
        help="after a logical restore (pg_restore): workstations then pull the centre afresh",
    )
    migrate.set_defaults(handler=_migrate)

    grant = actions.add_parser(
        "grant", help="create (or reset) a staff member's login role, bound to one institution"
    )
    grant.add_argument("user", metavar="USER", help="the database user name to create")
    grant.add_argument("--institution", required=True, help="institution code (MSE: Ministry)")
    grant.add_argument(
        "--role", required=True, help="the staff member's role: desk, registrar, ministry, admin"
    )
    grant.add_argument("--url", help="central URL (default: central_url of this workstation)")
    grant.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (default: generate one and print it once)",
    )
    grant.set_defaults(handler=_grant)


def _migrate(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from registrar.services.sync.central import migrate

    result = migrate(args.url, role_prefix=args.role_prefix, new_database_id=args.new_database_id)
    emit(asdict(result))
    return 0


def _central_url(args: argparse.Namespace) -> str:
    from registrar.commands.common import open_workspace
    from registrar.services import settings
    from registrar.services.errors import BadInput

    if args.url:
        return str(args.url)
    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            url = settings.get(session, "central_url")
    finally:
        db.dispose()
    if not url:
        raise BadInput("Give --url, or set central_url first.", field="url")
    return url


def _grant(args: argparse.Namespace) -> int:
    from registrar.commands.common import read_secret_stdin
    from registrar.services.sync.grant import grant

    password = read_secret_stdin("password") if args.password_stdin else None
    result = grant(_central_url(args), args.user, args.institution, args.role, password)
    payload: dict[str, Any] = {
        "user": result.user,
        "institution": result.institution,
        "scope": result.scope,
        "role": result.role,
        "created": result.created,
    }
    if result.password is not None:
        payload["password"] = result.password  # generated: shown this once, stored nowhere
    emit(payload)
    return 0
