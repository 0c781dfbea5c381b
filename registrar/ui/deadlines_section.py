"""The deadlines view: every open timer with business days left, overdue ones in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.deadlines import Deadline, DeadlinesService
from registrar.services.errors import RegistrarError
from registrar.ui.movements.labels import DEADLINE_TITLES, title
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Deadlines"
OVERDUE_RED = "#b3261e"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def badge_count(workspace: Workspace, actor: Actor, today: date | None = None) -> int:
    """The number the sidebar shows next to the section: open timers (0 when unreadable)."""
    try:
        return DeadlinesService(workspace, actor).count(today)
    except RegistrarError:
        return 0


class DeadlinesSection(QWidget):
    """Lists the open timers by due date; `count_changed` feeds the sidebar badge."""

    count_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesSection")
        self.service = DeadlinesService(workspace, actor)
        self.today = today
        self.rows: list[Deadline] = []
        heading = QLabel(_tr("Müddətlər"))  # proposed string
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("deadlines.summary")
        self.summary.setAccessibleName(_tr("Müddətlərin sayı"))  # proposed string
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("deadlines.table")
        self.table.setAccessibleName(_tr("Açıq müddətlər"))  # proposed string
        self.table.setHorizontalHeaderLabels(
            [  # proposed strings
                _tr("Nə"),
                _tr("Bənd"),
                _tr("Tələbə"),
                _tr("Son tarix"),
                _tr("Qalan iş günü"),
                _tr("Qeyd"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.refresh_button = QPushButton(_tr("&Yenilə"))  # proposed string
        self.refresh_button.setObjectName("deadlines.refresh")
        self.refresh_button.setAccessibleName(_tr("Yenilə"))
        self.refresh_button.clicked.connect(self.refresh)
        self.done = QPushButton(_tr("İcra edilib kimi qeyd et"))  # proposed string
        self.done.setObjectName("deadlines.mark_done")
        self.done.setAccessibleName(self.done.text())
        self.done.clicked.connect(self._on_done)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.done)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = self.service.open_deadlines(self.today)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.table.setRowCount(len(self.rows))
        for row, deadline in enumerate(self.rows):
            values = (
                title(DEADLINE_TITLES, deadline.what),
                deadline.paragraph,
                deadline.student_label or "—",
                deadline.due.strftime("%d.%m.%Y"),
                str(deadline.business_days_left),
                (_tr("Gecikib") if deadline.overdue else "")  # proposed string
                + (" " + _tr("(təxmini)") if deadline.estimated else ""),  # proposed string
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if deadline.overdue:
                    item.setForeground(QBrush(QColor(OVERDUE_RED)))
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        overdue = sum(1 for d in self.rows if d.overdue)
        self.summary.setText(
            _tr("Açıq: %1, gecikən: %2")  # proposed string
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(overdue))
        )
        self.count_changed.emit(len(self.rows))

    def _on_done(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        deadline = self.rows[row]
        if deadline.case_id is None:
            return
        try:
            self.service.mark_done(deadline.case_id, deadline.what)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.refresh()
