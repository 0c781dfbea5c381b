"""Dialogs of the review section: a decision with its required reason, and assignment."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.review import MAX_REASON, Option
from registrar.ui.widgets import ErrorLabel


class ReasonDialog(QDialog):
    """Asks for the reason of a decision; OK stays disabled until a reason is written."""

    def __init__(
        self, title: str, prompt: str, confirm: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Səbəb"))  # proposed string
        self.reason.setPlaceholderText(self.tr("Səbəbi yazın (mütləqdir)."))  # proposed string
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            confirm, QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(
            self.tr("Ləğv et"), QDialogButtonBox.ButtonRole.RejectRole
        )  # proposed string
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def show_error(self, message: str) -> None:
        self.error.show_message(message)

    def _update(self) -> None:
        text = self.text()
        self.ok_button.setEnabled(bool(text) and len(text) <= MAX_REASON)

    def _on_accept(self) -> None:
        if self.text():
            self.accept()


class AssignDialog(QDialog):
    """Chooses the reviewer for the selected applications (or none)."""

    def __init__(self, reviewers: list[Option], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Əməkdaşa təyin et"))  # proposed string
        self.reviewer = QComboBox()
        self.reviewer.setAccessibleName(self.tr("Baxan əməkdaş"))  # proposed string
        for option in reviewers:
            self.reviewer.addItem(option.label, option.id)
        self.reviewer.addItem(self.tr("Təyinatı götür"), None)  # proposed string
        label = QLabel(self.tr("Seçilmiş müraciətlər: ") + str(count))  # proposed string
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Təyin et"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(ok.text())
        cancel = buttons.addButton(self.tr("Ləğv et"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reviewer)
        layout.addWidget(buttons)

    def chosen(self) -> uuid.UUID | None:
        value = self.reviewer.currentData()
        return value if isinstance(value, uuid.UUID) else None
