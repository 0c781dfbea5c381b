"""Encrypted backups (SQLite backup API, rotated) and integrity-checked restores."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from registrar.services.errors import BadInput, CheckFailed

log = logging.getLogger(__name__)

PREFIX = "registrar-"
SUFFIX = ".db"


def _connect(path: Path, key: str) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), timeout=30)
    connection.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
    return connection


def backup(db_path: Path, key: str, directory: Path, *, keep: int = 14) -> Path:
    """Copy the live database into `directory`, encrypted with the same key; keep the newest."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = directory / f"{PREFIX}{stamp}{SUFFIX}"
    partial = target.with_suffix(".partial")
    source = _connect(db_path, key)
    destination = _connect(partial, key)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    partial.replace(target)
    for old in sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def latest_backup_age_hours(directory: Path) -> float | None:
    files = sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))
    if not files:
        return None
    age = datetime.now(UTC).timestamp() - files[-1].stat().st_mtime
    return age / 3600


def check_file(path: Path, key: str) -> None:
    """Refuse a file that is not an intact Registrar Desk database under this key."""
    if not path.is_file():
        raise BadInput(f"No backup file at {path}.", field="file")
    try:
        connection = _connect(path, key)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            has_schema = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name='alembic_version'"
            ).fetchone()
        finally:
            connection.close()
    except Exception as error:  # sqlcipher3.DatabaseError: wrong key or not a database
        raise CheckFailed(
            f"The backup cannot be read with this database key ({type(error).__name__})."
        ) from None
    if not result or result[0] != "ok":
        raise CheckFailed("The backup failed its integrity check.")
    if not has_schema:
        raise CheckFailed("The file is not a Registrar Desk database.")


def restore(backup_file: Path, db_path: Path, key: str) -> Path | None:
    """Replace the database with a checked backup; the replaced file is kept beside it."""
    check_file(backup_file, key)
    kept: Path | None = None
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
        shutil.move(str(db_path), kept)
        for extra in ("-wal", "-shm"):
            side = Path(str(db_path) + extra)
            if side.exists():
                shutil.move(str(side), str(kept) + extra)
    partial = db_path.with_suffix(".restoring")
    shutil.copyfile(backup_file, partial)
    partial.replace(db_path)
    return kept
