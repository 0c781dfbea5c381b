"""Background work: a QRunnable per task, results and progress back to the GUI thread as signals.

`work` calls services and never touches a widget. Its signals object lives in the GUI thread,
so the slots connected to it run there. The runner keeps each task alive until it reports.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised by `TaskControl.check()` when the user cancelled the task."""


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(Exception)
    progressed = Signal(int, int)  # done, total
    finished = Signal()  # after succeeded or failed


class TaskControl:
    """Handed to `work`: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signals.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled()


Work = Callable[[TaskControl], object]


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (the runner holds it until `finished`)
        self.signals = _TaskSignals()
        self.control = TaskControl(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.control)
        except TaskCancelled as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # handed to the UI, never swallowed
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()

    def cancel(self) -> None:
        self.control.cancel()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and holds them until they report back."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        work: Work,
        on_success: Callable[[object], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(work)
        if on_success is not None:
            task.signals.succeeded.connect(on_success)
        if on_failure is not None:
            task.signals.failed.connect(on_failure)
        if on_progress is not None:
            task.signals.progressed.connect(on_progress)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self._pool.start(task)
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task of the pool has finished (used at exit and by tests)."""
        return self._pool.waitForDone(msecs)
