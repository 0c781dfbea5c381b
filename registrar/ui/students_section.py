"""The student register: search, a student's status history with its orders, imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.services.row_import import ImportReport
from registrar.services.students import StudentRegister, StudentSummary
from registrar.ui.movements.fields import choice_title
from registrar.ui.movements.labels import STUDENT_STATES, title
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Students"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def report_text(report: ImportReport) -> str:
    """One line for the counts and one per refused row (line, column, message)."""
    lines = [
        _tr("Əlavə edildi: %1, dəyişməyən: %2, xəta: %3")  # proposed string
        .replace("%1", str(report.created))
        .replace("%2", str(report.unchanged))
        .replace("%3", str(len(report.errors)))
    ]
    lines += [f"{e.line}: {e.field} — {e.message}" for e in report.errors]
    return "\n".join(lines)


class StudentsSection(QWidget):
    """Students on the left; the selected one's status history (each entry with its order)."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentsSection")
        self.service = StudentRegister(workspace, actor)
        self.students: list[StudentSummary] = []
        self.search = QLineEdit()
        self.search.setObjectName("students.search")
        self.search.setPlaceholderText(_tr("Tələbə nömrəsi və ya adı"))  # proposed string
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.textChanged.connect(self.refresh)
        self.import_students = QPushButton(_tr("Tələbələri idxal et…"))  # proposed string
        self.import_students.setObjectName("students.import")
        self.import_students.setAccessibleName(self.import_students.text())
        self.import_students.clicked.connect(
            lambda: self._choose_and_import(self.service.import_students)
        )
        self.import_records = QPushButton(_tr("Qiymət cədvəlini idxal et…"))  # proposed string
        self.import_records.setObjectName("students.import_records")
        self.import_records.setAccessibleName(self.import_records.text())
        self.import_records.clicked.connect(
            lambda: self._choose_and_import(self.service.import_study_records)
        )
        self.table = _table(
            "students.table",
            _tr("Tələbələr"),
            [_tr("Nömrə"), _tr("Ad"), _tr("İxtisas"), _tr("Forma"), _tr("Vəziyyət")],
        )
        self.table.currentCellChanged.connect(lambda row, *_: self.show_student(row))
        self.history = _table(
            "students.history",
            _tr("Statusların tarixçəsi"),  # proposed string
            [_tr("Status"), _tr("Tarix"), _tr("Əmr"), _tr("Səbəb")],
        )
        self.report = QLabel()
        self.report.setObjectName("students.import_report")
        self.report.setWordWrap(True)
        self.error = ErrorLabel()
        heading = QLabel(_tr("Tələbələr reyestri"))  # proposed string
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_students)
        top.addWidget(self.import_records)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(_tr("Statusların tarixçəsi")))
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.report)
        layout.addWidget(self.error)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.students = self.service.search(self.search.text().strip())
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.table.setRowCount(len(self.students))
        for row, student in enumerate(self.students):
            values = (
                student.student_number,
                student.full_name,
                f"{student.specialty_code} {student.specialty_name}",
                choice_title(student.study_form),
                title(STUDENT_STATES, student.status),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.history.setRowCount(0)

    def show_student(self, row: int) -> None:
        if not 0 <= row < len(self.students):
            return
        entries = self.service.status_history(self.students[row].id)
        self.history.setRowCount(len(entries))
        for index, entry in enumerate(entries):
            values = (
                title(STUDENT_STATES, entry.kind),
                entry.effective_on.strftime("%d.%m.%Y"),
                entry.order_number or "—",
                entry.reason or "",
            )
            for column, value in enumerate(values):
                self.history.setItem(index, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def import_file(self, path: Path, importer: Callable[[bytes], ImportReport]) -> None:
        try:
            report = importer(path.read_bytes())
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.report.setText(report_text(report))
        self.refresh()

    def _choose_and_import(self, importer: Callable[[bytes], ImportReport]) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Fayl seçin"),
            "",
            _tr("Cədvəllər (*.csv *.xlsx)"),  # proposed strings
        )
        if name:
            self.import_file(Path(name), importer)
