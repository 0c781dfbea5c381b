"""The read-only application detail: answers, documents in place, history and the P16 timeline."""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from registrar.services.intake_types import StatusView
from registrar.services.review import ApplicationDetail, DocumentRow
from registrar.ui.widgets import format_local_time

log = logging.getLogger(__name__)

ZOOM_STEP: Final = 1.25
STEP_COLOURS: Final = {"done": "#2e7d32", "current": "#f2b134", "todo": "#9e9e9e"}


class ImageViewer(QWidget):
    """An image in a QGraphicsView with zoom buttons (and Ctrl+wheel); starts fitted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("Şəkil"))  # proposed string
        self.view.wheelEvent = self._wheel  # type: ignore[method-assign]
        self._item: QGraphicsPixmapItem | None = None
        self._fitted = True
        # proposed strings
        self.zoom_in_button = QPushButton(self.tr("Böyüt"))
        self.zoom_out_button = QPushButton(self.tr("Kiçilt"))
        self.fit_button = QPushButton(self.tr("Pəncərəyə sığdır"))
        self.actual_button = QPushButton("100%")
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit)
        self.actual_button.clicked.connect(self.actual_size)
        buttons = QHBoxLayout()
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.actual_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_image(self, data: bytes) -> bool:
        image = QImage.fromData(data)
        self.scene.clear()
        self._item = None
        if image.isNull():
            return False
        self._item = self.scene.addPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self._item.boundingRect())
        self.fit()
        return True

    def scale(self) -> float:
        return self.view.transform().m11()

    def zoom_in(self) -> None:
        self._fitted = False
        self.view.scale(ZOOM_STEP, ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fitted = False
        self.view.scale(1 / ZOOM_STEP, 1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fitted = False
        self.view.resetTransform()

    def fit(self) -> None:
        self._fitted = True
        if self._item is not None:
            self.view.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def _wheel(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            QGraphicsView.wheelEvent(self.view, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()


class PdfViewer(QWidget):
    """A PDF in a QPdfView, multi-page, with zoom buttons.

    The QPdfDocument has no Qt parent and is held here; the view lets go of it first on
    teardown (ENVIRONMENT.md: a parented document crashes at exit).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("PDF sənəd"))  # proposed string
        self.view.setDocument(self.document)
        # proposed strings
        self.zoom_in_button = QPushButton(self.tr("Böyüt"))
        self.zoom_out_button = QPushButton(self.tr("Kiçilt"))
        self.fit_button = QPushButton(self.tr("Enə sığdır"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.pages = QLabel()
        buttons = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_pdf(self, data: bytes) -> bool:
        self.document.close()
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = bool(self.document.status() == QPdfDocument.Status.Ready)
        # proposed string
        self.pages.setText(self.tr("Səhifə sayı: ") + str(self.document.pageCount()) if ok else "")
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return ok

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def release(self) -> None:
        """Close the document (the view keeps a pointer to it; the document outlives the view,
        being held by this Python object, so the view is never left pointing at nothing)."""
        self.document.close()


class DocumentViewer(QStackedWidget):
    """Shows one document in place: images zoomable, PDFs in the PDF viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel(self.tr("Sənəd seçin."))  # proposed string
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = ImageViewer()
        self.pdf = PdfViewer()
        self.unreadable = QLabel(self.tr("Faylı göstərmək mümkün olmadı."))  # proposed string
        self.unreadable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.empty, self.image, self.pdf, self.unreadable):
            self.addWidget(widget)

    def show_document(self, document: DocumentRow, data: bytes) -> None:
        if document.is_pdf:
            shown = self.pdf.set_pdf(data)
            self.setCurrentWidget(self.pdf if shown else self.unreadable)
        else:
            shown = self.image.set_image(data)
            self.setCurrentWidget(self.image if shown else self.unreadable)

    def clear(self) -> None:
        self.setCurrentWidget(self.empty)

    def release(self) -> None:
        self.pdf.release()


class TimelineWidget(QFrame):
    """P16 as the applicant sees it: the progress steps, the status and the last message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setStyleSheet(
            "QFrame#timeline { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.steps = QHBoxLayout()
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ümumi məlumatlar"))  # spec P16 (general.title)
        title.setStyleSheet("font-weight: 600; color: #1f4e79;")
        layout.addWidget(title)
        layout.addLayout(self.steps)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        self.step_labels: list[QLabel] = []

    def set_view(self, view: StatusView) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # deleteLater waits for the event loop; never paint the old one
                widget.setParent(None)
                widget.deleteLater()
        self.step_labels = []
        for position, (label, state) in enumerate(view.steps):
            if position:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #9e9e9e; font-size: 14pt;")
                self.steps.addWidget(arrow)
            step = QLabel(label)
            step.setProperty("state", state)
            colour = STEP_COLOURS.get(state, "#9e9e9e")
            weight = 600 if state == "current" else 400
            step.setStyleSheet(
                f"QLabel {{ border: 2px solid {colour}; border-radius: 10px; padding: 3px 10px;"
                f" font-weight: {weight}; }}"
            )
            step.setAccessibleName(f"{label}: {state}")
            self.step_labels.append(step)
            self.steps.addWidget(step)
        self.steps.addStretch(1)
        self.status.setText(self.tr("Status: ") + view.status_label_az)  # proposed string
        if view.last_message:
            when = format_local_time(view.last_message_at) if view.last_message_at else ""
            self.message.setText(f"{when} — {view.last_message}" if when else view.last_message)
        else:
            self.message.setText("")
        self.message.setVisible(bool(view.last_message))


class ApplicationDetailView(QWidget):
    """The confirmed application, read-only, with the wizard's labels; decision buttons below.

    The owner loads documents on request: `document_requested` carries the DocumentRow, and
    the owner answers with `show_document(row, data)`.
    """

    document_requested = Signal(object)  # DocumentRow
    decision_requested = Signal(str)  # accept | reject | more_documents
    reversal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ApplicationDetail | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = TimelineWidget()

        self.answers = QWidget()
        self.answers_layout = QVBoxLayout(self.answers)
        answers_scroll = QScrollArea()
        answers_scroll.setWidgetResizable(True)
        answers_scroll.setWidget(self.answers)

        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Sənədlər"))  # proposed string
        self.documents.setMaximumWidth(260)
        self.viewer = DocumentViewer()
        documents_page = QSplitter()
        documents_page.addWidget(self.documents)
        documents_page.addWidget(self.viewer)
        documents_page.setStretchFactor(1, 1)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Tarixçə"))  # proposed string
        self.history.setWordWrap(True)

        self.tabs = QTabWidget()
        # proposed strings
        self.tabs.addTab(answers_scroll, self.tr("Məlumatlar"))
        self.tabs.addTab(documents_page, self.tr("Sənədlər"))
        self.tabs.addTab(self.history, self.tr("Tarixçə"))

        # proposed strings
        self.accept_button = QPushButton(self.tr("Qəbul et"))
        self.reject_button = QPushButton(self.tr("İmtina et"))
        self.more_button = QPushButton(self.tr("Əlavə sənəd istə"))
        self.reverse_button = QPushButton(self.tr("Qərarı ləğv et"))
        self.accept_button.clicked.connect(lambda: self.decision_requested.emit("accept"))
        self.reject_button.clicked.connect(lambda: self.decision_requested.emit("reject"))
        self.more_button.clicked.connect(lambda: self.decision_requested.emit("more_documents"))
        self.reverse_button.clicked.connect(self.reversal_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.more_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reverse_button)
        self.can_decide = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.documents.currentRowChanged.connect(self._on_document_chosen)
        self.set_detail(None)

    def set_detail(self, detail: ApplicationDetail | None) -> None:
        self.detail = detail
        self.documents.clear()
        self.history.clear()
        self.viewer.clear()
        while self.answers_layout.count():
            item = self.answers_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # deleteLater waits for the event loop; never paint the old one
                widget.setParent(None)
                widget.deleteLater()
        if detail is None:
            self.heading.setText(self.tr("Müraciət seçilməyib"))  # proposed string
            self.subheading.setText("")
            self.timeline.setVisible(False)
            self.tabs.setEnabled(False)
            self._update_buttons()
            return
        self.timeline.setVisible(True)
        self.tabs.setEnabled(True)
        self.heading.setText(f"{detail.number or '—'} · {detail.applicant}")
        parts = [detail.key]
        if detail.confirmed_at:
            parts.append(self.tr("təsdiq: ") + format_local_time(detail.confirmed_at))
        if detail.reviewer_name:
            parts.append(self.tr("baxan: ") + detail.reviewer_name)  # proposed string
        self.subheading.setText(" · ".join(parts))
        self.timeline.set_view(detail.timeline)
        for section in detail.sections:
            box = QGroupBox(section.title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for row in section.rows:
                value = QLabel(row.value)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setObjectName(row.field_id)
                label = QLabel(row.label)
                label.setBuddy(value)
                form.addRow(label, value)
            self.answers_layout.addWidget(box)
        self.answers_layout.addStretch(1)
        for document in detail.documents:
            entry = QListWidgetItem(f"{document.title}\n{document.file_name}")
            entry.setToolTip(f"{document.mime}, {document.size} B, SHA-256 {document.sha256}")
            self.documents.addItem(entry)
        for event in detail.history:
            text = f"{format_local_time(event.at)} — {event.status_label}"
            if event.actor:
                text += f" ({event.actor})"
            if event.reverses is not None:
                text += " — " + self.tr("əvvəlki qərar ləğv edildi")  # proposed string
            if event.reason:
                text += f"\n{event.reason}"
            self.history.addItem(text)
        self._update_buttons()

    def set_can_decide(self, allowed: bool) -> None:
        """Whether the signed-in role may decide (the service checks again)."""
        self.can_decide = allowed
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail
        open_ = detail is not None and detail.open and self.can_decide
        for button in (self.accept_button, self.reject_button, self.more_button):
            button.setEnabled(open_)
        self.reverse_button.setEnabled(
            detail is not None and detail.reversible is not None and self.can_decide
        )

    def show_document(self, document: DocumentRow, data: bytes) -> None:
        self.viewer.show_document(document, data)

    def open_document(self, position: int) -> None:
        self.tabs.setCurrentIndex(1)
        self.documents.setCurrentRow(position)

    def _on_document_chosen(self, row: int) -> None:
        if self.detail is None or not 0 <= row < len(self.detail.documents):
            self.viewer.clear()
            return
        self.document_requested.emit(self.detail.documents[row])

    def release(self) -> None:
        self.viewer.release()
