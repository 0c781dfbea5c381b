"""The review section's page: filter bar, counts, the queue table, the detail and bulk actions."""

from __future__ import annotations

import logging
import uuid
from typing import Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.services import roles
from registrar.services.errors import RegistrarError
from registrar.services.review import (
    ACCEPT,
    COLUMNS,
    MORE_DOCUMENTS,
    REJECT,
    DocumentRow,
    QueueFilter,
    ReviewService,
)
from registrar.ui.review.decision import AssignDialog, ReasonDialog
from registrar.ui.review.detail import ApplicationDetailView
from registrar.ui.review.queue import ApplicationTableModel, QueueFilterBar, StatusCountsBar
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import TaskControl
from registrar.ui.widgets import ErrorLabel, format_count

log = logging.getLogger(__name__)

# proposed strings (need native review): (dialog title, prompt, confirm button)
DECISION_TEXTS: Final = {
    ACCEPT: ("Müraciəti qəbul et", "Qəbul etmə səbəbini yazın.", "Qəbul et"),
    REJECT: (
        "Müraciəti rədd et",
        "İmtina səbəbini yazın; müraciətçi bu mətni görəcək.",
        "İmtina et",
    ),
    MORE_DOCUMENTS: (
        "Əlavə sənəd istə",
        "Hansı sənədlərin lazım olduğunu yazın; müraciətçi bu mətni görəcək.",
        "Göndər",
    ),
    "reverse": (
        "Qərarı ləğv et",
        "Qərarın niyə səhv olduğunu yazın. Qərar silinmir: ləğv ayrıca qeyd olunur.",
        "Ləğv et",
    ),
    "bulk_accept": (
        "Seçilmiş müraciətləri qəbul et",
        "Qəbul etmə səbəbini yazın; bütün seçilmiş müraciətlərə aid ediləcək.",
        "Qəbul et",
    ),
}


