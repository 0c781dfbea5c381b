"""The template editor (administrators): the text, its errors by line and placeholder, a live
preview from the kind's sample data."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from registrar.services.documents import DocumentService
from registrar.services.errors import RegistrarError
from registrar.services.letters import KINDS, validate_template
from registrar.services.letters.samples import render_preview
from registrar.ui.documents.preview import PdfPreview
from registrar.ui.widgets import ErrorLabel, show_error

PREVIEW_DELAY_MS = 400


def error_text(error: RegistrarError) -> str:
    """`Sətir 12: unknown placeholder 'x' (x)` — the line and the placeholder at fault."""
    where = f"Sətir {error.line}: " if error.line else ""
    message = re.sub(r"^line \d+: ", "", error.message)
    field = f" ({error.field})" if error.field and error.field not in message else ""
    return f"{where}{message}{field}"


class TemplateEditor(QWidget):
    """Edit a kind's template; the preview follows as you type; a broken one cannot be saved."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.kind = QComboBox(self)
        for spec in KINDS:
            self.kind.addItem(f"{spec.title_az} ({spec.id})", spec.id)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setAccessibleName(self.tr("Şablonun mətni"))
        self.error = ErrorLabel(self)
        self.preview = PdfPreview(self)
        self.save_button = QPushButton(self.tr("Yadda saxla"), self)  # proposed string
        self.reset_button = QPushButton(self.tr("İlkin şablonu bərpa et"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.load)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.kind)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.valid = False
        self.load()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def load(self) -> None:
        try:
            text = self._service.template(self.current_kind())
        except RegistrarError as error:
            show_error(self, self.tr("Şablon"), str(error))
            return
        self.editor.setPlainText(text)
        self.refresh()

    def refresh(self) -> None:
        """Check the text; show the error with its line, or the preview."""
        self._timer.stop()
        kind, text = self.current_kind(), self.editor.toPlainText()
        try:
            validate_template(kind, text)
            pdf = render_preview(kind, text)
        except RegistrarError as error:
            self.valid = False
            self.error.show_message(error_text(error))
            self._mark_line(error.line)
            self.save_button.setEnabled(False)
            return
        self.valid = True
        self.error.clear_message()
        self.save_button.setEnabled(True)
        self.preview.set_pdf(pdf)

    def _mark_line(self, line: int | None) -> None:
        if not line:
            return
        block = self.editor.document().findBlockByNumber(line - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)

    def save(self) -> None:
        self.refresh()
        if not self.valid:
            return
        try:
            self._service.save_template(self.current_kind(), self.editor.toPlainText())
        except RegistrarError as error:
            show_error(self, self.tr("Şablon"), str(error))

    def reset(self) -> None:
        try:
            self._service.save_template(self.current_kind(), None)
        except RegistrarError as error:
            show_error(self, self.tr("Şablon"), str(error))
            return
        self.load()

    def release(self) -> None:
        self.preview.release()
