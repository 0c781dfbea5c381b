"""The bulk 3.1.5 expulsion dialog: one order for students who neither registered nor called."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registrar.services.errors import RegistrarError
from registrar.services.movements import MovementService, OrderView
from registrar.services.students import StudentRegister
from registrar.ui.widgets import ErrorLabel

CONTEXT = "Movements"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BulkExpulsionDialog(QDialog):
    """Ticks students, issues one 3.1.5 order; all or nothing (the service refuses any one)."""

    def __init__(
        self,
        service: MovementService,
        register: StudentRegister,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_expulsion")
        self.setWindowTitle(_tr("Toplu xaric etmə (3.1.5)"))  # proposed string
        self.service = service
        self.order: OrderView | None = None
        self.students = QListWidget()
        self.students.setObjectName("bulk.students")
        self.students.setAccessibleName(_tr("Tələbələr"))  # proposed string
        for student in register.search(status="enrolled"):
            item = QListWidgetItem(student.label)
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.students.addItem(item)
        today = QDate.currentDate()
        self.order_date = QDateEdit(today)
        self.order_date.setObjectName("bulk.order_date")
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat("dd.MM.yyyy")
        self.order_date.setAccessibleName(_tr("Əmrin tarixi"))
        self.year = QSpinBox()
        self.year.setObjectName("bulk.academic_year_start")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year() - 1 if today.month() < 9 else today.year())
        self.year.setAccessibleName(_tr("Tədris ilinin başlama ili"))
        self.signatory = QLineEdit()
        self.signatory.setObjectName("bulk.signatory")
        self.signatory.setAccessibleName(_tr("İmzalayan"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.issue = self.buttons.addButton(_tr("Əmr ver"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue.setObjectName("bulk.issue")
        self.issue.setAccessibleName(self.issue.text())
        cancel = self.buttons.addButton(_tr("İmtina"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self._on_issue)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("Əmrin tarixi"), self.order_date)
        form.addRow(_tr("Tədris ilinin başlama ili"), self.year)
        form.addRow(_tr("İmzalayan"), self.signatory)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(_tr("Yeni tədris ili üçün qeydiyyatdan keçməyən və əlaqə saxlamayan tələbələr"))
        )
        layout.addWidget(self.students, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[uuid.UUID]:
        ids: list[uuid.UUID] = []
        for row in range(self.students.count()):
            item = self.students.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _on_issue(self) -> None:
        ids = self.chosen()
        if not ids:
            self.error.show_message(_tr("Heç bir tələbə seçilməyib"))  # proposed string
            return
        qdate = self.order_date.date()
        try:
            self.order = self.service.bulk_expulsion(
                ids,
                order_date=date(qdate.year(), qdate.month(), qdate.day()),
                signatory=self.signatory.text().strip(),
                academic_year_start=self.year.value(),
            )
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.accept()
