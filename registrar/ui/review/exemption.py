"""The fee-exemption evidence review: the request, every file beside the required list, states.

Opened from the application's detail as `ExemptionReviewWidget(service, actor, application_id)`.
Each document gets a state (accepted; not accepted or requested again, each with a reason);
the decision buttons stay disabled until every required document is decided, and the service
refuses the decision anyway. Calls are short reads and writes, made on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.services import exemption_review as X
from registrar.services import field_ids as F
from registrar.services.context import Actor
from registrar.services.errors import RegistrarError
from registrar.services.exemption_review import (
    DocumentState,
    ExemptionReview,
    ExemptionReviewService,
)
from registrar.ui.review.decision import ReasonDialog
from registrar.ui.review.detail import DocumentViewer
from registrar.ui.widgets import ErrorLabel, format_local_time

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY: Final = Qt.ItemDataRole.DisplayRole
STATE_COLOURS: Final = {
    X.NOT_ANALYSED: "#6b7280",
    X.ACCEPTED: "#1b7f3b",
    X.NOT_ACCEPTED: "#b3261e",
    X.REQUESTED_AGAIN: "#b26a00",
}
STATE_MARKS: Final = {
    X.NOT_ANALYSED: "○",
    X.ACCEPTED: "✔",
    X.NOT_ACCEPTED: "✘",
    X.REQUESTED_AGAIN: "↻",
}


def ask_reason(parent: QWidget, title: str, prompt: str, confirm: str) -> str | None:
    """The reason (or message) typed in a modal dialog; None when cancelled."""
    dialog = ReasonDialog(title, prompt, confirm, parent)
    return dialog.text() if dialog.exec() == ReasonDialog.DialogCode.Accepted else None


class EvidenceTableModel(QAbstractTableModel):
    """The request's documents (and empty required slots) with their current state."""

    # proposed strings (need native review)
    HEADERS: Final = ("Sənəd", "Fayl", "Vəziyyət", "Səbəb")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DocumentState, ...] = ()

    def set_rows(self, rows: tuple[DocumentState, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> DocumentState | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == 0:
                return row.slot_label + (" *" if row.required else "")
            if column == 1:
                return row.document.file_name if row.document else "— (fayl yoxdur)"
            if column == 2:
                return f"{STATE_MARKS.get(row.state, '')} {row.state_label}"
            if column == 3:
                return row.reason or ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(QColor(STATE_COLOURS.get(row.state, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.slot_label]
            if row.actor and row.at:
                parts.append(f"{row.actor}, {format_local_time(row.at)}")
            if row.reason:
                parts.append(row.reason)
            return "\n".join(parts)
        return None


class ExemptionReviewWidget(QWidget):
    """The whole review of one request; `changed` after each recorded state or decision."""

    changed = Signal()
    decided = Signal(str)  # the application's new status

    def __init__(
        self,
        service: ExemptionReviewService,
        actor: Actor,
        application_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._application_id = application_id
        self.review: ExemptionReview | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: 600;")

        # The request: category, sub-answers, notes.
        self.request_box = QGroupBox(F.ATTESTED["fee.title"])
        self.request_form = QFormLayout(self.request_box)
        self.request_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        # The category's required documents with their decided marks.
        self.required_box = QGroupBox(self.tr("Tələb olunan sənədlər"))  # proposed string
        self.required_list = QListWidget()
        self.required_list.setAccessibleName(self.required_box.title())
        self.required_list.setWordWrap(True)
        self.required_list.setMaximumHeight(80)
        QVBoxLayout(self.required_box).addWidget(self.required_list)

        self.model = EvidenceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sübut sənədləri"))  # proposed string
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)

        # proposed strings
        self.accept_button = QPushButton(self.tr("✔ Qəbul et"))
        self.refuse_button = QPushButton(self.tr("✘ Qəbul etmə…"))
        self.again_button = QPushButton(self.tr("↻ Yenidən tələb et…"))
        state_buttons = QHBoxLayout()
        for button in (self.accept_button, self.refuse_button, self.again_button):
            button.setAccessibleName(button.text().lstrip("✔✘↻ ").rstrip("…"))
            state_buttons.addWidget(button)
        state_buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.request_box)
        left_layout.addWidget(self.required_box)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(state_buttons)

        self.viewer = DocumentViewer()
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 560])

        self.gate = QLabel()
        self.gate.setWordWrap(True)
        self.error = ErrorLabel()
        # proposed strings
        self.approve_button = QPushButton(self.tr("Güzəşti təsdiqlə…"))
        self.reject_button = QPushButton(self.tr("Güzəşti təsdiqləmə…"))
        decision = QHBoxLayout()
        decision.addWidget(self.gate, 1)
        decision.addWidget(self.approve_button)
        decision.addWidget(self.reject_button)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(decision)

        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_row_changed)
        self.accept_button.clicked.connect(self._on_accept)
        self.refuse_button.clicked.connect(self._on_refuse)
        self.again_button.clicked.connect(self._on_again)
        self.approve_button.clicked.connect(lambda: self._on_decide(True))
        self.reject_button.clicked.connect(lambda: self._on_decide(False))
        self.reload()

    # -- loading

    def reload(self) -> None:
        """Read the request again (keeps the selected row)."""
        current = self.table.currentIndex().row()
        try:
            review = self._service.review(self._actor, self._application_id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.review = None
            self._update_buttons()
            return
        self.review = review
        self.heading.setText(f"{review.number or '—'} · {review.applicant}")
        self.status.setText(review.status_label)
        self._fill_request(review)
        self.required_list.clear()
        for slot in review.required:
            mark = "✔" if slot.decided else "○"
            item = QListWidgetItem(f"{mark}  {slot.label}")
            item.setForeground(QBrush(QColor("#1b7f3b" if slot.decided else "#6b7280")))
            self.required_list.addItem(item)
        self.model.set_rows(review.documents)
        self.table.resizeRowsToContents()
        if review.documents:
            self.select_document(max(current, 0) if current < len(review.documents) else 0)
        undecided = len(review.undecided)
        if not review.open:
            self.gate.setText(self.tr("Güzəşt üzrə qərar verilib."))  # proposed string
        elif undecided:
            # proposed string
            self.gate.setText(
                self.tr("Qərar üçün bütün tələb olunan sənədlərə baxın: qalıb ")
                + str(undecided)
                + "."
            )
        else:
            self.gate.setText(self.tr("Bütün tələb olunan sənədlərə baxılıb."))  # proposed
        self._update_buttons()

    def _fill_request(self, review: ExemptionReview) -> None:
        while self.request_form.rowCount():
            self.request_form.removeRow(0)
        self._form_row(F.ATTESTED["fee.status"], review.category_label)
        for answer in review.sub_answers:
            self._form_row(answer.label, answer.value)
        self._form_row(F.ATTESTED["fee.notes"], review.notes or "—")

    def _form_row(self, label: str, value: str) -> None:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(text)
        self.request_form.addRow(caption, text)

    def select_document(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current(self) -> DocumentState | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self._update_buttons()
        if row is None or row.document is None:
            self.viewer.clear()
            return
        try:
            data = self._service.document_bytes(self._actor, self._application_id, row.document.id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.viewer.clear()
            return
        self.viewer.show_document(row.document, data)

    def _update_buttons(self) -> None:
        review, row = self.review, self.current()
        editable = review is not None and review.open and row is not None
        for button in (self.accept_button, self.refuse_button, self.again_button):
            button.setEnabled(editable)
        decidable = review is not None and review.can_decide
        self.approve_button.setEnabled(decidable)
        self.reject_button.setEnabled(decidable)

    # -- actions

    def set_state(self, state: str, reason: str | None = None) -> bool:
        """Record `state` for the selected document; False (message shown) when refused."""
        row = self.current()
        if row is None:
            return False
        self.error.clear_message()
        try:
            self._service.set_state(
                self._actor,
                self._application_id,
                slot_id=row.slot_id,
                document_id=row.document.id if row.document else None,
                state=state,
                reason=reason,
                expected_head=row.head_id,
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        return True

    def decide(self, approved: bool, message: str) -> bool:
        """Record the exemption decision; False (message shown) when the service refuses."""
        review = self.review
        if review is None:
            return False
        self.error.clear_message()
        try:
            result = self._service.decide(
                self._actor,
                self._application_id,
                approved=approved,
                message=message,
                expected_head=review.head_id,
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        self.decided.emit(result.status)
        return True

    def _on_accept(self) -> None:
        self.set_state(X.ACCEPTED)

    def _on_refuse(self) -> None:
        # proposed strings
        reason = ask_reason(
            self,
            self.tr("Sənəd qəbul edilmir"),
            self.tr("Sənədin niyə qəbul edilmədiyini yazın."),
            self.tr("Qəbul etmə"),
        )
        if reason is not None:
            self.set_state(X.NOT_ACCEPTED, reason)

    def _on_again(self) -> None:
        # proposed strings
        reason = ask_reason(
            self,
            self.tr("Sənəd yenidən tələb olunur"),
            self.tr("Müraciətçiyə nəyin lazım olduğunu yazın."),
            self.tr("Yenidən tələb et"),
        )
        if reason is not None:
            self.set_state(X.REQUESTED_AGAIN, reason)

    def _on_decide(self, approved: bool) -> None:
        # proposed strings
        title = self.tr("Güzəşt təsdiqlənir") if approved else self.tr("Güzəşt təsdiqlənmir")
        message = ask_reason(
            self,
            title,
            self.tr(
                "Müraciətçiyə göndəriləcək mesajı yazın (Ümumi məlumatlar səhifəsində görünür)."
            ),
            self.tr("Təsdiqlə") if approved else self.tr("Təsdiqləmə"),
        )
        if message is not None:
            self.decide(approved, message)

    def release(self) -> None:
        """Close the PDF document before the widget goes (see ENVIRONMENT.md)."""
        self.viewer.release()


__all__ = ["EvidenceTableModel", "ExemptionReviewWidget", "ask_reason"]
