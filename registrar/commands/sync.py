"""`registrar sync`: one sync cycle with the central database, summary as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from registrar.cli import emit


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser(
        "sync", help="one sync cycle with the central database (push, then pull)"
    )
    sync.add_argument(
        "--central",
        metavar="URL",
        help="central PostgreSQL URL (default: central_url and central_user of the settings)",
    )
    sync.set_defaults(handler=_sync)


def _sync(args: argparse.Namespace) -> int:
    from registrar.commands.common import open_workspace
    from registrar.services import settings
    from registrar.services.credentials import KeyringStore
    from registrar.services.sync.connection import target_from_settings
    from registrar.services.sync.engine import SyncEngine

    db, workspace = open_workspace(args)
    try:
        with workspace.read() as session:
            url = args.central or settings.get(session, "central_url")
            user = settings.get(session, "central_user")
        target = target_from_settings(url, user, KeyringStore())
        summary = SyncEngine(workspace, target).run()
    finally:
        db.dispose()
    emit(summary.as_json())
    return 0
