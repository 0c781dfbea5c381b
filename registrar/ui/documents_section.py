"""The documents section: the issued-documents register, issue with preview, print, save,
cancel, verify, batch print of a day's orders; the template editor and blank calibration."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services import roles
from registrar.services.documents import (
    ORDER_DOCUMENT,
    DocumentService,
    DocumentView,
    issuable_kinds,
)
from registrar.services.errors import RegistrarError
from registrar.services.letters import get_kind
from registrar.ui.documents.calibration import CalibrationDialog
from registrar.ui.documents.dialogs import BatchDialog, VerifyDialog
from registrar.ui.documents.preview import PdfPreview
from registrar.ui.documents.template_editor import TemplateEditor
from registrar.ui.sections import Section, SectionContext
from registrar.ui.tasks import TaskRunner
from registrar.ui.widgets import ErrorLabel

COLUMNS = ("Nömrə", "Sənəd", "Tarix", "Sahibi", "Vəziyyət")  # proposed strings


class DocumentsPage(QWidget):
    """Register on the left, the PDF on the right; actions above."""

    def __init__(
        self, service: DocumentService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = tasks
        self.kind = QComboBox(self)
        for kind in issuable_kinds():
            self.kind.addItem(get_kind(kind).title_az, kind)
        self.kind.setAccessibleName(self.tr("Sənədin növü"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Müraciətin, tələbənin və ya əmrin nömrəsi"))
        self.reference.setAccessibleName(self.tr("Qeydin nömrəsi"))
        self.preview_button = QPushButton(self.tr("Baxış"), self)
        self.issue_button = QPushButton(self.tr("Sənədi ver"), self)
        self.cancel_button = QPushButton(self.tr("Ləğv et"), self)
        self.verify_button = QPushButton(self.tr("Kodu yoxla"), self)
        self.batch_button = QPushButton(self.tr("Günün əmrlərini çap et"), self)
        self.calibrate_button = QPushButton(self.tr("Blankın kalibrlənməsi"), self)
        self.batch_kind = QComboBox(self)
        for kind in dict.fromkeys(ORDER_DOCUMENT.values()):
            self.batch_kind.addItem(get_kind(kind).title_az, kind)
        self.batch_date = QDateEdit(self)
        self.batch_date.setCalendarPopup(True)
        self.batch_date.setDisplayFormat("dd.MM.yyyy")
        self.batch_date.setDate(QDate.currentDate())
        self.batch_date.setAccessibleName(self.tr("Əmrlərin tarixi"))  # proposed string
        self.error = ErrorLabel(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Verilmiş sənədlərin reyestri"))  # proposed string
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = PdfPreview(self)
        issue_row = QHBoxLayout()
        for widget in (self.kind, self.reference, self.preview_button, self.issue_button):
            issue_row.addWidget(widget)
        issue_row.setStretch(1, 1)
        tools_row = QHBoxLayout()
        for tool in (
            self.cancel_button,
            self.verify_button,
            self.batch_kind,
            self.batch_date,
            self.batch_button,
            self.calibrate_button,
        ):
            tools_row.addWidget(tool)
        tools_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(issue_row)
        layout.addLayout(tools_row)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.preview_button.clicked.connect(self.show_draft)
        self.issue_button.clicked.connect(self.issue)
        self.reference.returnPressed.connect(self.show_draft)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.verify_button.clicked.connect(self.open_verify)
        self.batch_button.clicked.connect(self.batch_of_day)
        self.calibrate_button.clicked.connect(self.open_calibration)
        self.rows: list[DocumentView] = []
        self.refresh()

    # ---- register ----------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.rows = self.service.rows()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            state = self.tr("Ləğv edilib") if row.cancelled else self.tr("Qüvvədədir")
            cells = (
                row.number,
                row.title,
                f"{row.issued_on:%d.%m.%Y}",
                row.holder_initials or "",
                state,
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    # ---- issuing -----------------------------------------------------------------------

    def _subject(self) -> tuple[str, uuid.UUID] | None:
        kind = str(self.kind.currentData())
        try:
            return kind, self.service.find_subject(kind, self.reference.text())
        except RegistrarError as error:
            self.error.show_message(str(error))
            return None

    def show_draft(self) -> None:
        """The document as it would print, without number or code (nothing stored)."""
        found = self._subject()
        if found is None:
            return
        try:
            pdf = self.service.preview(*found)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.preview.set_pdf(pdf, self.tr("Baxış: nömrəsiz layihə"))

    def issue(self) -> None:
        found = self._subject()
        if found is None:
            return
        try:
            issued = self.service.issue(*found)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.preview.set_pdf(issued.pdf, f"{issued.document.number} · {issued.code}")
        self.refresh()

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.error.show_message(self.tr("Ləğv ediləcək sənədi seçin."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Sənədi ləğv et"), self.tr("{number}: səbəb").format(number=row.number)
        )
        if not ok:
            return
        self.cancel_document(row.id, reason)

    def cancel_document(self, document_id: uuid.UUID, reason: str) -> bool:
        try:
            self.service.cancel(document_id, reason)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return False
        self.error.clear_message()
        self.refresh()
        return True

    def open_verify(self) -> None:
        VerifyDialog(self.service, self).exec()

    def open_calibration(self) -> None:
        CalibrationDialog(self.service, self).exec()

    def batch_of_day(self) -> BatchDialog | None:
        kind = str(self.batch_kind.currentData())
        day: date = self.batch_date.date().toPython()  # type: ignore[assignment]
        try:
            ids = self.service.orders_on(kind, day)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return None
        if not ids:
            self.error.show_message(self.tr("Bu günün çap edilməmiş əmri yoxdur."))
            return None
        return self.start_batch(kind, ids, modal=True)

    def start_batch(self, kind: str, ids: list[uuid.UUID], *, modal: bool) -> BatchDialog:
        def done(views: list[DocumentView], pdf: bytes) -> None:
            caption = f"{views[0].number} … {views[-1].number}" if views else ""
            self.preview.set_pdf(pdf, caption)
            self.refresh()

        dialog = BatchDialog(self.service, self.tasks, kind, ids, on_done=done, parent=self)
        if modal:
            dialog.exec()
        else:
            dialog.setModal(True)
            dialog.show()
        return dialog

    def release(self) -> None:
        self.preview.release()


class TemplatesDialog(QDialog):
    """The template editor in its own window (administrators)."""

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sənəd şablonları"))
        self.editor = TemplateEditor(service, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)


def _documents(context: SectionContext) -> QWidget:
    service = DocumentService(context.workspace, context.user.actor())
    return DocumentsPage(service, context.tasks)


def _templates(context: SectionContext) -> QWidget:
    return TemplateEditor(DocumentService(context.workspace, context.user.actor()))


def sections() -> tuple[Section, ...]:
    """For `builtin_sections()`: the register (document.view) and the templates (admins)."""
    return (
        Section(
            key="documents",
            title=str(QT_TRANSLATE_NOOP("Sections", "Sənədlər")),  # proposed string
            icon="registrar.svg",
            factory=_documents,
            roles=roles.roles_for(roles.DOCUMENT_VIEW),
        ),
        Section(
            key="document_templates",
            title=str(QT_TRANSLATE_NOOP("Sections", "Sənəd şablonları")),  # proposed string
            icon="registrar.svg",
            factory=_templates,
            roles=roles.roles_for(roles.SETTINGS_CHANGE),
        ),
    )
