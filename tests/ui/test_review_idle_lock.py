"""The idle lock hides the windows after inactivity and needs the user's password to go on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from registrar.services import settings
from registrar.services.staff import StaffRow, list_staff
from registrar.ui.idle_lock import IdleLock, idle_minutes
from tests.conftest import OfficeDb


def _admin(office_db: OfficeDb) -> StaffRow:
    return next(row for row in list_staff(office_db.workspace) if row.username == "admin")


def _locked(qtbot, office_db: OfficeDb, window: QMainWindow) -> IdleLock:
    lock = IdleLock(office_db.workspace, _admin(office_db), interval_ms=50)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.start()
    assert not window.isVisible()
    return lock


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_screen_locks_after_the_idle_time(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = _locked(qtbot, office_db, window)
    assert lock.is_locked()
    assert lock.dialog is not None and lock.dialog.isVisible()
    lock.stop()


def test_a_wrong_password_keeps_the_screen_locked(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = _locked(qtbot, office_db, window)
    assert lock.dialog is not None
    qtbot.keyClicks(lock.dialog.password, "wrong-password1")
    qtbot.mouseClick(lock.dialog.continue_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked()
    assert lock.dialog.error.text()
    assert not window.isVisible()
    lock.stop()


def test_the_right_password_unlocks_and_shows_the_windows_again(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = _locked(qtbot, office_db, window)
    assert lock.dialog is not None
    lock.timer.setInterval(60_000)
    qtbot.keyClicks(lock.dialog.password, office_db.password)
    with qtbot.waitSignal(lock.unlocked, timeout=5000):
        qtbot.mouseClick(lock.dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked()
    assert window.isVisible()
    lock.stop()


def test_escape_does_not_unlock(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = _locked(qtbot, office_db, window)
    assert lock.dialog is not None
    qtbot.keyClick(lock.dialog, Qt.Key.Key_Escape)
    assert lock.is_locked() and lock.dialog.isVisible()
    lock.stop()


def test_a_key_press_postpones_the_lock(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = IdleLock(office_db.workspace, _admin(office_db), interval_ms=1500)
    lock.start()
    qtbot.wait(900)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.wait(900)  # 1.8 s after the start: locked by now without the key press
    assert not lock.is_locked()
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    lock.stop()


def test_mouse_movement_postpones_the_lock(qtbot, office_db: OfficeDb) -> None:
    window = _window(qtbot)
    lock = IdleLock(office_db.workspace, _admin(office_db), interval_ms=1500)
    lock.start()
    qtbot.wait(900)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, move)
    qtbot.wait(900)
    assert not lock.is_locked()
    lock.stop()


def test_the_idle_time_comes_from_the_settings(office_db: OfficeDb) -> None:
    assert idle_minutes(office_db.workspace) == 5
    with office_db.workspace.write() as session:
        settings.put(session, "idle_lock_minutes", "12")
    assert idle_minutes(office_db.workspace) == 12
    lock = IdleLock(office_db.workspace, _admin(office_db))
    assert lock.timer.interval() == 12 * 60_000
