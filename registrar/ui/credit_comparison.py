"""Transcript credit comparison (1.10, 2.13): transcript beside curriculum, verdict per course."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.credit_comparison import CreditComparison, Suggestion, Totals
from registrar.services.errors import RegistrarError
from registrar.ui.widgets import ErrorLabel

CONTEXT = "CreditComparison"
STATE_TITLES = {  # proposed strings
    "accepted": QT_TRANSLATE_NOOP("CreditComparison", "Qəbul edilib"),
    "rejected": QT_TRANSLATE_NOOP("CreditComparison", "Rədd edilib"),
    "suggested": QT_TRANSLATE_NOOP("CreditComparison", "Təklif"),
}
WHY_TITLES = {  # proposed strings
    "code": QT_TRANSLATE_NOOP("CreditComparison", "Eyni kod"),
    "name": QT_TRANSLATE_NOOP("CreditComparison", "Oxşar ad"),
    "name+credits": QT_TRANSLATE_NOOP("CreditComparison", "Oxşar ad və kredit"),
    "failed": QT_TRANSLATE_NOOP("CreditComparison", "Keçid qiyməti yoxdur"),
    "none": QT_TRANSLATE_NOOP("CreditComparison", "Uyğun fənn yoxdur"),
}
STATE_COLOURS = {"accepted": "#1b5e20", "rejected": "#b3261e", "suggested": "#8a5a00"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _title(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return _tr(str(text)) if text else code


def _credits(value: float) -> str:
    return f"{value:g}"


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


class CreditComparisonPage(QWidget):
    """Suggestions count for nothing until accepted; the saved result goes into the case facts."""

    saved = Signal(object)  # Totals

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        case_id: uuid.UUID,
        specialty_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("creditComparison")
        self.service = CreditComparison(workspace, actor)
        self.case_id = case_id
        self.specialty_code = specialty_code
        self.suggestions: list[Suggestion] = []
        self.result: Totals | None = None

        heading = QLabel(
            _tr("Kreditlərin müqayisəsi — %1").replace("%1", specialty_code)  # proposed string
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.transcript = _table(
            "credit.transcript",
            _tr("Akademik arayış"),  # proposed string
            [_tr("Kod"), _tr("Fənn"), _tr("Kredit"), _tr("Saat"), _tr("Qiymət")],
        )
        self.curriculum = _table(
            "credit.curriculum",
            _tr("Tədris planı"),  # proposed string
            [_tr("Kod"), _tr("Fənn"), _tr("Kredit"), _tr("Semestr")],
        )
        self.matches = _table(
            "credit.suggestions",
            _tr("Uyğunluq təklifləri"),  # proposed string
            [  # proposed strings
                _tr("Arayışdakı fənn"),
                _tr("Plandakı fənn"),
                _tr("Oxşarlıq"),
                _tr("Əsas"),
                _tr("Vəziyyət"),
                _tr("Tanınan kredit"),
                _tr("Qəbul et"),
                _tr("Rədd et"),
            ],
        )
        self.import_button = QPushButton(_tr("Arayışı idxal et…"))  # proposed string
        self.import_button.setObjectName("credit.import")
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.clicked.connect(self._on_import_clicked)
        self.semester = QSpinBox()
        self.semester.setObjectName("credit.up_to_semester")
        self.semester.setRange(0, 12)
        self.semester.setSpecialValueText(_tr("bütün semestrlər"))  # proposed string
        self.semester.setAccessibleName(_tr("Hansı semestrədək"))  # proposed string
        self.semester.valueChanged.connect(self._show_totals)
        self.save = QPushButton(_tr("Nəticəni işdə saxla"))  # proposed string
        self.save.setObjectName("credit.save")
        self.save.setAccessibleName(self.save.text())
        self.save.clicked.connect(self._on_save)
        self.totals = QLabel()
        self.totals.setObjectName("credit.totals")
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(_tr("Yekun"))  # proposed string
        self.error = ErrorLabel()

        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.transcript)
        sides.addWidget(self.curriculum)
        tools = QHBoxLayout()
        tools.addWidget(self.import_button)
        tools.addStretch(1)
        tools.addWidget(QLabel(_tr("Hansı semestrədək")))
        tools.addWidget(self.semester)
        tools.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(sides, 1)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        self.matches.horizontalHeader().setStretchLastSection(False)
        self.matches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.refresh()

    def _up_to(self) -> int | None:
        return self.semester.value() or None

    def refresh(self) -> None:
        try:
            entries = self.service.transcript(self.case_id)
            courses = self.service.curriculum(self.specialty_code)
            self.suggestions = self.service.suggestions(self.case_id, self.specialty_code)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.transcript.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                entry.course_code,
                entry.course_name,
                _credits(entry.credits),
                "" if entry.hours is None else str(entry.hours),
                entry.grade,
            )
            for column, value in enumerate(values):
                self.transcript.setItem(row, column, QTableWidgetItem(value))
        self.curriculum.setRowCount(len(courses))
        for row, course in enumerate(courses):
            cells = (
                course.course_code,
                course.course_name,
                _credits(course.credits),
                str(course.semester),
            )
            for column, value in enumerate(cells):
                self.curriculum.setItem(row, column, QTableWidgetItem(value))
        self._show_matches()
        self._show_totals()
        for table in (self.transcript, self.curriculum):
            table.resizeColumnsToContents()
        for column in (0, 2, 3, 4, 5, 6, 7):
            self.matches.resizeColumnToContents(column)

    def _show_matches(self) -> None:
        self.matches.setRowCount(0)  # drops the old row buttons before new ones are placed
        self.matches.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            course = suggestion.course
            values = (
                f"{suggestion.entry.course_code} {suggestion.entry.course_name}",
                f"{course.course_code} {course.course_name}" if course else "—",
                f"{suggestion.score:.2f}",
                _title(WHY_TITLES, suggestion.why),
                _title(STATE_TITLES, suggestion.state),
                # counted only once accepted: a suggestion shows what it would give, in brackets
                _credits(suggestion.credits_recognised)
                if suggestion.state == "accepted"
                else f"({_credits(suggestion.credits_recognised)})",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setForeground(QBrush(QColor(STATE_COLOURS.get(suggestion.state, "#000"))))
                self.matches.setItem(row, column, item)
            accept = QPushButton(_tr("Qəbul et"))
            accept.setObjectName(f"credit.accept.{row}")
            accept.setAccessibleName(
                _tr("Qəbul et: %1").replace("%1", suggestion.entry.course_code)  # proposed
            )
            accept.setEnabled(course is not None and suggestion.state != "accepted")
            accept.clicked.connect(lambda _=False, r=row: self.accept_row(r))
            reject = QPushButton(_tr("Rədd et"))
            reject.setObjectName(f"credit.reject.{row}")
            reject.setAccessibleName(
                _tr("Rədd et: %1").replace("%1", suggestion.entry.course_code)  # proposed
            )
            reject.setEnabled(suggestion.state != "rejected")
            reject.clicked.connect(lambda _=False, r=row: self.reject_row(r))
            self.matches.setCellWidget(row, 6, accept)
            self.matches.setCellWidget(row, 7, reject)

    def _show_totals(self) -> None:
        try:
            totals = self.service.totals(
                self.case_id, self.specialty_code, up_to_semester=self._up_to()
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        difference = ", ".join(course.course_code for course in totals.difference) or "—"
        self.totals.setText(
            _tr("Tanınan kredit: %1. Akademik fərq (%2 kredit): %3")  # proposed string
            .replace("%1", _credits(totals.recognised_credits))
            .replace("%2", _credits(totals.difference_credits))
            .replace("%3", difference)
        )

    def _verdict(self, row: int, accept: bool) -> None:
        if not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        entry_id = suggestion.entry.id
        if entry_id is None:
            return
        try:
            if accept and suggestion.course is not None:
                self.service.accept(self.case_id, entry_id, suggestion.course.id)
            elif not accept:
                self.service.reject(self.case_id, entry_id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.refresh()

    def accept_row(self, row: int) -> None:
        self._verdict(row, True)

    def reject_row(self, row: int) -> None:
        self._verdict(row, False)

    def import_file(self, path: Path) -> None:
        try:
            report = self.service.import_transcript(self.case_id, path.read_bytes())
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        problems = "; ".join(f"{e.line}: {e.field} — {e.message}" for e in report.errors)
        self.error.show_message(problems)
        self.refresh()

    def _on_import_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Arayış faylı"),  # proposed string
            "",
            _tr("Cədvəllər (*.csv *.xlsx)"),  # proposed string
        )
        if name:
            self.import_file(Path(name))

    def _on_save(self) -> None:
        try:
            self.result = self.service.save_result(
                self.case_id, self.specialty_code, up_to_semester=self._up_to()
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self.saved.emit(self.result)
