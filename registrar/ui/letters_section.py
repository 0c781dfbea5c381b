"""The incoming-letter register: number, sender, kind, date received, case or student, scan."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.services.letters_register import LETTER_KINDS, LettersRegister, LetterView
from registrar.services.movements import MovementService
from registrar.ui.movements.labels import DEADLINE_TITLES, KIND_TITLES, title
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Letters"
LETTER_TITLES: dict[str, str] = {  # proposed strings
    "mse_consent": str(QT_TRANSLATE_NOOP("Letters", "Nazirliyin razılıq məktubu")),
    "mse_transcript_blank": str(
        QT_TRANSLATE_NOOP("Letters", "Nazirliyin məktubu (akademik arayış blankı)")
    ),
    "personal_file": str(QT_TRANSLATE_NOOP("Letters", "Şəxsi iş")),
    "other": str(QT_TRANSLATE_NOOP("Letters", "Digər")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def letter_title(kind: str) -> str:
    text = LETTER_TITLES.get(kind)
    return _tr(text) if text else kind


class LettersSection(QWidget):
    """Registering a letter about a case puts its date into the case and starts its timer."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lettersSection")
        self.service = LettersRegister(workspace, actor)
        self.movements = MovementService(workspace, actor)
        self.letters: list[LetterView] = []
        self._scan: Path | None = None

        self.number = QLineEdit()
        self.number.setObjectName("letter.number")
        self.number.setAccessibleName(_tr("Məktubun nömrəsi"))  # proposed string
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("letter.sender")
        self.sender_edit.setAccessibleName(_tr("Göndərən"))  # proposed string
        self.kind = QComboBox()
        self.kind.setObjectName("letter.kind")
        self.kind.setAccessibleName(_tr("Məktubun növü"))  # proposed string
        for kind in LETTER_KINDS:
            self.kind.addItem(letter_title(kind), kind)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setObjectName("letter.received_on")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.received.setAccessibleName(_tr("Alınma tarixi"))  # proposed string
        self.case = QComboBox()
        self.case.setObjectName("letter.case")
        self.case.setAccessibleName(_tr("İş"))  # proposed string
        self.scan_button = QPushButton(_tr("Skan əlavə et…"))  # proposed string
        self.scan_button.setObjectName("letter.scan")
        self.scan_button.setAccessibleName(_tr("Skan əlavə et"))
        self.scan_button.clicked.connect(self._on_scan_clicked)
        self.scan_name = QLabel()
        self.register_button = QPushButton(_tr("Qeydə al"))  # proposed string
        self.register_button.setObjectName("letter.register")
        self.register_button.setAccessibleName(self.register_button.text())
        self.register_button.clicked.connect(self.register_letter)
        self.error = ErrorLabel()
        form_box = QGroupBox(_tr("Yeni məktub"))  # proposed string
        form = QFormLayout(form_box)
        form.addRow(_tr("Məktubun nömrəsi"), self.number)
        form.addRow(_tr("Göndərən"), self.sender_edit)
        form.addRow(_tr("Məktubun növü"), self.kind)
        form.addRow(_tr("Alınma tarixi"), self.received)
        form.addRow(_tr("İş"), self.case)
        scan_line = QHBoxLayout()
        scan_line.addWidget(self.scan_button)
        scan_line.addWidget(self.scan_name, 1)
        form.addRow(_tr("Skan"), scan_line)
        register_line = QHBoxLayout()
        register_line.addWidget(self.register_button)
        register_line.addStretch(1)
        form.addRow(register_line)
        form.addRow(self.error)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("letters.table")
        self.table.setAccessibleName(_tr("Daxil olan məktublar"))  # proposed string
        self.table.setHorizontalHeaderLabels(
            [  # proposed strings
                _tr("Nömrə"),
                _tr("Göndərən"),
                _tr("Növ"),
                _tr("Alınıb"),
                _tr("Tələbə"),
                _tr("Başlayan müddət"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        heading = QLabel(_tr("Daxil olan məktublar"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(form_box)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.letters = self.service.entries()
            cases = self.movements.list_cases()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.case.clear()
        self.case.addItem("—", None)
        for summary in cases:
            if summary.status in ("open", "decided", "approved"):
                label = f"{title(KIND_TITLES, summary.kind)}: {summary.student_label or '—'}"
                self.case.addItem(label, str(summary.id))  # str: findData compares it
        self.table.setRowCount(len(self.letters))
        for row, letter in enumerate(self.letters):
            values = (
                letter.number,
                letter.sender,
                letter_title(letter.kind),
                letter.received_on.strftime("%d.%m.%Y"),
                letter.student_label or "—",
                ", ".join(title(DEADLINE_TITLES, t) for t in letter.timers_started) or "—",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def set_scan(self, path: Path | None) -> None:
        self._scan = path
        self.scan_name.setText(path.name if path else "")

    def _on_scan_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Skan"),
            "",
            _tr("Sənədlər (*.pdf *.png *.jpg *.jpeg)"),  # proposed
        )
        if name:
            self.set_scan(Path(name))

    def register_letter(self) -> None:
        qdate = self.received.date()
        case_id = self.case.currentData()
        try:
            self.service.register(
                number=self.number.text().strip(),
                sender=self.sender_edit.text().strip(),
                kind=str(self.kind.currentData()),
                received_on=date(qdate.year(), qdate.month(), qdate.day()),
                case_id=uuid.UUID(case_id) if isinstance(case_id, str) else None,
                scan=self._scan.read_bytes() if self._scan else None,
                scan_name=self._scan.name if self._scan else "",
            )
        except RegistrarError as error:
            field = f" ({error.field})" if error.field else ""
            self.error.show_message(str(error) + field)
            return
        self.error.clear_message()
        self.number.clear()
        self.set_scan(None)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
