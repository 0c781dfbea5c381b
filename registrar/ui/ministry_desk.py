"""The Ministry desk (role ministry): the transfer queue, the 2.9/2.10 check, approve or refuse."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Actor, Workspace
from registrar.services.errors import RegistrarError
from registrar.services.ministry_desk import Answer, DeskCheck, MinistryDesk, QueueItem
from registrar.ui.movements.decision import decision_details
from registrar.ui.movements.labels import STATUS_COLOURS, STATUS_TITLES, title
from registrar.ui.widgets import ErrorLabel, format_local_time

CONTEXT = "MinistryDesk"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class MinistryDeskSection(QWidget):
    """Queue on the left; the selected application's check and answer on the right."""

    answered = Signal(object)  # Answer

    def __init__(self, workspace: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ministryDesk")
        self.desk = MinistryDesk(workspace, actor)
        self.items: list[QueueItem] = []
        self.case_id: uuid.UUID | None = None
        self.check: DeskCheck | None = None
        self.answer: Answer | None = None

        self.queue = QTableWidget(0, 5)
        self.queue.setObjectName("desk.queue")
        self.queue.setAccessibleName(_tr("Müraciətlər növbəsi"))  # proposed string
        self.queue.setHorizontalHeaderLabels(
            [  # proposed strings
                _tr("Tələbə"),
                _tr("Hazırkı müəssisə"),
                _tr("Yeni müəssisə"),
                _tr("Təqdim edilib"),
                _tr("Sənədlər"),
            ]
        )
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.queue.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.queue.currentCellChanged.connect(lambda row, *_: self.select_row(row))

        self.status = QLabel()
        self.status.setObjectName("desk.status")
        self.status.setAccessibleName(_tr("Qərarın statusu"))  # proposed string
        self.details = QLabel()
        self.details.setObjectName("desk.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        documents_box = QGroupBox(_tr("Sənədlərin yoxlanılması (2.9, 2.10)"))  # proposed string
        self._documents = QVBoxLayout(documents_box)
        flags_box = QGroupBox(_tr("Təsdiq ediləcək məqamlar"))  # proposed string
        self._flags = QVBoxLayout(flags_box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("desk.reason")
        self.reason.setAccessibleName(_tr("Əsaslandırma"))  # proposed string
        self.reason.setMaximumHeight(90)
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setObjectName("desk.sent_on")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd.MM.yyyy")
        self.sent_on.setAccessibleName(_tr("Məktubun tarixi"))  # proposed string
        self.approve = QPushButton(_tr("Təsdiq et"))  # proposed string
        self.approve.setObjectName("desk.approve")
        self.approve.setAccessibleName(self.approve.text())
        self.approve.clicked.connect(self._on_approve)
        self.refuse = QPushButton(_tr("Rədd et"))  # proposed string
        self.refuse.setObjectName("desk.refuse")
        self.refuse.setAccessibleName(self.refuse.text())
        self.refuse.clicked.connect(self._on_refuse)
        self.result = QLabel()
        self.result.setObjectName("desk.result")
        self.result.setWordWrap(True)
        self.error = ErrorLabel()
        answer_form = QFormLayout()
        answer_form.addRow(_tr("Əsaslandırma"), self.reason)
        answer_form.addRow(_tr("Məktubun tarixi"), self.sent_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.refuse)
        buttons.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.status)
        detail_layout.addWidget(self.details)
        detail_layout.addWidget(documents_box)
        detail_layout.addWidget(flags_box)
        detail_layout.addLayout(answer_form)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.error)
        detail_layout.addWidget(self.result)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("desk.detail_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(_tr("Nazirlik masası"))  # proposed string
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.queue, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 660])  # the whole queue row fits at 1366 px
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = self.desk.queue()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.queue.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (
                item.student_label or "—",
                item.source_name or "—",
                item.target_name or "—",
                format_local_time(item.submitted_at),
                _tr("Tamdır") if item.documents_complete else _tr("Natamamdır"),  # proposed
            )
            for column, value in enumerate(values):
                self.queue.setItem(row, column, QTableWidgetItem(value))
        self.queue.resizeColumnsToContents()
        if self.items:
            self.queue.selectRow(0)
            self.select_row(0)
        else:
            self._show(None)

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        self.case_id = self.items[row].case_id
        self._show(self.desk.document_check(self.case_id))

    def _show(self, check: DeskCheck | None) -> None:
        self.check = check
        _clear(self._documents)
        _clear(self._flags)
        self.flag_boxes = {}
        if check is None or check.live.decision is None:
            self.status.setText(_tr("Seçilmiş müraciət yoxdur") if check is None else "—")
            self.details.setText(check.live.error_message or "" if check else "")
            self._update_buttons()
            return
        code = str(check.live.status)
        self.status.setText(title(STATUS_TITLES, code))
        self.status.setStyleSheet(
            f"font-size: 13pt; font-weight: 600; color: {STATUS_COLOURS.get(code, '#000')};"
        )
        self.details.setText(decision_details(check.live.decision))
        for document in check.documents:
            row = QWidget()
            row.setObjectName(f"desk.document.{document.paragraph}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = "✔" if document.present else "✘"
            label = QLabel(f"{mark} {document.paragraph} — {document.label}")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {'#1b5e20' if document.present else '#b3261e'};")
            line.addWidget(label, 1)
            attach = QPushButton(_tr("Fayl əlavə et…"))  # proposed string
            attach.setObjectName(f"desk.attach.{document.paragraph}")
            attach.setAccessibleName(
                _tr("Fayl əlavə et: %1").replace("%1", document.paragraph)  # proposed string
            )
            paragraph = document.paragraph
            attach.clicked.connect(lambda _=False, p=paragraph: self._on_attach_clicked(p))
            line.addWidget(attach)
            self._documents.addWidget(row)
        for flag in check.live.flags:
            box = QCheckBox(_tr("%1 məqamını yoxladım").replace("%1", flag))  # proposed string
            box.setObjectName(f"desk.flag.{flag}")
            box.setAccessibleName(box.text())
            box.toggled.connect(self._update_buttons)
            self.flag_boxes[flag] = box
            self._flags.addWidget(box)
        if not check.live.flags:
            self._flags.addWidget(QLabel(_tr("Yoxdur")))  # proposed string
        self._update_buttons()

    def _update_buttons(self) -> None:
        check = self.check
        flags_ok = all(box.isChecked() for box in self.flag_boxes.values())
        self.approve.setEnabled(check is not None and check.approvable and flags_ok)
        self.refuse.setEnabled(check is not None)

    def attach_file(self, paragraph: str, path: Path) -> None:
        if self.case_id is None:
            return
        try:
            check = self.desk.attach_document(self.case_id, paragraph, path.read_bytes(), path.name)
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.error.clear_message()
        self._show(check)
        self._refresh_row()

    def _refresh_row(self) -> None:
        row = self.queue.currentRow()
        if self.check is not None and 0 <= row < self.queue.rowCount():
            text = _tr("Tamdır") if self.check.complete else _tr("Natamamdır")
            self.queue.setItem(row, 4, QTableWidgetItem(text))

    def _on_attach_clicked(self, paragraph: str) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Sənəd seçin"),  # proposed string
            "",
            _tr("Sənədlər (*.pdf *.png *.jpg *.jpeg)"),  # proposed string
        )
        if name:
            self.attach_file(paragraph, Path(name))

    def _on_approve(self) -> None:
        if self.case_id is None:
            return
        qdate = self.sent_on.date()
        case_id = self.case_id
        self._answer(
            lambda: self.desk.approve(
                case_id,
                reason=self.reason.toPlainText(),
                sent_on=date(qdate.year(), qdate.month(), qdate.day()),
                confirmed_flags=tuple(sorted(self.flag_boxes)),
            )
        )

    def _on_refuse(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self._answer(lambda: self.desk.refuse(case_id, reason=self.reason.toPlainText()))

    def _answer(self, action: Callable[[], Answer]) -> None:
        try:
            answer = action()
        except RegistrarError as error:
            self.error.show_message(str(error))
            return
        self.answer = answer
        self.error.clear_message()
        approved = answer.status == "approved"
        lines = [_tr("Təsdiq edilib") if approved else _tr("Rədd edilib")]  # proposed strings
        lines += [
            _tr("Məktub %1 → %2: %3")  # proposed string
            .replace("%1", number)
            .replace("%2", code)
            .replace("%3", kind)
            for code, kind, number in answer.letters
        ]
        lines += [
            _tr("İş açıldı: %1").replace("%1", code)  # proposed string
            for code, _case in answer.opened_cases
        ]
        self.reason.clear()
        self.refresh()
        self.result.setText("\n".join(lines))
        self.answered.emit(answer)
