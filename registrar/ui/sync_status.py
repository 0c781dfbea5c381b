"""The status bar's sync corner: connection, last sync, changes waiting, and "Sync now".

A cycle runs in the background (ui/tasks.py) with a progress bar; the button stays disabled
until it reports back. A timer starts a cycle every `sync_interval_minutes`; when the centre
cannot be reached the corner says so and the work waits for the next attempt (the GUI
never waits on the network).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from registrar.ui.tasks import Task, TaskControl, TaskRunner
from registrar.ui.widgets import format_count, format_local_time

if TYPE_CHECKING:
    from registrar.services.sync.engine import SyncStatus, SyncSummary

Progress = Callable[[str, int, int], None]
STATUS_REFRESH_MS = 60_000


class SyncBackend(Protocol):
    """What the corner needs (services.sync.engine.SyncService provides it)."""

    def run(self, progress: Progress | None = None) -> SyncSummary: ...
    def status(self) -> SyncStatus: ...
    def interval_minutes(self) -> int: ...


class SyncStatusWidget(QWidget):
    """Put it in the status bar with `addPermanentWidget`; it runs the automatic syncs."""

    synced = Signal(object)  # SyncSummary, after a cycle that completed
    failed = Signal(str)  # the message of a cycle that could not complete
    finished = Signal()  # after every attempt, completed or not (tests wait on it)
    status_loaded = Signal()

    def __init__(
        self,
        service: SyncBackend,
        tasks: TaskRunner,
        interval_minutes: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._task: Task | None = None
        self._status_task: Task | None = None
        self._manual = False
        self.connection = QLabel(self.tr("Mərkəz: yoxlanılmayıb"))  # proposed string
        self.last_sync = QLabel(self.tr("Son sinxronlaşdırma: hələ olmayıb"))  # proposed string
        self.waiting = QLabel()
        self.issues = QLabel()
        self.issues.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.sync_button = QPushButton(self.tr("İndi sinxronlaşdır"))  # proposed string
        self.sync_button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.connection,
            self.last_sync,
            self.waiting,
            self.issues,
            self.progress,
            self.sync_button,
        ):
            layout.addWidget(widget)
        minutes = interval_minutes if interval_minutes is not None else service.interval_minutes()
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        self.refresh_status()

    def busy(self) -> bool:
        return self._task is not None

    def set_interval(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def sync_now(self) -> None:
        """Start a cycle unless one is running (the button, the timer and tests call it)."""
        self._manual = True
        self._start()

    def _on_timer(self) -> None:
        self._manual = False
        self._start()

    def _start(self) -> None:
        if self._task is not None:
            return
        service = self._service

        def work(control: TaskControl) -> object:
            def progress(_phase: str, done: int, total: int) -> None:
                control.report(done, total)

            return service.run(progress)

        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setVisible(True)
        self._task = self._tasks.start(work, self._on_synced, self._on_failed, self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_synced(self, summary: object) -> None:
        self._finish()
        self.synced.emit(summary)
        self.refresh_status()
        self.finished.emit()

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        message = str(error)
        if self._manual:
            self.sync_button.setToolTip(message)
        self.failed.emit(message)
        self.refresh_status()
        self.finished.emit()

    def _finish(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.sync_button.setEnabled(True)

    def refresh_status(self) -> None:
        """Read the status off the GUI thread (counting waiting rows scans the tables)."""
        if self._status_task is not None:
            return
        service = self._service

        def work(_control: TaskControl) -> object:
            return service.status()

        self._status_task = self._tasks.start(work, self._on_status, self._on_status_failed)

    def _on_status(self, status: object) -> None:
        self._status_task = None
        self.show_status(status)  # type: ignore[arg-type]
        self.status_loaded.emit()

    def _on_status_failed(self, _error: Exception) -> None:
        self._status_task = None
        self.status_loaded.emit()

    def show_status(self, status: SyncStatus) -> None:
        if status.connected is None:
            self.connection.setText(self.tr("Mərkəz: yoxlanılmayıb"))  # proposed string
        elif status.connected:
            self.connection.setText(self.tr("Mərkəz: qoşulub"))  # proposed string
        else:
            self.connection.setText(self.tr("Mərkəz: əlaqə yoxdur"))  # proposed string
        self.connection.setToolTip(status.last_error or "")
        if status.last_sync_at is None:
            self.last_sync.setText(self.tr("Son sinxronlaşdırma: hələ olmayıb"))
        else:
            self.last_sync.setText(
                self.tr("Son sinxronlaşdırma: ") + format_local_time(status.last_sync_at)
            )
        self.waiting.setText(
            self.tr("Gözləyən dəyişikliklər: ") + format_count(status.waiting)  # proposed
        )
        self.issues.setVisible(status.open_issues > 0)
        self.issues.setText(
            self.tr("Həll gözləyən problemlər: ") + format_count(status.open_issues)  # proposed
        )
