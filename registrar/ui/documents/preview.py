"""A PDF preview (QtPdf) with print at 100 % and save as PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.ui.widgets import show_error

log = logging.getLogger(__name__)
POINTS_PER_INCH = 72.0


def load_pdf(document: QPdfDocument, data: bytes) -> QBuffer:
    """Load bytes into `document`; the returned buffer must live as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page at 100 %: each page rendered at the printer's resolution at its own
    size, placed at the paper's corner (full-page mode, no fit-to-page). Returns pages printed."""
    printer.setFullPage(True)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(
                round(size.width() * dpi / POINTS_PER_INCH),
                round(size.height() * dpi / POINTS_PER_INCH),
            )
            image = document.render(index, pixels)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
    return int(document.pageCount())


class PdfPreview(QWidget):
    """Shows PDF bytes; Çap et prints at 100 % through the system dialog, Saxla saves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument()  # no parent: the view must not own it (ENVIRONMENT)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.caption = QLabel(self)
        self.print_button = QPushButton(self.tr("Çap et"), self)  # proposed string
        self.save_button = QPushButton(self.tr("PDF kimi saxla"), self)  # proposed string
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable()

    def set_pdf(self, data: bytes, caption: str = "") -> None:
        self.document.close()
        self._data = data
        self._buffer = load_pdf(self.document, data) if data else None
        self.caption.setText(caption)
        self._enable()

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _enable(self) -> None:
        self.print_button.setEnabled(bool(self._data))
        self.save_button.setEnabled(bool(self._data))

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.document, printer)
        except OSError as error:
            show_error(self, self.tr("Çap"), str(error))

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("PDF kimi saxla"), "", self.tr("PDF sənədləri (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self._data)
        except OSError as error:
            show_error(self, self.tr("Saxla"), error.strerror or str(error))

    def release(self) -> None:
        """Detach the document before teardown (ENVIRONMENT.md: QPdfDocument ownership)."""
        self.view.setDocument(None)  # type: ignore[arg-type]
        self.document.close()
