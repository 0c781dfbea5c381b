"""Backups from the desktop: daily at start, on exit and on request, always in the background."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from registrar.services.backup_schedule import BackupDone, daily_backup_due, make_backup
from registrar.services.context import SYSTEM, Actor, Workspace
from registrar.ui.tasks import Task, TaskControl, TaskRunner

log = logging.getLogger(__name__)


class Backups(QObject):
    """Holds what a backup needs (the key stays in memory only) and runs one at a time."""

    succeeded = Signal(object)  # BackupDone
    failed = Signal(Exception)
    finished = Signal()

    def __init__(
        self,
        workspace: Workspace,
        db_path: Path,
        key: str,
        directory: Path,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._db_path = db_path
        self._key = key
        self.directory = directory
        self._tasks = tasks
        self._running: Task | None = None
        self.last: BackupDone | None = None

    def busy(self) -> bool:
        return self._running is not None

    def start(self, reason: str, actor: Actor = SYSTEM) -> Task | None:
        """Start a backup unless one is already running (then its result serves both)."""
        if self._running is not None:
            return None

        def work(_control: TaskControl) -> BackupDone:
            return make_backup(
                self._workspace, actor, self._db_path, self._key, self.directory, reason
            )

        self._running = self._tasks.start(work, self._on_success, self._on_failure)
        self._running.signals.finished.connect(self._on_finished)
        return self._running

    def start_daily_if_due(self) -> Task | None:
        if not daily_backup_due(self.directory):
            return None
        return self.start("daily")

    def _on_success(self, result: object) -> None:
        assert isinstance(result, BackupDone)
        self.last = result
        self.succeeded.emit(result)

    def _on_failure(self, error: Exception) -> None:
        log.warning("backup failed: %s", type(error).__name__)
        self.failed.emit(error)

    def _on_finished(self) -> None:
        self._running = None
        self.finished.emit()
