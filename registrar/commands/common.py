"""What sub-commands share: finding and opening the database, reading secrets from stdin."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from registrar.services.context import Workspace
    from registrar.services.database import Database


def db_path(args: argparse.Namespace, *, demo: bool | None = None) -> Path:
    """--db (or $REGISTRAR_DB) wins; else the default real or demo database."""
    from registrar.paths import default_db_path

    explicit = getattr(args, "db", None)
    if explicit:
        return Path(explicit)
    if getattr(args, "demo", False) if demo is None else demo:
        return default_db_path(demo=True)
    env = os.environ.get("REGISTRAR_DB")
    return Path(env) if env else default_db_path()


def open_database(args: argparse.Namespace, *, demo: bool | None = None) -> Database:
    from registrar.services.credentials import KeyringStore
    from registrar.services.workspace import open_for_command

    use_demo = bool(getattr(args, "demo", False)) if demo is None else demo
    return open_for_command(db_path(args, demo=use_demo), KeyringStore(), demo=use_demo)


def open_workspace(args: argparse.Namespace) -> tuple[Database, Workspace]:
    from registrar.services.errors import Unavailable
    from registrar.services.workspace import load_workspace

    db = open_database(args)
    workspace = load_workspace(db)
    if workspace is None:
        db.dispose()
        raise Unavailable(
            "This database is not set up yet: run `registrar init` or start the application."
        )
    return db, workspace


def read_secret_stdin(field: str) -> str:
    from registrar.services.errors import BadInput

    value = sys.stdin.readline().rstrip("\n")
    if not value:
        raise BadInput("Expected the secret on standard input.", field=field)
    return value
