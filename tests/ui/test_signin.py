"""The sign-in dialog: the service's check, its generic message, and the lock after 5 failures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from registrar.services.staff import MAX_FAILED
from registrar.ui.signin import SignInDialog
from tests.conftest import OfficeDb

GENERIC = "İstifadəçi adı və ya şifrə yanlışdır."


def _dialog(qtbot, office_db: OfficeDb, username: str = "") -> SignInDialog:
    dialog = SignInDialog(office_db.workspace, username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)


def test_the_right_password_signs_the_admin_in(qtbot, office_db: OfficeDb) -> None:
    dialog = _dialog(qtbot, office_db)
    with qtbot.waitSignal(dialog.signed_in) as signal:
        _try(qtbot, dialog, office_db.username, office_db.password)
    assert signal.args[0].username == office_db.username
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role == "admin"


def test_a_wrong_password_shows_the_generic_message_and_clears_the_password(
    qtbot, office_db: OfficeDb
) -> None:
    dialog = _dialog(qtbot, office_db)
    _try(qtbot, dialog, office_db.username, "wrong-password1")
    assert dialog.error.text() == GENERIC
    assert dialog.password.text() == ""
    assert dialog.user is None and dialog.isVisible()


def test_an_unknown_user_gets_the_same_message_as_a_wrong_password(
    qtbot, office_db: OfficeDb
) -> None:
    dialog = _dialog(qtbot, office_db)
    _try(qtbot, dialog, "nobody", office_db.password)
    assert dialog.error.text() == GENERIC


def test_after_five_failures_even_the_right_password_is_refused_for_a_while(
    qtbot, office_db: OfficeDb
) -> None:
    dialog = _dialog(qtbot, office_db)
    for _ in range(MAX_FAILED):
        _try(qtbot, dialog, office_db.username, "wrong-password1")
    _try(qtbot, dialog, office_db.username, office_db.password)
    assert dialog.user is None
    assert "bağlanıb" in dialog.error.text()


def test_a_prefilled_user_name_puts_the_cursor_in_the_password(qtbot, office_db: OfficeDb) -> None:
    dialog = _dialog(qtbot, office_db, username="admin")
    qtbot.waitUntil(lambda: dialog.password.hasFocus() or dialog.focusWidget() is dialog.password)
    assert dialog.username.text() == "admin"
