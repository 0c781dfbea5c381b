"""The idle lock: after N minutes without input every window is hidden until the password is typed.

`IdleLock` is an application-wide event filter. Keyboard, mouse, wheel and touch input restart
its timer; when the timer runs out it hides every visible top-level window and shows a dialog
that asks the signed-in staff member's password, checked by `services.staff.sign_in` (so the
lockout after repeated failures applies here too). The minutes come from the database's
`idle_lock_minutes` setting (5 by default).
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services import settings
from registrar.services.context import Workspace
from registrar.services.errors import RegistrarError
from registrar.services.staff import StaffRow, sign_in
from registrar.ui.widgets import APP_NAME, DEMO_MARK, ErrorLabel, app_icon, password_edit

log = logging.getLogger(__name__)

_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
DEFAULT_MINUTES: Final = 5


def idle_minutes(workspace: Workspace) -> int:
    """The configured idle time in minutes (setting `idle_lock_minutes`)."""
    value = settings.peek(workspace.engine, "idle_lock_minutes")
    try:
        minutes = int(value) if value else DEFAULT_MINUTES
    except ValueError:
        minutes = DEFAULT_MINUTES
    return max(1, minutes)


class LockDialog(QDialog):
    """Asks the signed-in user's password; cannot be closed except by unlocking or quitting."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, workspace: Workspace, user: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._user = user
        title = self.tr("Ekran kilidlənib")  # proposed string
        if workspace.demo:
            title = f"{title} — {DEMO_MARK}"
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(400)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        heading = QLabel(self.tr("Ekran kilidlənib"))  # proposed string
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        # proposed string
        explanation = QLabel(
            self.tr("Davam etmək üçün şifrənizi daxil edin: ")
            + f"{user.display_name} ({user.username})"
        )
        explanation.setWordWrap(True)
        self.password = password_edit(self.tr("Şifrə"))
        self.error = ErrorLabel()
        self.continue_button = QPushButton(self.tr("DAVAM ET >"))
        self.continue_button.setDefault(True)
        self.continue_button.setAccessibleName(self.tr("Kilidi aç"))  # proposed string
        self.quit_button = QPushButton(self.tr("Proqramdan çıx"))  # proposed string
        self.quit_button.setAccessibleName(self.quit_button.text())
        form = QFormLayout()
        form.addRow(self.tr("Şifrə:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.continue_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested.emit)

    def submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        if not password:
            self.error.show_message(self.tr("Şifrəni daxil edin."))  # proposed string
            return
        try:
            sign_in(self._workspace, self._user.username, password)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.password.setFocus()
            return
        self.error.clear_message()
        self.unlocked.emit()
        self.accept()

    def reject(self) -> None:  # Escape must not unlock
        return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)


class IdleLock(QObject):
    """Install with `start()`; locks after `minutes` of no input (or `interval_ms`, for tests)."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        user: StaffRow,
        *,
        minutes: int | None = None,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._user = user
        if interval_ms is None:
            interval_ms = (minutes or idle_minutes(workspace)) * 60_000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock_now)
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dialog is None and event.type() in _INPUT_EVENTS:
            self.timer.start()  # restart the countdown
        return False

    def lock_now(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and not isinstance(widget, LockDialog)
        ]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockDialog(self._workspace, self._user)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.quit_requested.connect(self._on_quit)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        self.dialog.password.setFocus()
        log.info("screen locked after inactivity")
        self.locked.emit()

    def _on_unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.timer.start()
        self.unlocked.emit()

    def _on_quit(self) -> None:
        """Close the hidden windows the normal way (exit backup included), then the dialog."""
        self.stop()
        dialog, self.dialog = self.dialog, None
        hidden, self._hidden = self._hidden, []
        self.quit_requested.emit()
        for widget in hidden:
            widget.close()
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Accepted)
            dialog.deleteLater()
