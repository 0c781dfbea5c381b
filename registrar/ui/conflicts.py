"""The sync issues section: what the centre refused, and the conflicts, with both versions.

The left side lists the open issues; the right side shows the chosen one field by field
(this workstation's value and the centre's, or the two parallel decisions). For a conflict
the registrar picks a side per field or types a merged text; a refused change is merged
into the centre's person, withdrawn, or dropped. Every action needs a reason and goes
through the services, which record it in the audit log; nothing here touches the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.errors import RegistrarError
from registrar.ui.widgets import ErrorLabel, format_local_time

if TYPE_CHECKING:
    from registrar.services.context import Actor
    from registrar.services.sync.conflicts import IssueDetail, IssueRow

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
OURS, THEIRS, MERGED = "ours", "theirs", "merged"


class IssuesBackend(Protocol):
    """What the page calls (services.sync.refusals.Refusals provides it)."""

    def list_open(self) -> list[IssueRow]: ...
    def detail(self, issue_id: uuid.UUID) -> IssueDetail: ...
    def resolve(
        self,
        issue_id: uuid.UUID,
        actor: Actor,
        choices: Mapping[str, Any],
        reason: str,
        merged: Mapping[str, str] | None = None,
    ) -> None: ...
    def merge(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> None: ...
    def withdraw(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> list[uuid.UUID]: ...
    def discard(self, issue_id: uuid.UUID, actor: Actor, reason: str) -> None: ...


class IssueTableModel(QAbstractTableModel):
    """Open sync issues (IssueRow values, never ORM objects)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IssueRow] = []
        self._headers = (
            self.tr("Növ"),  # proposed string
            self.tr("Qeyd"),
            self.tr("Səbəb"),
            self.tr("Tarix"),
        )

    def kind_label(self, row: IssueRow) -> str:
        labels = {
            "conflict": self.tr("Ziddiyyət"),  # proposed string
            "fork": self.tr("Paralel qərarlar"),  # proposed string
            "refused": self.tr("Mərkəz qəbul etmədi"),  # proposed string
        }
        return labels.get(row.kind, row.kind)

    def set_rows(self, rows: Sequence[IssueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> IssueRow:
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        row = self._rows[index.row()]
        values = (
            self.kind_label(row),
            row.subject,
            row.message,
            format_local_time(row.created_at),
        )
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]


class ConflictsPage(QWidget):
    """The section widget; `refresh()` reloads the list (call it after a sync)."""

    resolved = Signal()  # after any action that settled an issue

    def __init__(self, issues: IssuesBackend, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues = issues
        self._actor = actor
        self._detail: IssueDetail | None = None
        self.model = IssueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.setAccessibleName(self.tr("Həll gözləyən problemlər"))  # proposed string
        self.empty = QLabel(self.tr("Həll gözləyən problem yoxdur."))  # proposed string

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.sides = QLabel()
        self.fields = QTableWidget(0, 5)
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Sahə"),
                self.tr("Bu iş yeri"),  # proposed string
                self.tr("Mərkəz"),  # proposed string
                self.tr("Seçim"),
                self.tr("Birləşdirilmiş dəyər"),  # proposed string
            ]
        )
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setAccessibleName(self.tr("Sahələr üzrə müqayisə"))  # proposed string
        self.affected = QLabel()
        self.affected.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Səbəb (mütləqdir)"))  # proposed string
        self.reason.setAccessibleName(self.tr("Səbəb"))
        self.resolve_button = QPushButton(self.tr("Seçimi təsdiq et"))  # proposed string
        self.merge_button = QPushButton(self.tr("Şəxsləri birləşdir"))  # proposed string
        self.withdraw_button = QPushButton(self.tr("Müraciəti geri götür"))  # proposed string
        self.discard_button = QPushButton(self.tr("Dəyişikliyi ləğv et"))  # proposed string
        self.error = ErrorLabel()
        self.resolve_button.clicked.connect(self._on_resolve)
        self.merge_button.clicked.connect(self._on_merge)
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.discard_button.clicked.connect(self._on_discard)

        buttons = QHBoxLayout()
        for button in (
            self.resolve_button,
            self.merge_button,
            self.withdraw_button,
            self.discard_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.addWidget(self.title)
        right.addWidget(self.sides)
        right.addWidget(self.fields, 1)
        right.addWidget(self.affected)
        right.addWidget(QLabel(self.tr("Səbəb:")))
        right.addWidget(self.reason)
        right.addLayout(buttons)
        right.addWidget(self.error)
        listing = QWidget()
        left = QVBoxLayout(listing)
        left.addWidget(self.table)
        left.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(listing)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show(None)
        self.refresh()

    # ----- list and detail ---------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = self._issues.list_open()
        except RegistrarError as error:
            self.error.setText(str(error))
            return
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show(None)
            return
        try:
            self._show(self._issues.detail(self.model.row_at(current.row()).id))
        except RegistrarError as error:
            self.error.setText(str(error))
            self._show(None)

    def _show(self, detail: IssueDetail | None) -> None:
        self._detail = detail
        self.error.setText("")
        self.reason.clear()
        self.fields.setRowCount(0)
        actions = detail.issue.actions if detail else ()
        self.resolve_button.setVisible("resolve" in actions)
        self.merge_button.setVisible("merge" in actions)
        self.withdraw_button.setVisible("withdraw" in actions)
        self.discard_button.setVisible("discard" in actions)
        self.reason.setEnabled(bool(actions))
        if detail is None:
            self.title.setText("")
            self.sides.setText("")
            self.affected.setText("")
            return
        self.title.setText(f"{detail.issue.subject}: {detail.issue.message}")
        if detail.theirs_label:
            self.sides.setText(f"{detail.ours_label}  ↔  {detail.theirs_label}")
        else:
            self.sides.setText(detail.ours_label)
        if detail.affected:
            self.affected.setText(
                self.tr("Sinxronlaşdırmada qəbul edilməyən müraciətlər: ")  # proposed string
                + ", ".join(detail.affected)
            )
        else:
            self.affected.setText("")
        choosing = "resolve" in actions
        rows = detail.differing if choosing else detail.fields
        self.fields.setColumnHidden(2, not detail.theirs_label)
        self.fields.setColumnHidden(3, not choosing)
        self.fields.setColumnHidden(4, not choosing)
        self.fields.setRowCount(len(rows))
        for number, diff in enumerate(rows):
            self.fields.setItem(number, 0, QTableWidgetItem(diff.field))
            self.fields.setItem(number, 1, QTableWidgetItem(diff.ours or ""))
            self.fields.setItem(number, 2, QTableWidgetItem(diff.theirs or ""))
            if not choosing:
                continue
            choice = QComboBox()
            choice.addItem(self.tr("Bu iş yerinin"), OURS)  # proposed string
            choice.addItem(self.tr("Mərkəzin"), THEIRS)  # proposed string
            if diff.mergeable:
                choice.addItem(self.tr("Birləşdirilmiş"), MERGED)  # proposed string
            choice.setCurrentIndex(-1)
            choice.setAccessibleName(self.tr("Seçim"))
            merged = QLineEdit()
            merged.setAccessibleName(self.tr("Birləşdirilmiş dəyər"))  # proposed string
            merged.setEnabled(False)
            choice.currentIndexChanged.connect(
                lambda _i, c=choice, m=merged: m.setEnabled(c.currentData() == MERGED)
            )
            self.fields.setCellWidget(number, 3, choice)
            self.fields.setCellWidget(number, 4, merged)

    def choice(self, field: str) -> QComboBox:
        widget = self._cell(field, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def merged_value(self, field: str) -> QLineEdit:
        widget = self._cell(field, 4)
        assert isinstance(widget, QLineEdit)
        return widget

    def _cell(self, field: str, column: int) -> QWidget:
        for number in range(self.fields.rowCount()):
            item = self.fields.item(number, 0)
            if item is not None and item.text() == field:
                return self.fields.cellWidget(number, column)
        raise KeyError(field)

    # ----- actions -----------------------------------------------------------------------

    def _act(self, action: str) -> None:
        detail = self._detail
        if detail is None:
            return
        reason = self.reason.text()
        issue_id = detail.issue.id
        try:
            if action == "resolve":
                choices: dict[str, Any] = {}
                merged: dict[str, str] = {}
                for diff in detail.differing:
                    side = self.choice(diff.field).currentData()
                    if side is not None:
                        choices[diff.field] = side
                    if side == MERGED:
                        merged[diff.field] = self.merged_value(diff.field).text()
                self._issues.resolve(issue_id, self._actor, choices, reason, merged)
            elif action == "merge":
                self._issues.merge(issue_id, self._actor, reason)
            elif action == "withdraw":
                self._issues.withdraw(issue_id, self._actor, reason)
            else:
                self._issues.discard(issue_id, self._actor, reason)
        except RegistrarError as error:
            self.error.setText(str(error))
            return
        self.refresh()
        self.resolved.emit()

    def _on_resolve(self) -> None:
        self._act("resolve")

    def _on_merge(self) -> None:
        self._act("merge")

    def _on_withdraw(self) -> None:
        self._act("withdraw")

    def _on_discard(self) -> None:
        self._act("discard")
