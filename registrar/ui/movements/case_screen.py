"""The shared case screen: facts on the left, the engine's live decision on the right."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from registrar.services.errors import RegistrarError
from registrar.services.movements import (
    CaseView,
    EvidenceRef,
    LiveDecision,
    MovementService,
    OrderView,
)
from registrar.ui.movements.decision import DecisionPanel
from registrar.ui.movements.fields import FIELDS, FactsForm
from registrar.ui.movements.labels import CASE_STATES, EVENT_TITLES, KIND_TITLES, title
from registrar.ui.widgets import ErrorLabel, format_local_time

log = logging.getLogger(__name__)

CONTEXT = "Movements"
# The facts field holding the date the decision counted from; the order must carry that date.
CREDIT_KINDS = frozenset(
    {"incoming_transfer", "transfer_from_abroad", "specialty_or_form_change", "restoration"}
)
ORDER_DATE_FIELD = {"expulsion": "order_date", "restoration": "date", "leave_return": "order_date"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class CaseScreen(QWidget):
    """One movement case of `KIND`; subclasses only name their kind."""

    KIND: ClassVar[str] = ""
    case_changed = Signal(object)  # CaseView
    order_issued = Signal(object)  # OrderView

    def __init__(
        self,
        service: MovementService,
        *,
        student_id: uuid.UUID | None = None,
        case_id: uuid.UUID | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind or self.KIND
        if self.kind not in FIELDS:
            raise ValueError(f"unknown case kind {self.kind!r}")
        self.setObjectName(f"case.{self.kind}")
        self.service = service
        self.case: CaseView | None = None
        self.order: OrderView | None = None
        self.live: LiveDecision | None = None
        self._student_id = student_id

        self.heading = QLabel(title(KIND_TITLES, self.kind))
        self.heading.setObjectName("case.heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.student = QLabel()
        self.student.setObjectName("case.student")
        self.state = QLabel()
        self.state.setObjectName("case.state")
        self.state.setAccessibleName(_tr("İşin vəziyyəti"))  # proposed string

        self.form = FactsForm(FIELDS[self.kind])
        self.form.changed.connect(self._on_facts_changed)
        self.save = QPushButton(_tr("Faktları &saxla"))  # proposed string
        self.save.setObjectName("case.save")
        self.save.setAccessibleName(self.save.text().replace("&", ""))
        self.save.clicked.connect(self._on_save)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.credits = QPushButton(_tr("Kreditlərin müqayisəsi…"))  # proposed string
        self.credits.setObjectName("case.credit_comparison")
        self.credits.setAccessibleName(_tr("Kreditlərin müqayisəsi"))
        self.credits.setVisible(self.kind in CREDIT_KINDS)
        self.credits.clicked.connect(self._on_credits)
        left_layout.addWidget(self.credits, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addStretch(1)

        self.panel = DecisionPanel()
        self.panel.files_chosen.connect(self._on_files_chosen)
        self.panel.detach_requested.connect(self._on_detach)
        self.panel.flags_changed.connect(self._update_buttons)
        self.record = QPushButton(_tr("Qərarı qeyd et"))
        self.record.setObjectName("case.record")
        self.record.setAccessibleName(self.record.text())
        self.record.clicked.connect(self._on_record)

        self.order_box = QGroupBox(_tr("Əmr"))  # proposed string
        self.order_box.setObjectName("case.order_box")
        self.order_date = QDateEdit()
        self.order_date.setObjectName("order.date")
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat("dd.MM.yyyy")
        self.order_date.setAccessibleName(_tr("Əmrin tarixi"))  # proposed string
        self.order_date.setDate(QDate.currentDate())
        self.signatory = QLineEdit()
        self.signatory.setObjectName("order.signatory")
        self.signatory.setAccessibleName(_tr("İmzalayan"))  # proposed string
        self.body = QLineEdit()
        self.body.setObjectName("order.body")
        self.body.setAccessibleName(_tr("Əmrin mətni"))  # proposed string
        self.issue = QPushButton(_tr("Əmr ver"))  # proposed string
        self.issue.setObjectName("case.issue_order")
        self.issue.setAccessibleName(self.issue.text())
        self.issue.clicked.connect(self._on_issue)
        self.order_label = QLabel()
        self.order_label.setObjectName("order.number")
        self.order_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        order_form = QFormLayout(self.order_box)
        order_form.addRow(_tr("Əmrin tarixi"), self.order_date)
        order_form.addRow(_tr("İmzalayan"), self.signatory)
        order_form.addRow(_tr("Əmrin mətni"), self.body)
        order_form.addRow(self.issue)
        order_form.addRow(self.order_label)

        self.history = QLabel()
        self.history.setObjectName("case.history")
        self.history.setWordWrap(True)
        self.error = ErrorLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.panel)
        right_layout.addWidget(self.order_box)
        right_layout.addWidget(self.history)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_scroll(left, "case.facts_scroll"))
        # The record button and its error stay in sight below the scrolling decision.
        right_column = QWidget()
        column_layout = QVBoxLayout(right_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(_scroll(right, "case.decision_scroll"), 1)
        column_layout.addWidget(self.error)
        column_layout.addWidget(self.record, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(right_column)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.student)
        layout.addWidget(splitter, 1)

        if case_id is not None:
            self._show_case(service.get(case_id))
        else:
            self.form.set_facts(service.prefill(self.kind, student_id))
            self._refresh_live()

    # --- state --------------------------------------------------------------------------

    @property
    def decided(self) -> bool:
        return self.case is not None and self.case.decision is not None

    def _attached(self) -> dict[str, tuple[EvidenceRef, ...]]:
        if self.case is None:
            return {}
        return {item.paragraph: item.evidence for item in self.case.live.checklist}

    def _show_case(self, case: CaseView) -> None:
        self.case = case
        self._student_id = case.student_id
        self.form.set_facts(case.facts)
        self.form.set_read_only(self.decided)
        self.save.setEnabled(not self.decided)
        self.student.setText(case.student_label or "")
        self.state.setText(title(CASE_STATES, case.status))
        self._prefill_order_date(case.facts)
        self.history.setText(
            "\n".join(
                f"{format_local_time(event.at)} — {title(EVENT_TITLES, event.kind)}"
                + (f": {event.reason}" if event.reason else "")
                for event in case.events
            )
        )
        if case.order_number:
            self.order_label.setText(_tr("Əmr nömrəsi: %1").replace("%1", case.order_number))
        self._refresh_live(case.live)
        self.case_changed.emit(case)

    def _prefill_order_date(self, facts: Mapping[str, Any]) -> None:
        field = ORDER_DATE_FIELD.get(self.kind)
        if field and isinstance(facts.get(field), str):
            parsed = QDate.fromString(facts[field], "yyyy-MM-dd")
            if parsed.isValid():
                self.order_date.setDate(parsed)

    def _refresh_live(self, live: LiveDecision | None = None) -> None:
        if live is None:
            live = self.service.preview(self.kind, self.form.facts(), self._attached())
        confirmed = self.panel.confirmed_flags()
        self.live = live
        self.panel.editable = not self.decided
        self.panel.show_live(live, confirmed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        live = self.live
        flags_ok = live is not None and set(live.flags) <= self.panel.confirmed_flags()
        self.record.setEnabled(
            live is not None and live.recordable and flags_ok and not self.decided
        )
        self.order_box.setEnabled(
            self.decided and self.case is not None and self.case.order_id is None
        )

    # --- slots --------------------------------------------------------------------------

    def _on_facts_changed(self) -> None:
        self.error.clear_message()
        self._refresh_live()

    def _ensure_case(self) -> CaseView:
        if self.case is None:
            case = self.service.open_case(
                self.kind, student_id=self._student_id, facts=self.form.facts()
            )
        else:
            case = self.service.save_facts(self.case.id, self.form.facts())
        self.case = case  # opened or saved even if the next step of the same action fails
        return case

    def _run(self, action: Any) -> Any:
        """Call a service; a user-fixable error is shown under the decision, not raised."""
        try:
            result = action()
        except RegistrarError as error:
            field = f" ({error.field})" if error.field else ""
            self.error.show_message(str(error) + field)
            return None
        self.error.clear_message()
        return result

    def _on_save(self) -> None:
        case = self._run(self._ensure_case)
        if case is not None:
            self._show_case(case)

    def attach_files(self, paragraph: str, paths: Sequence[Path]) -> None:
        """Attach files to a checklist item (the attach button and drag-and-drop end here)."""

        def work() -> CaseView:
            case = self._ensure_case()
            for path in paths:
                case = self.service.attach_evidence(
                    case.id, paragraph, path.read_bytes(), path.name
                )
            return case

        case = self._run(work)
        if case is None and self.case is not None:
            case = self.service.get(self.case.id)
        if case is not None:
            self._show_case(case)

    def _on_files_chosen(self, paragraph: str, paths: list[Path]) -> None:
        self.attach_files(paragraph, paths)

    def _on_detach(self, paragraph: str, blob_id: object) -> None:
        if self.case is None or not isinstance(blob_id, uuid.UUID):
            return
        case_id = self.case.id
        case = self._run(lambda: self.service.detach_evidence(case_id, paragraph, blob_id))
        if case is not None:
            self._show_case(case)

    def _on_record(self) -> None:
        flags = sorted(self.panel.confirmed_flags())

        def work() -> CaseView:
            case = self._ensure_case()
            return self.service.record_decision(case.id, confirmed_flags=flags)

        case = self._run(work)
        if case is None and self.case is not None:
            message = self.error.text()
            case = self.service.get(self.case.id)
            self._show_case(case)
            self.error.show_message(message)
        elif case is not None:
            self._show_case(case)

    def _on_credits(self) -> None:
        from registrar.ui.credit_comparison import CreditComparisonPage

        case = self._run(self._ensure_case)
        if case is None:
            return
        specialty = case.facts.get("target_specialty")
        code = specialty.get("code") if isinstance(specialty, dict) else None
        if not code:
            self.error.show_message(_tr("Yeni ixtisasın kodu yoxdur"))  # proposed string
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(_tr("Kreditlərin müqayisəsi"))
        dialog.resize(1100, 680)
        page = CreditComparisonPage(self.service.workspace, self.service.actor, case.id, code)
        QVBoxLayout(dialog).addWidget(page)
        dialog.exec()
        self._show_case(self.service.get(case.id))

    def _on_issue(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        qdate = self.order_date.date()
        order_date = date(qdate.year(), qdate.month(), qdate.day())
        signatory = self.signatory.text().strip()
        body = self.body.text().strip() or None
        order = self._run(
            lambda: self.service.issue_order(
                case_id, order_date=order_date, signatory=signatory, body=body
            )
        )
        if order is None:
            return
        self.order = order
        self._show_case(self.service.get(case_id))
        self.order_issued.emit(order)


class IncomingTransferScreen(CaseScreen):
    KIND = "incoming_transfer"


class OutgoingTransferScreen(CaseScreen):
    KIND = "outgoing_transfer"


class TransferFromAbroadScreen(CaseScreen):
    KIND = "transfer_from_abroad"


class SpecialtyOrFormChangeScreen(CaseScreen):
    KIND = "specialty_or_form_change"


class RestorationScreen(CaseScreen):
    KIND = "restoration"


class AcademicLeaveScreen(CaseScreen):
    KIND = "academic_leave"


class LeaveReturnScreen(CaseScreen):
    KIND = "leave_return"


class ExpulsionScreen(CaseScreen):
    KIND = "expulsion"


SCREENS: dict[str, type[CaseScreen]] = {
    screen.KIND: screen
    for screen in (
        IncomingTransferScreen,
        OutgoingTransferScreen,
        TransferFromAbroadScreen,
        SpecialtyOrFormChangeScreen,
        RestorationScreen,
        AcademicLeaveScreen,
        LeaveReturnScreen,
        ExpulsionScreen,
    )
}
