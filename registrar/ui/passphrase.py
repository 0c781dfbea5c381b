"""The passphrase prompt, used only where no keyring exists to keep the database key.

The passphrase itself becomes the SQLCipher key: it is handed to `opener` and kept in memory
by the caller, never written anywhere. A new database asks twice, an existing one once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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

from registrar.services.errors import RegistrarError
from registrar.ui.widgets import APP_NAME, ErrorLabel, app_icon, password_edit

MIN_LENGTH = 10


class PassphraseDialog(QDialog):
    """Calls `opener(passphrase)` on OK; stays open with the error while it raises."""

    def __init__(
        self,
        opener: Callable[[str], object],
        *,
        new: bool,
        database_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._new = new
        self.opened: object = None
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("Şifrə ifadəsi"))  # proposed string
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)

        if new:
            # proposed string
            text = self.tr(
                "Bu kompüterdə açarları saxlamaq üçün keyring yoxdur. Yeni verilənlər bazası "
                "{name} sizin şifrə ifadənizlə şifrələnəcək. Şifrə ifadəsi heç yerdə "
                "saxlanılmır: onu unutsanız, bazanı açmaq mümkün olmayacaq."
            )
        else:
            # proposed string
            text = self.tr(
                "Bu kompüterdə keyring yoxdur. {name} bazasını açmaq üçün şifrə ifadəsini "
                "daxil edin."
            )
        explanation = QLabel(text.replace("{name}", database_name))
        explanation.setWordWrap(True)
        self.passphrase = password_edit(self.tr("Şifrə ifadəsi"))  # proposed string
        self.passphrase_repeat = password_edit(
            self.tr("Şifrə ifadəsinin təkrarı")  # proposed string
        )
        self.error = ErrorLabel()
        self.ok_button = QPushButton(self.tr("DAVAM ET >"))
        self.ok_button.setAccessibleName(self.tr("Bazanı aç"))  # proposed string
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Ləğv et"))  # proposed string
        self.cancel_button.setAccessibleName(self.tr("Ləğv et"))  # proposed string

        form = QFormLayout()
        form.addRow(self.tr("Şifrə ifadəsi:"), self.passphrase)  # proposed string
        if new:
            # proposed string
            form.addRow(self.tr("Şifrə ifadəsinin təkrarı:"), self.passphrase_repeat)
        else:
            self.passphrase_repeat.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    @property
    def asks_twice(self) -> bool:
        return self._new

    def show_message(self, text: str) -> None:
        self.error.show_message(text)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if self._new:
            if len(passphrase) < MIN_LENGTH:
                # proposed string
                message = self.tr("Şifrə ifadəsi ən azı {n} simvol olmalıdır.")
                self.error.show_message(message.replace("{n}", str(MIN_LENGTH)))
                return
            if passphrase != self.passphrase_repeat.text():
                self.error.show_message(self.tr("Şifrə ifadələri eyni deyil."))  # proposed string
                self.passphrase_repeat.clear()
                self.passphrase_repeat.setFocus()
                return
        elif not passphrase:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.opened = self._opener(passphrase)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.passphrase_repeat.clear()
        self.accept()
