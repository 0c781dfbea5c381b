"""When the desktop backs up (daily, on exit, on request) and the audited backup itself."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from registrar.services import audit, backup, settings
from registrar.services.context import Actor, Workspace

log = logging.getLogger(__name__)

DAILY_HOURS = 24.0
REASONS = ("daily", "exit", "manual")


@dataclass(frozen=True)
class BackupDone:
    path: Path
    size: int
    at: datetime


def last_backup_at(directory: Path | None) -> datetime | None:
    """When the newest backup in `directory` was written (None: no backup yet)."""
    if directory is None or not directory.is_dir():
        return None
    files = sorted(directory.glob(f"{backup.PREFIX}*{backup.SUFFIX}"))
    if not files:
        return None
    return datetime.fromtimestamp(files[-1].stat().st_mtime, UTC)


def daily_backup_due(directory: Path, now: datetime | None = None) -> bool:
    """True when no backup exists or the newest one is at least a day old."""
    newest = last_backup_at(directory)
    if newest is None:
        return True
    age = (now or datetime.now(UTC)) - newest
    return age.total_seconds() >= DAILY_HOURS * 3600


def make_backup(
    workspace: Workspace,
    actor: Actor,
    db_path: Path,
    key: str,
    directory: Path,
    reason: str,
) -> BackupDone:
    """Write an encrypted, rotated backup (keeping `backup_keep` files) and audit it."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    with workspace.read() as session:
        keep_text = settings.get(session, "backup_keep") or "14"
    keep = int(keep_text) if keep_text.isdigit() and int(keep_text) > 0 else 14
    target = backup.backup(db_path, key, directory, keep=keep)
    with workspace.write() as session:
        audit.record(session, actor, "backup", f"backup:{target.name}", reason)
    log.info("backup written (%s)", reason)
    return BackupDone(path=target, size=target.stat().st_size, at=datetime.now(UTC))
