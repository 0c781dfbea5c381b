"""The sign-in dialog: user name and password, checked by the staff service (argon2id)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Workspace
from registrar.services.errors import RegistrarError
from registrar.services.staff import StaffRow, sign_in
from registrar.ui.widgets import APP_NAME, DEMO_MARK, ErrorLabel, app_icon, password_edit


class SignInDialog(QDialog):
    """Accepted once the service accepts the password; `user` then holds who signed in.

    Failures show the service's message, which never says whether the user name or the
    password was wrong; the service locks the account after repeated failures.
    """

    signed_in = Signal(object)  # StaffRow

    def __init__(
        self,
        workspace: Workspace,
        *,
        institution: str = "",
        username: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.user: StaffRow | None = None
        title = self.tr("Giriş")
        if workspace.demo:
            title = f"{title} — {DEMO_MARK}"
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        heading = QLabel(self.tr("Giriş"))
        heading.setObjectName("heading")
        heading.setStyleSheet("QLabel#heading { font-size: 18pt; font-weight: 600; }")
        self.institution = QLabel(institution)
        self.institution.setWordWrap(True)
        self.demo_mark = QLabel(DEMO_MARK)
        self.demo_mark.setObjectName("demoMark")
        self.demo_mark.setStyleSheet(
            "QLabel#demoMark { color: white; background: #b3261e; padding: 2px 8px;"
            " font-weight: 700; border-radius: 3px; }"
        )
        self.demo_mark.setVisible(workspace.demo)

        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("İstifadəçi adı"))  # proposed string
        self.password = password_edit(self.tr("Şifrə"))
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))
        self.error = ErrorLabel()

        self.continue_button = QPushButton(self.tr("DAVAM ET >"))
        self.continue_button.setAccessibleName(self.tr("Daxil ol"))  # proposed string
        self.continue_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Ləğv et"))  # proposed string
        self.cancel_button.setAccessibleName(self.tr("Ləğv et"))  # proposed string

        form = QFormLayout()
        form.addRow(self.tr("İstifadəçi adı:"), self.username)  # proposed string
        form.addRow(self.tr("Şifrə:"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.continue_button)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.demo_mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.institution)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.continue_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        """Ask the service; on success accept, else show its message and clear the password."""
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            # proposed string
            self.error.show_message(self.tr("İstifadəçi adını və şifrəni daxil edin."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            user = sign_in(self._workspace, username, password)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.user = user
        self.error.clear_message()
        self.signed_in.emit(user)
        self.accept()
