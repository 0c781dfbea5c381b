"""Database commands: init (first-run setup), backup, restore, audit verify, status."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from registrar.cli import emit


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init", help="set up a new database: institution, workstation and the first admin"
    )
    init.add_argument("--institution", required=True, help="institution code (reference list)")
    init.add_argument("--admin", required=True, help="the administrator's user name")
    init.add_argument("--name", default="", help="the administrator's display name")
    init.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the administrator's password from standard input",
    )
    init.set_defaults(handler=_init)

    status = subparsers.add_parser("status", help="show the database, workstation and schema")
    status.set_defaults(handler=_status)

    backup = subparsers.add_parser("backup", help="write an encrypted backup (rotated)")
    backup.add_argument("--to", metavar="DIR", help="backup directory (default: beside the data)")
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a checked backup; new workstation identity"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=_restore)

    audit = subparsers.add_parser("audit", help="the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    verify = audit_sub.add_parser("verify", help="check every hash chain; exit 1 on a bad entry")
    verify.set_defaults(handler=_audit_verify)


def _init(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_database, read_secret_stdin
    from registrar.services.workspace import SetupRequest, initialise

    password = read_secret_stdin("password")
    db = open_database(args)
    try:
        workspace = initialise(
            db,
            SetupRequest(
                institution_code=args.institution,
                admin_username=args.admin,
                admin_display_name=args.name or args.admin,
                admin_password=password,
            ),
        )
    finally:
        db.dispose()
    emit(
        {
            "institution": workspace.institution_code,
            "series": workspace.series,
            "database": str(db.path),
        }
    )
    return 0


def _status(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_database
    from registrar.migrations import HEAD
    from registrar.services.workspace import load_workspace

    db = open_database(args)
    try:
        workspace = load_workspace(db)
        emit(
            {
                "database": str(db.path),
                "schema": HEAD,
                "set_up": workspace is not None,
                "institution": workspace.institution_code if workspace else None,
                "series": workspace.series if workspace else None,
                "demo": db.demo,
            }
        )
    finally:
        db.dispose()
    return 0


def _key_for(args: argparse.Namespace, path: Path) -> str:
    from registrar.services.credentials import KeyringStore, database_key
    from registrar.services.database import DEMO_KEY

    return DEMO_KEY if getattr(args, "demo", False) else database_key(KeyringStore(), create=False)


def _backup(args: argparse.Namespace) -> int:
    from registrar.commands.common import db_path, open_workspace
    from registrar.paths import backup_dir
    from registrar.services import audit, backup, settings
    from registrar.services.context import SYSTEM
    from registrar.services.errors import BadInput

    path = db_path(args)
    if not path.exists():
        raise BadInput(f"No database at {path}.", field="db")
    db, workspace = open_workspace(args)
    try:
        with workspace.write() as session:
            keep = int(settings.get(session, "backup_keep") or 14)
            audit.record(session, SYSTEM, "backup", None, None)
        target = backup.backup(
            path, _key_for(args, path), Path(args.to) if args.to else backup_dir(), keep=keep
        )
    finally:
        db.dispose()
    emit({"backup": str(target), "bytes": target.stat().st_size})
    return 0


def _restore(args: argparse.Namespace) -> int:
    from registrar.commands.common import db_path, open_database
    from registrar.services import backup
    from registrar.services.workspace import new_workstation_identity

    path = db_path(args)
    source = Path(args.file)
    key = _key_for(args, path)
    kept = backup.restore(source, path, key)
    db = open_database(args)
    try:
        workspace = new_workstation_identity(db, f"restored from backup {source.name}")
    finally:
        db.dispose()
    emit(
        {
            "restored": str(path),
            "previous_file_kept_as": str(kept) if kept else None,
            "series": workspace.series,
        }
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace
    from registrar.services import audit

    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            result = audit.verify(session)
    finally:
        db.dispose()
    payload: dict[str, Any] = {"ok": result.ok, "chains": result.chains, "entries": result.entries}
    if result.problem is not None:
        payload["first_bad_entry"] = {
            "origin": result.problem.origin,
            "seq": result.problem.seq,
            "id": result.problem.entry_id,
            "problem": result.problem.problem,
        }
    emit(payload)
    return 0 if result.ok else 1
