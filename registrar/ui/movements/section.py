"""The movements section: open cases, start a case of any kind for a student, bulk expulsion."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.services.movements import CASE_KINDS, MovementService
from registrar.services.students import StudentRegister
from registrar.ui.movements.bulk_expulsion import BulkExpulsionDialog
from registrar.ui.movements.case_screen import SCREENS, CaseScreen
from registrar.ui.movements.labels import CASE_STATES, KIND_TITLES, STATUS_TITLES, title
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Movements"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MovementsSection(QWidget):
    """Home: the list of cases and a new-case form; a case screen opens in place."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movementsSection")
        self.service = MovementService(workspace, actor)
        self.register = StudentRegister(workspace, actor)
        self.case_screen: CaseScreen | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("movements.kind")
        self.kind.setAccessibleName(_tr("İşin növü"))  # proposed string
        for kind in CASE_KINDS:
            self.kind.addItem(title(KIND_TITLES, kind), kind)
        self.search = QLineEdit()
        self.search.setObjectName("movements.student_search")
        self.search.setPlaceholderText(_tr("Tələbə nömrəsi və ya adı"))  # proposed string
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.textChanged.connect(self._on_search)
        self.students = QListWidget()
        self.students.setObjectName("movements.students")
        self.students.setAccessibleName(_tr("Tələbələr"))
        self.students.setMaximumHeight(120)
        self.new = QPushButton(_tr("Yeni iş aç"))  # proposed string
        self.new.setObjectName("movements.new")
        self.new.setAccessibleName(self.new.text())
        self.new.clicked.connect(self._on_new)
        self.bulk = QPushButton(_tr("Toplu xaric etmə (3.1.5)…"))  # proposed string
        self.bulk.setObjectName("movements.bulk_expulsion")
        self.bulk.setAccessibleName(self.bulk.text())
        self.bulk.clicked.connect(self._on_bulk)
        self.cases = QTableWidget(0, 4)
        self.cases.setObjectName("movements.cases")
        self.cases.setAccessibleName(_tr("İşlər"))  # proposed string
        self.cases.setHorizontalHeaderLabels(
            [_tr("Növ"), _tr("Tələbə"), _tr("Vəziyyət"), _tr("Qərar")]  # proposed strings
        )
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.cases.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cases.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.cases.cellDoubleClicked.connect(lambda row, _col: self.open_case_at(row))
        self.open = QPushButton(_tr("&Aç"))  # proposed string
        self.open.setObjectName("movements.open")
        self.open.setAccessibleName(_tr("Aç"))
        self.open.clicked.connect(lambda: self.open_case_at(self.cases.currentRow()))
        self.error = ErrorLabel()

        home = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Növ")))
        top.addWidget(self.kind, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.new)
        top.addWidget(self.bulk)
        home_layout = QVBoxLayout(home)
        heading = QLabel(_tr("Tələbə hərəkəti"))  # proposed string
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        home_layout.addWidget(heading)
        home_layout.addLayout(top)
        home_layout.addWidget(
            QLabel(_tr("Tapılan tələbələr (yeni iş üçün birini seçin)"))
        )  # proposed
        home_layout.addWidget(self.students)
        home_layout.addWidget(self.error)
        home_layout.addWidget(self.cases, 1)
        home_layout.addWidget(self.open, 0, Qt.AlignmentFlag.AlignLeft)

        self.back = QPushButton(_tr("← İşlərə qayıt"))  # proposed string
        self.back.setObjectName("movements.back")
        self.back.setAccessibleName(_tr("İşlərə qayıt"))
        self.back.clicked.connect(self.show_home)
        self.case_holder = QWidget()
        self._case_layout = QVBoxLayout(self.case_holder)
        self._case_layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(home)
        self.stack.addWidget(self.case_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._case_ids: list[uuid.UUID] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            summaries = self.service.list_cases()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self._case_ids = [s.id for s in summaries]
        self.cases.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            values = (
                title(KIND_TITLES, summary.kind),
                summary.student_label or "—",
                title(CASE_STATES, summary.status),
                title(STATUS_TITLES, summary.decision_status),
            )
            for column, value in enumerate(values):
                self.cases.setItem(row, column, QTableWidgetItem(value))
        self.cases.resizeColumnsToContents()

    def _on_search(self, text: str) -> None:
        self.students.clear()
        if len(text.strip()) < 2:
            return
        for student in self.register.search(text.strip(), limit=20):
            item = QListWidgetItem(student.label)
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            self.students.addItem(item)
        if self.students.count():
            self.students.setCurrentRow(0)

    def _show_screen(self, screen: CaseScreen) -> None:
        if self.case_screen is not None:
            self._case_layout.removeWidget(self.case_screen)
            self.case_screen.deleteLater()
        self.case_screen = screen
        screen.case_changed.connect(lambda _case: self.refresh())
        self._case_layout.addWidget(screen, 1)
        self.stack.setCurrentWidget(self.case_holder)

    def _on_new(self) -> None:
        kind = str(self.kind.currentData())
        item = self.students.currentItem()
        student_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        try:
            screen = SCREENS[kind](self.service, student_id=student_id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self._show_screen(screen)

    def open_case_at(self, row: int) -> None:
        if not 0 <= row < len(self._case_ids):
            return
        case = self.service.get(self._case_ids[row])
        self._show_screen(SCREENS[case.kind](self.service, case_id=case.id))

    def show_home(self) -> None:
        self.refresh()
        self.stack.setCurrentIndex(0)

    def _on_bulk(self) -> None:
        dialog = BulkExpulsionDialog(self.service, self.register, self)
        if dialog.exec():
            self.refresh()
