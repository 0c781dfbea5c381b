"""The applications queue: a lazily paged table model, the filter bar and the per-status counts."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from registrar.services.context import Actor
from registrar.services.errors import RegistrarError
from registrar.services.review import (
    BASIS_LABELS,
    COLUMNS,
    QUEUE_STATUSES,
    STATUS_LABELS,
    Option,
    QueueFilter,
    QueueRow,
    QueueSort,
    ReviewService,
)
from registrar.ui.widgets import format_count, format_local_time

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY: Final = Qt.ItemDataRole.DisplayRole
ID_ROLE: Final = Qt.ItemDataRole.UserRole  # the application id of a row
PAGE_SIZE: Final = 200
SEARCH_DELAY_MS: Final = 250

# Identity paths as the column shows them (proposed short forms of the spec's citizenship texts).
PATH_LABELS: Final = {"fin": "FİN", "migration_fin": "Miqrasiya sənədi", "unhcr": "BMT QAK"}


def _header(column: str) -> str:
    # proposed strings (need native review); "FİN" and "Qəbul xətti" are the spec's labels
    return {
        "number": "Nömrə",
        "applicant": "Müraciətçi",
        "key": "FİN / sənəd nömrəsi",
        "path": "Sənəd",
        "line": "Qəbul xətti",
        "basis": "Əsas",
        "exemption": "Güzəşt",
        "confirmed_at": "Təsdiq tarixi",
        "status": "Status",
        "reviewer": "Baxan əməkdaş",
    }[column]


def _cell(row: QueueRow, column: str) -> str:
    if column == "number":
        return row.number or "—"
    if column == "applicant":
        return row.applicant
    if column == "key":
        return row.key
    if column == "path":
        return PATH_LABELS.get(row.key_type, row.key_type)
    if column == "line":
        return row.line_label or "—"
    if column == "basis":
        return BASIS_LABELS.get(row.basis or "", row.basis or "—")
    if column == "exemption":
        return "Bəli" if row.exemption_requested else "Xeyr"
    if column == "confirmed_at":
        return format_local_time(row.confirmed_at) if row.confirmed_at else "—"
    if column == "status":
        return row.status_label
    return row.reviewer_name or "—"


class ApplicationTableModel(QAbstractTableModel):
    """Read-only queue rows, loaded page by page from the service; never the whole table.

    `set_query` (and `sort`, which the view calls on a header click) re-runs the query in the
    service and loads the first page; the view asks for the next pages through `fetchMore` as
    the user scrolls. A failed query keeps the rows shown and emits `failed`.
    """

    failed = Signal(Exception)
    reloaded = Signal()

    def __init__(
        self,
        service: ReviewService,
        actor: Actor,
        *,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._page_size = page_size
        self._filter = QueueFilter()
        self._sort = QueueSort()
        self._rows: list[QueueRow] = []
        self._more = False
        self._loaded = False

    # -- queries

    @property
    def query_filter(self) -> QueueFilter:
        return self._filter

    @property
    def query_sort(self) -> QueueSort:
        return self._sort

    def set_query(self, flt: QueueFilter, sort: QueueSort | None = None) -> None:
        self._filter = flt
        if sort is not None:
            self._sort = sort
        self.reload()

    def reload(self) -> None:
        try:
            page = self._service.page(self._actor, self._filter, self._sort, 0, self._page_size)
        except RegistrarError as error:
            self.failed.emit(error)
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._more = page.more
        self._loaded = True
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            page = self._service.page(
                self._actor, self._filter, self._sort, len(self._rows), self._page_size
            )
        except RegistrarError as error:
            self._more = False
            self.failed.emit(error)
            return
        self._more = page.more
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = QueueSort(COLUMNS[column], descending)
        if sort == self._sort and self._loaded:
            return  # the view re-applies its indicator when sorting is enabled: nothing to do
        self.set_query(self._filter, sort)

    # -- rows

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, application_id: uuid.UUID) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == application_id:
                return number
        return None

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return _cell(row, column)
        if role == ID_ROLE:
            return str(row.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if 0 <= section < len(COLUMNS):
                return self.tr(_header(COLUMNS[section]))
            return None
        if orientation == Qt.Orientation.Vertical and role == _DISPLAY:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _Choice(QComboBox):
    """A combo whose items carry a value; the first item means "any"."""

    def __init__(self, any_label: str, accessible: str) -> None:
        super().__init__()
        self.addItem(any_label, None)
        self.setAccessibleName(accessible)

    def value(self) -> object:
        return self.currentData()

    def select_value(self, value: object) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


UNASSIGNED: Final = "unassigned"


class QueueFilterBar(QWidget):
    """Status, admission line, exemption, confirmation dates, reviewer and a debounced search.

    Emits `changed` with the new QueueFilter; typing in the search box waits for a pause.
    """

    changed = Signal(object)  # QueueFilter

    def __init__(
        self, lines: list[Option], reviewers: list[Option], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # proposed strings throughout (need native review)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ad, FİN, nömrə və ya telefon"))
        self.search.setAccessibleName(self.tr("Axtarış"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.status = _Choice(self.tr("Bütün statuslar"), self.tr("Status"))
        for code in QUEUE_STATUSES:
            self.status.addItem(STATUS_LABELS[code], code)
        self.line = _Choice(self.tr("Bütün qəbul xətləri"), self.tr("Qəbul xətti"))
        for option in lines:
            self.line.addItem(option.label, option.id)
            self.line.setItemData(self.line.count() - 1, option.label, Qt.ItemDataRole.ToolTipRole)
        self.line.setMaximumWidth(220)
        self.exemption = _Choice(self.tr("Güzəşt: hamısı"), self.tr("Güzəşt"))
        self.exemption.addItem(self.tr("Güzəşt istənib"), True)
        self.exemption.addItem(self.tr("Güzəşt istənməyib"), False)
        self.reviewer = _Choice(self.tr("Bütün əməkdaşlar"), self.tr("Baxan əməkdaş"))
        self.reviewer.addItem(self.tr("Təyin edilməyib"), UNASSIGNED)
        for option in reviewers:
            self.reviewer.addItem(option.label, option.id)
        self.use_dates = QCheckBox(self.tr("Tarix:"))
        self.use_dates.setAccessibleName(self.tr("Təsdiq tarixinə görə süz"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "Başlanğıc tarixi"), (self.date_to, "Son tarix")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
            edit.setAccessibleName(self.tr(name))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit_now)
        for combo in (self.status, self.line, self.exemption, self.reviewer):
            combo.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._on_dates_toggled)
        self.date_from.dateChanged.connect(self._emit_if_dates)
        self.date_to.dateChanged.connect(self._emit_if_dates)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for widget in (self.status, self.line, self.exemption, self.reviewer, self.use_dates):
            layout.addWidget(widget)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)

    def current(self) -> QueueFilter:
        status = self.status.value()
        reviewer = self.reviewer.value()
        exemption = self.exemption.value()
        line = self.line.value()
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (self.date_from.date().toPython(), self.date_to.date().toPython())  # type: ignore[assignment]
        return QueueFilter(
            statuses=frozenset({str(status)}) if status else frozenset(),
            admission_line_id=line if isinstance(line, uuid.UUID) else None,
            exemption=exemption if isinstance(exemption, bool) else None,
            confirmed_from=dates[0],
            confirmed_to=dates[1],
            reviewer_id=reviewer if isinstance(reviewer, uuid.UUID) else None,
            unassigned=reviewer == UNASSIGNED,
            search=self.search.text(),
        )

    def flush(self) -> None:
        """Apply a pending search at once (tests, Enter)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())

    def _on_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _emit_if_dates(self) -> None:
        if self.use_dates.isChecked():
            self._emit()


class StatusCountsBar(QWidget):
    """One button per status with its count; a click filters the queue to that status."""

    status_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Cəmi"))  # proposed string
        layout.addWidget(self.total)
        for code in QUEUE_STATUSES:
            button = QPushButton()
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(self._clicked(code))
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_counts(dict.fromkeys(QUEUE_STATUSES, 0))

    def _clicked(self, code: str) -> Callable[[], None]:
        return lambda: self.status_clicked.emit(code)

    def set_counts(self, counts: dict[str, int]) -> None:
        for code, button in self.buttons.items():
            text = f"{STATUS_LABELS[code]}: {format_count(counts.get(code, 0))}"
            button.setText(text)
            button.setAccessibleName(text)
        total = format_count(sum(counts.values()))
        self.total.setText(self.tr("Cəmi: ") + total)  # proposed string
