"""Small pieces the dialogs share: icons, the inline error label, message boxes, number formats."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from registrar.paths import resource

DEMO_MARK = "NÜMUNƏ / DEMO"  # the exact text on the title bar, status bar and every page
APP_NAME = "Registrar Desk"


def icon(name: str) -> QIcon:
    """An icon from resources/icons/ (an empty icon if the file is missing)."""
    path = resource("icons", name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("registrar.svg")


class ErrorLabel(QLabel):
    """An inline, red, word-wrapped message under a form; empty (and hidden) when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel#errorLabel { color: #b3261e; }")
        self.setAccessibleName(QCoreApplication.translate("ErrorLabel", "Xəta"))  # proposed string
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """A modal error message whose button reads in the interface language."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    close = box.addButton(
        QCoreApplication.translate("Messages", "Bağla"),  # proposed string
        QMessageBox.ButtonRole.AcceptRole,
    )
    close.setAccessibleName(close.text())
    box.exec()


def format_count(value: int) -> str:
    """12345 -> '12 345' (a non-breaking space groups thousands, as Azerbaijani text does)."""
    return f"{value:,}".replace(",", "\u00a0")


def format_local_time(moment: datetime) -> str:
    """A timestamp in the workstation's time zone, as dd.mm.yyyy HH:MM."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
