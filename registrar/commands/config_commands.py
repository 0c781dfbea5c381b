"""`registrar config get|set|set-password`: the same settings the settings dialog edits."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from registrar.cli import emit


def register(subparsers: Any) -> None:
    config = subparsers.add_parser("config", help="read or change settings")
    actions = config.add_subparsers(dest="config_command", metavar="ACTION")
    get = actions.add_parser("get", help="print a setting's bare value (exit 1 if unset)")
    get.add_argument("key")
    get.set_defaults(handler=_get)
    put = actions.add_parser("set", help="change a setting")
    put.add_argument("key")
    put.add_argument("value")
    put.set_defaults(handler=_set)
    listing = actions.add_parser("list", help="all settings with their values")
    listing.set_defaults(handler=_list)
    password = actions.add_parser(
        "set-password", help="store the central database password in the keyring (from stdin)"
    )
    password.set_defaults(handler=_set_password)


def _get(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace
    from registrar.services import settings

    if args.key not in settings.KNOWN:
        settings.check(args.key, "")  # raises: unknown key, exit 2, before opening anything
    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            value = settings.get(session, args.key)
    finally:
        db.dispose()
    if value is None:
        return 1
    sys.stdout.write(value + "\n")  # the bare value, for scripts
    return 0


def _set(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace
    from registrar.services import audit, settings
    from registrar.services.context import SYSTEM

    settings.check(args.key, args.value)
    db, workspace = open_workspace(args)
    try:
        with workspace.write() as session:
            if args.key == "institution":
                _check_institution(session, args.value)
            settings.put(session, args.key, args.value)
            audit.record(session, SYSTEM, "settings.change", f"setting:{args.key}")
    finally:
        db.dispose()
    emit({"key": args.key, "value": args.value})
    return 0


def _check_institution(session: Any, code: str) -> None:
    from sqlalchemy import select

    from registrar.models import Institution
    from registrar.services.errors import BadInput

    found = session.scalars(select(Institution.id).where(Institution.code == code)).first()
    if found is None:
        raise BadInput(f"Unknown institution code '{code}'.", field="institution")


def _list(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace
    from registrar.services import settings

    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            values = {key: settings.get(session, key) for key in sorted(settings.KNOWN)}
    finally:
        db.dispose()
    emit(values)
    return 0


def _set_password(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace, read_secret_stdin
    from registrar.services import audit, settings
    from registrar.services.context import SYSTEM
    from registrar.services.credentials import KeyringStore, central_password_entry
    from registrar.services.errors import BadInput

    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            user = settings.get(session, "central_user")
        if not user:
            raise BadInput(
                "Set central_user first (`registrar config set central_user NAME`).",
                field="central_user",
            )
        password = read_secret_stdin("password")
        KeyringStore().set(central_password_entry(user), password)
        with workspace.write() as session:
            audit.record(session, SYSTEM, "settings.central_password", "setting:central_user")
    finally:
        db.dispose()
    emit({"stored": True, "user": user})
    return 0
