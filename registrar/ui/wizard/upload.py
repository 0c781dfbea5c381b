"""An upload slot: choose or drop jpg/png/pdf files; previews; the service's errors in red."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services import evidence
from registrar.services.errors import RegistrarError

if TYPE_CHECKING:
    from registrar.services.intake import StoredFile

log = logging.getLogger(__name__)

THUMB_SIDE = 72
SLOT_STYLE = """
QFrame#uploadSlot { border: 1px dashed palette(mid); border-radius: 4px; }
QFrame#uploadSlot[dragging="true"] { border: 2px dashed #1f4e79; background: #eef4fa; }
"""

Attach = Callable[[str, str, bytes], "StoredFile"]  # slot id, file name, bytes
Detach = Callable[[str, str], None]  # slot id, sha256
Fetch = Callable[[str], bytes]  # sha256 -> bytes


def _t(text: str) -> str:
    return QCoreApplication.translate("UploadSlot", text)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


class FileRow(QWidget):
    """One attached file: preview (image thumbnail or PDF page count), name, remove button."""

    remove_requested = Signal(str)  # sha256

    def __init__(self, stored: StoredFile, data: bytes | None) -> None:
        super().__init__()
        self.stored = stored
        self.setObjectName(f"{stored.slot_id}.file")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.pages: int | None = None
        self._fill_preview(data)
        self.name = QLabel(f"{stored.file_name} ({_size_text(stored.size)})")
        self.name.setWordWrap(True)
        self.remove = QPushButton(_t("Sil"))  # proposed string
        self.remove.setObjectName("btn.remove_file")
        self.remove.setAccessibleName(_t("Sil") + " " + stored.file_name)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(stored.sha256))
        layout.addWidget(self.preview)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.remove)

    def _fill_preview(self, data: bytes | None) -> None:
        if data is None:
            self.preview.setText("?")
            return
        try:
            if self.stored.mime == evidence.MIME_PDF:
                self.pages = evidence.inspect_file(data, self.stored.file_name).pages
                # proposed string
                self.preview.setText(_t("PDF\n{n} səh.").replace("{n}", str(self.pages)))
                self.preview.setToolTip(
                    _t("{n} səhifə").replace("{n}", str(self.pages))  # proposed string
                )
                return
            png = evidence.thumbnail_png(data, THUMB_SIDE)
        except RegistrarError as error:
            self.preview.setText("!")
            self.preview.setToolTip(str(error))
            return
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png, "PNG"):
            self.preview.setPixmap(pixmap)


class UploadSlot(QFrame):
    """A document slot. Files go to the service at once (checked by content, stored by hash).

    The slot's objectName is its slot id. `add_path` is what the file dialog and a drop do.
    """

    files_changed = Signal()

    def __init__(
        self,
        slot_id: str,
        label: str,
        *,
        required: bool,
        multiple: bool,
        attach: Attach,
        detach: Detach,
        fetch: Fetch,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slot_id = slot_id
        self.required = required
        self.multiple = multiple
        self._attach, self._detach, self._fetch = attach, detach, fetch
        self.setObjectName("uploadSlot")
        self.setProperty("slot", slot_id)
        self.setStyleSheet(SLOT_STYLE)
        self.setAcceptDrops(True)
        self.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        self.caption = QLabel(f"{label} *" if required else label)
        self.caption.setWordWrap(True)
        self.types = QLabel(_t("jpg, png, pdf"))
        self.types.setProperty("role", "hint")
        self.choose = QPushButton(_t("Fayl seçin…"))  # proposed string
        self.choose.setObjectName(slot_id)
        self.choose.setAccessibleName(label)
        self.choose.clicked.connect(self._on_choose)
        head.addWidget(self.caption, 1)
        head.addWidget(self.types)
        head.addWidget(self.choose)
        layout.addLayout(head)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.error = QLabel()
        self.error.setObjectName(f"{slot_id}.error")
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.rows: list[FileRow] = []

    # --- state ---------------------------------------------------------------------------

    def set_files(self, files: Sequence[StoredFile]) -> None:
        """Show files already stored (a reopened draft)."""
        for row in self.rows:
            row.hide()
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for stored in files:
            self._add_row(stored)
        self._update_choose()

    def files(self) -> list[StoredFile]:
        return [row.stored for row in self.rows]

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.setProperty("invalid", "true" if message else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    # --- adding and removing ------------------------------------------------------------

    def add_path(self, path: Path) -> bool:
        """Attach a file from disk; False (and a red message) if it is refused."""
        try:
            data = path.read_bytes()
        except OSError:
            self.show_error(_t("Fayl oxunmur."))  # proposed string
            return False
        return self.add_bytes(path.name, data)

    def add_bytes(self, file_name: str, data: bytes) -> bool:
        try:
            stored = self._attach(self.slot_id, file_name, data)
        except RegistrarError as error:
            self.show_error(str(error))
            return False
        self.show_error("")
        if not self.multiple:
            for row in list(self.rows):
                if row.stored.sha256 != stored.sha256:
                    self._remove(row.stored.sha256, announce=False)
        if all(row.stored.sha256 != stored.sha256 for row in self.rows):
            self._add_row(stored, data)
        self._update_choose()
        self.files_changed.emit()
        return True

    def _add_row(self, stored: StoredFile, data: bytes | None = None) -> None:
        if data is None:
            try:
                data = self._fetch(stored.sha256)
            except RegistrarError:
                data = None
        row = FileRow(stored, data)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_box.addWidget(row)

    def _remove(self, sha256: str, announce: bool = True) -> None:
        try:
            self._detach(self.slot_id, sha256)
        except RegistrarError as error:
            self.show_error(str(error))
            return
        for row in list(self.rows):
            if row.stored.sha256 == sha256:
                self.rows.remove(row)
                row.hide()
                self.rows_box.removeWidget(row)
                row.deleteLater()
        self._update_choose()
        if announce:
            self.files_changed.emit()
            self.choose.setFocus()

    def _update_choose(self) -> None:
        self.choose.setEnabled(self.multiple or not self.rows)

    # --- file dialog and drag-and-drop --------------------------------------------------

    def _on_choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.caption.text(),
            "",
            _t("Sənədlər (*.jpg *.jpeg *.png *.pdf)"),  # proposed string
        )
        for name in names if self.multiple else names[:1]:
            self.add_path(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.choose.isEnabled():
            event.acceptProposedAction()
            self._set_dragging(True)

    def dragLeaveEvent(self, event: object) -> None:
        self._set_dragging(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dragging(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        for path in paths if self.multiple else paths[:1]:
            self.add_path(path)
        event.acceptProposedAction()

    def _set_dragging(self, dragging: bool) -> None:
        self.setProperty("dragging", "true" if dragging else "false")
        self.style().unpolish(self)
        self.style().polish(self)
