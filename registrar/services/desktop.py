"""Opening the local database for the desktop: the key, the file, and what start-up reads first.

Everything here may run on a plain background thread while Qt starts (see `registrar.app`):
it touches no widget and returns a frozen value.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from registrar.services.context import Workspace
from registrar.services.credentials import CredentialStore, database_key
from registrar.services.database import DEMO_KEY, Database
from registrar.services.errors import Unavailable
from registrar.services.preferences import institution_name, language
from registrar.services.workspace import load_workspace, open_local

log = logging.getLogger(__name__)


class KeyMissing(Unavailable):
    """No key for the database: no keyring backend, or no entry in it (ask for a passphrase)."""

    code = "key_missing"


@dataclass(frozen=True)
class OpenedDatabase:
    """An open database with what the first screen needs; `workspace` is None before setup."""

    db: Database
    key: str  # kept in memory only: backups need it
    workspace: Workspace | None
    language: str
    institution_name: str | None


def desktop_key(store: CredentialStore, path: Path, *, demo: bool) -> str:
    """The demo key, or the office key from $REGISTRAR_DB_KEY or the keyring (made if new)."""
    if demo:
        return DEMO_KEY
    try:
        return database_key(store, create=not path.exists())
    except Unavailable as error:
        raise KeyMissing(str(error)) from None


def open_database(path: Path, key: str, *, demo: bool) -> OpenedDatabase:
    """Open (creating or migrating) the file and read the workspace, language and name.

    Raises Unavailable when the key does not open the file or another program locks it.
    """
    db = open_local(path, key, demo=demo)
    try:
        workspace = load_workspace(db)
        chosen = language(db)
        name = institution_name(workspace) if workspace is not None else None
    except Exception:
        db.dispose()
        raise
    return OpenedDatabase(db, key, workspace, chosen, name)


def open_for_desktop(store: CredentialStore, path: Path, *, demo: bool) -> OpenedDatabase:
    """The first attempt at start-up: the stored key, then the file."""
    return open_database(path, desktop_key(store, path, demo=demo), demo=demo)
