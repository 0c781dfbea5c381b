"""The audit log section for administrators: filters, paging, export, and the chain check.

"Yoxla" runs the same check as `registrar audit verify` and names the first bad entry.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from registrar.services import roles
from registrar.services.audit_browse import (
    HEADERS,
    AuditBrowseService,
    AuditFilter,
    AuditPage,
    AuditRow,
    VerifyOutcome,
)
from registrar.services.context import Actor
from registrar.services.errors import RegistrarError
from registrar.ui.widgets import ErrorLabel, format_count, format_local_time

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY: Final = Qt.ItemDataRole.DisplayRole
PAGE_SIZE: Final = 200
OK_STYLE: Final = "color: #1b7f3b; font-weight: 600;"
BAD_STYLE: Final = "color: white; background: #b3261e; padding: 4px; font-weight: 600;"


class AuditTableModel(QAbstractTableModel):
    """One page of audit entries (AuditRow values)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AuditRow, ...] = ()

    def set_rows(self, rows: tuple[AuditRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            if index.column() == 0:
                return row.origin[:8]
            if index.column() == 7:
                return row.entry_hash[:12] + "…"
            return str(row.cells()[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return row.origin
            if index.column() == 7:
                return row.entry_hash
            if index.column() == 6:
                return row.reason
        return None


def _choice(everything: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, "")
    combo.setAccessibleName(accessible)
    return combo


class AuditLogPage(QWidget):
    """The log, newest first, one page at a time; `verified` after each check."""

    verified = Signal(object)  # VerifyOutcome

    def __init__(
        self, service: AuditBrowseService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._offset = 0
        self.page: AuditPage | None = None
        self.outcome: VerifyOutcome | None = None
        # proposed strings (need native review)
        title = QLabel(self.tr("Audit jurnalı"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.verify_button = QPushButton(self.tr("Yoxla"))
        self.verify_button.setToolTip(self.tr("Bütün zəncirləri qeyd-qeyd yoxla"))
        self.verify_button.setEnabled(roles.allowed(actor.role, roles.AUDIT_VERIFY))
        self.export_button = QPushButton(self.tr("İxrac et…"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)
        header.addWidget(self.verify_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setVisible(False)

        self.actor_filter = _choice(self.tr("Bütün istifadəçilər"), self.tr("İstifadəçi"))
        self.action_filter = _choice(self.tr("Bütün əməliyyatlar"), self.tr("Əməliyyat"))
        self.origin_filter = _choice(self.tr("Bütün mənbələr"), self.tr("Mənbə"))
        self.use_dates = QCheckBox(self.tr("Tarix:"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "Başlanğıc tarixi"), (self.date_to, "Son tarix")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(self.tr(name))
            edit.setEnabled(False)
        filters = QHBoxLayout()
        for widget in (
            self.actor_filter,
            self.action_filter,
            self.origin_filter,
            self.use_dates,
            self.date_from,
            QLabel("–"),
            self.date_to,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit qeydləri"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header_view.setStretchLastSection(False)

        self.previous_button = QPushButton(self.tr("‹ Əvvəlki"))
        self.next_button = QPushButton(self.tr("Sonrakı ›"))
        self.position = QLabel()
        paging = QHBoxLayout()
        paging.addWidget(self.position)
        paging.addStretch(1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.result)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.error)

        self._fill_choices()
        for combo in (self.actor_filter, self.action_filter, self.origin_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.use_dates.toggled.connect(self._on_dates_toggled)
        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.previous_button.clicked.connect(lambda: self._load(self._offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._load(self._offset + PAGE_SIZE))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self._on_export)
        self._load(0)

    def _fill_choices(self) -> None:
        try:
            choices = self._service.choices(self._actor)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        for name in choices.actors:
            self.actor_filter.addItem(name, name)
        prefixes = sorted({a.split(".", 1)[0] + "." for a in choices.actions if "." in a})
        for prefix in prefixes:
            self.action_filter.addItem(prefix + "*", prefix)
        for action in choices.actions:
            self.action_filter.addItem(action, action)
        for origin in choices.origins:
            self.origin_filter.addItem(origin[:8], origin)
            self.origin_filter.setItemData(
                self.origin_filter.count() - 1, origin, Qt.ItemDataRole.ToolTipRole
            )

    def current_filter(self) -> AuditFilter:
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (self.date_from.date().toPython(), self.date_to.date().toPython())  # type: ignore[assignment]
        return AuditFilter(
            actor=str(self.actor_filter.currentData() or ""),
            action=str(self.action_filter.currentData() or ""),
            origin=str(self.origin_filter.currentData() or ""),
            date_from=dates[0],
            date_to=dates[1],
        )

    def _on_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self._load(0)

    def _load(self, offset: int) -> None:
        self.error.clear_message()
        try:
            page = self._service.page(self._actor, self.current_filter(), max(0, offset), PAGE_SIZE)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.page = page
        self._offset = page.offset
        self.model.set_rows(page.rows)
        first = page.offset + 1 if page.rows else 0
        last = page.offset + len(page.rows)
        self.position.setText(
            f"{format_count(first)}–{format_count(last)} / {format_count(page.total)}"
        )
        self.previous_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(page.more)

    def next_page(self) -> None:
        self._load(self._offset + PAGE_SIZE)

    def verify(self) -> VerifyOutcome | None:
        """Check every chain and show the outcome (the first bad entry when there is one)."""
        self.error.clear_message()
        try:
            outcome = self._service.verify(self._actor)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return None
        self.outcome = outcome
        if outcome.ok:
            self.result.setStyleSheet(OK_STYLE)
            # proposed string
            self.result.setText(
                self.tr("Jurnal qaydasındadır: ")
                + f"{outcome.chains} "
                + self.tr("zəncir")
                + f", {format_count(outcome.entries)} "
                + self.tr("qeyd yoxlanıldı.")
            )
        else:
            self.result.setStyleSheet(BAD_STYLE)
            bad = outcome.bad_entry
            where = (
                f"{self.tr('mənbə')} {bad.origin}, № {bad.seq}, {format_local_time(bad.at)}, "
                f"{bad.actor}, {bad.action}"
                if bad is not None
                else ""
            )
            # proposed string
            self.result.setText(
                self.tr("Jurnal pozulub! İlk səhv qeyd: ") + where + f" — {outcome.problem or ''}"
            )
            if bad is not None:
                self._show_entry(bad)
        self.result.setVisible(True)
        self.verified.emit(outcome)
        return outcome

    def _show_entry(self, bad: AuditRow) -> None:
        """Filter the table to the bad entry's origin and select it if it is on the page."""
        index = self.origin_filter.findData(bad.origin)
        if index >= 0:
            self.origin_filter.setCurrentIndex(index)
        for n in range(self.model.rowCount()):
            row = self.model.row_at(n)
            if row is not None and row.id == bad.id:
                self.table.selectRow(n)
                self.table.scrollTo(self.model.index(n, 0))
                return

    def export_to(self, path: Path) -> int:
        """Export every entry matching the filters; the error is shown, not raised."""
        self.error.clear_message()
        try:
            return self._service.export(self._actor, self.current_filter(), path)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return 0

    def _on_export(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("İxrac et"), "audit.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if name:
            self.export_to(Path(name))


__all__ = ["AuditLogPage", "AuditTableModel"]