class ReviewPage(QWidget):
    """Works through the queue: filter and search, open an application, decide, act in bulk.

    Every action goes to the review service, which checks the role again; buttons the role
    may not use are disabled only as a courtesy.
    """

    decided = Signal(object)  # DecisionResult or BulkResult
    counted = Signal(int)  # rows matching the filter, counted in the background

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = context.user.actor()
        self.service = ReviewService(context.workspace)
        role = self._actor.role
        self._can_decide = roles.allowed(role, roles.REVIEW_DECIDE)
        self._can_assign = roles.allowed(role, roles.REVIEW_ASSIGN)
        self._count_generation = 0

        heading = QLabel(self.tr("Müraciətlər"))  # proposed string
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.error = ErrorLabel()
        lines, reviewers = [], []
        try:
            lines = self.service.admission_lines(self._actor)
            reviewers = self.service.reviewers(self._actor)
        except RegistrarError as error:
            self.error.show_message(str(error))
        self._reviewers = reviewers
        self.filters = QueueFilterBar(lines, reviewers)
        self.counts = StatusCountsBar()
        self.matching = QLabel()
        self.matching.setMinimumWidth(170)

        self.model = ApplicationTableModel(self.service, self._actor, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Müraciətlər siyahısı"))  # proposed string
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The indicator first (confirmed_at, newest first: the service's default order), so
        # enabling sorting does not re-query.
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index("confirmed_at"), Qt.SortOrder.DescendingOrder
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((150, 210, 90, 70, 160, 150, 60, 120, 130, 130)):
            self.table.setColumnWidth(column, width)

        self.detail = ApplicationDetailView()
        self.detail.set_can_decide(self._can_decide)

        # proposed strings
        self.assign_button = QPushButton(self.tr("Təyin et…"))
        self.bulk_accept_button = QPushButton(self.tr("Seçilənləri qəbul et…"))
        self.refresh_button = QPushButton(self.tr("Yenilə"))
        self.assign_button.clicked.connect(self._on_assign)
        self.bulk_accept_button.clicked.connect(self._on_bulk_accept)
        self.refresh_button.clicked.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.matching)
        actions.addStretch(1)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.bulk_accept_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self._on_filter_changed)
        self.counts.status_clicked.connect(self._on_status_clicked)
        self.model.failed.connect(lambda error: self.error.show_message(str(error)))
        self.model.reloaded.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail.document_requested.connect(self._on_document_requested)
        self.detail.decision_requested.connect(self._on_decision_requested)
        self.detail.reversal_requested.connect(self._on_reversal_requested)
        self.model.set_query(QueueFilter())
        self.table.setSortingEnabled(True)
        self.refresh_counts()
        self._update_actions()

    # -- loading

    def refresh(self) -> None:
        current = self.detail.detail.id if self.detail.detail else None
        self.model.reload()
        self.refresh_counts()
        if current is not None:
            self.show_application(current)

    def refresh_counts(self) -> None:
        """The per-status counts (one GROUP BY on an index) and, in the background, the number
        of rows the current filter matches."""
        try:
            self.counts.set_counts(self.service.status_counts(self._actor))
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.count_matching()

    def count_matching(self) -> None:
        self._count_generation += 1
        generation = self._count_generation
        service, actor, flt = self.service, self._actor, self.model.query_filter
        self.matching.setText(self.tr("Uyğun gələn: …"))  # proposed string

        def work(_control: TaskControl) -> object:  # no widget here: runs on the pool
            return generation, service.count(actor, flt)

        # Bound methods: Qt drops the connection if the page is gone before the task ends.
        self._context.tasks.start(work, self._on_counted, self._on_count_failed)

    def _on_counted(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation, total = result
        if generation == self._count_generation and isinstance(total, int):
            self.matching.setText(self.tr("Uyğun gələn: ") + format_count(total))  # proposed
            self.counted.emit(total)

    def _on_count_failed(self, error: Exception) -> None:
        self.matching.setText("")
        self.error.show_message(str(error))

    def show_application(self, application_id: uuid.UUID) -> None:
        try:
            self.detail.set_detail(self.service.detail(self._actor, application_id))
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.detail.set_detail(None)
            return
        self.error.clear_message()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.show_application(self.model.row_at(rows[0]).id)

    # -- decisions

    def ask_reason(self, kind: str, count: int = 1) -> str | None:
        """The reason typed in the decision dialog, or None if cancelled (tests replace it)."""
        title, prompt, confirm = DECISION_TEXTS[kind]
        dialog = ReasonDialog(self.tr(title), self.tr(prompt), self.tr(confirm), self)
        if count > 1:
            dialog.prompt.setText(dialog.prompt.text() + f" ({count})")
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_reviewer(self, count: int) -> tuple[bool, uuid.UUID | None]:
        """(chosen, reviewer id or None to unassign) from the assignment dialog."""
        dialog = AssignDialog(self._reviewers, count, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.chosen()

    def decide(self, kind: str, reason: str) -> bool:
        detail = self.detail.detail
        if detail is None:
            return False
        try:
            result = self.service.decide(
                self._actor, detail.id, kind, reason, expected_head=detail.head_id
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return False
        self._after_change(result)
        return True

    def reverse_latest(self, reason: str) -> bool:
        detail = self.detail.detail
        if detail is None or detail.reversible is None:
            return False
        try:
            result = self.service.reverse(self._actor, detail.id, detail.reversible.id, reason)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return False
        self._after_change(result)
        return True

    def assign_selected(self, reviewer_id: uuid.UUID | None) -> bool:
        try:
            result = self.service.assign(self._actor, self.selected_ids(), reviewer_id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return False
        self._after_change(result)
        return True

    def accept_selected(self, reason: str) -> bool:
        try:
            result = self.service.accept_many(self._actor, self.selected_ids(), reason)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return False
        self._after_change(result)
        return True

    def _after_change(self, result: object) -> None:
        self.error.clear_message()
        selected = self.selected_ids()
        self.refresh()
        rows = [row for i in selected if (row := self.model.row_of(i)) is not None]
        if rows:
            self.select_rows(rows)
        self.decided.emit(result)

    # -- slots

    def _on_filter_changed(self, flt: object) -> None:
        assert isinstance(flt, QueueFilter)
        self.model.set_query(flt)
        self.count_matching()

    def _on_status_clicked(self, code: str) -> None:
        self.filters.status.select_value(code)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_application(self.model.row_at(current.row()).id)

    def _on_document_requested(self, document: object) -> None:
        assert isinstance(document, DocumentRow)
        detail = self.detail.detail
        if detail is None:
            return
        try:
            data = self.service.document_bytes(self._actor, detail.id, document.id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.detail.show_document(document, data)

    def _on_decision_requested(self, kind: str) -> None:
        reason = self.ask_reason(kind)
        if reason is not None:
            self.decide(kind, reason)

    def _on_reversal_requested(self) -> None:
        reason = self.ask_reason("reverse")
        if reason is not None:
            self.reverse_latest(reason)

    def _on_assign(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        chosen, reviewer = self.ask_reviewer(len(ids))
        if chosen:
            self.assign_selected(reviewer)

    def _on_bulk_accept(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        reason = self.ask_reason("bulk_accept", len(ids))
        if reason is not None:
            self.accept_selected(reason)

    def _update_actions(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.assign_button.setEnabled(selected and self._can_assign)
        self.bulk_accept_button.setEnabled(selected and self._can_decide)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.release()
        super().closeEvent(event)


def review_section_factory(context: SectionContext) -> QWidget:
    """The factory for the main window's section registry (sections.py)."""
    return ReviewPage(context)
