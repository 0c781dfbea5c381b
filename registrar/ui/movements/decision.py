"""The live decision panel: status, paragraphs, reasons, consents, score, fee, checklist, flags."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.movements import ChecklistItem, LiveDecision
from registrar.ui.movements.labels import (
    CONSENT_TITLES,
    DEADLINE_TITLES,
    FEE_TITLES,
    SCORE_TITLES,
    STATUS_COLOURS,
    STATUS_TITLES,
    reason_text,
    title,
)

CONTEXT = "Movements"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class ChecklistRow(QFrame):
    """One required document: its files, an attach button, and a drop target for files."""

    files_dropped = Signal(str, list)  # paragraph, [Path]
    attach_requested = Signal(str)  # paragraph
    detach_requested = Signal(str, object)  # paragraph, blob id

    def __init__(self, item: ChecklistItem, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"checklist.{item.paragraph}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(editable and not item.after_order)
        mark = "✔" if item.done else ("…" if item.after_order else "✘")
        colour = "#1b5e20" if item.done else ("#555555" if item.after_order else "#b3261e")
        head = QLabel(f"<b style='color:{colour}'>{mark}</b> {item.paragraph} — {item.label}")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(head)
        if item.after_order:
            note = QLabel(_tr("Əmrdən sonra"))  # proposed string
            note.setStyleSheet("color: #555555;")
            layout.addWidget(note)
        for evidence in item.evidence:
            line = QHBoxLayout()
            name = QLabel(f"{evidence.filename} ({evidence.mime}, {evidence.size} B)")
            line.addWidget(name, 1)
            remove = QPushButton(_tr("Sil"))  # proposed string
            remove.setObjectName(f"detach.{item.paragraph}")
            remove.setAccessibleName(_tr("Faylı sil: %1").replace("%1", evidence.filename))
            remove.setEnabled(editable)
            blob_id = evidence.blob_id
            remove.clicked.connect(
                lambda _=False, b=blob_id: self.detach_requested.emit(item.paragraph, b)
            )
            line.addWidget(remove)
            layout.addLayout(line)
        if not item.after_order:
            self.attach = QPushButton(_tr("Fayl əlavə et…"))  # proposed string
            self.attach.setObjectName(f"attach.{item.paragraph}")
            self.attach.setAccessibleName(
                _tr("Fayl əlavə et: %1").replace("%1", item.paragraph)  # proposed string
            )
            self.attach.setEnabled(editable)
            self.attach.clicked.connect(lambda: self.attach_requested.emit(item.paragraph))
            layout.addWidget(self.attach)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.item.paragraph, paths)


class DecisionPanel(QWidget):
    """Shows a LiveDecision; re-rendered on every change of the facts or the evidence."""

    files_chosen = Signal(str, list)  # paragraph, [Path]
    detach_requested = Signal(str, object)
    flags_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision.panel")
        self.editable = True
        self.status = QLabel()
        self.status.setObjectName("decision.status")
        self.status.setAccessibleName(_tr("Qərarın statusu"))  # proposed string
        self.details = QLabel()
        self.details.setObjectName("decision.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(_tr("Qərarın əsasları"))  # proposed string
        checklist_box = QGroupBox(_tr("Tələb olunan sənədlər"))  # proposed string
        self._checklist_layout = QVBoxLayout(checklist_box)
        flags_box = QGroupBox(_tr("Təsdiq ediləcək məqamlar"))  # proposed string
        self._flags_layout = QVBoxLayout(flags_box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.deadlines = QLabel()
        self.deadlines.setObjectName("decision.deadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setAccessibleName(_tr("Müddətlər"))  # proposed string
        self.rows: dict[str, ChecklistRow] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(checklist_box)
        layout.addWidget(flags_box)
        layout.addWidget(QLabel(_tr("Müddətlər")))
        layout.addWidget(self.deadlines)
        layout.addStretch(1)

    def show_live(self, live: LiveDecision, confirmed: set[str]) -> None:
        decision = live.decision
        if decision is None:
            self.status.setText(_tr("Qərar yoxdur"))  # proposed string
            self.status.setStyleSheet("font-size: 13pt; font-weight: 600; color: #555555;")
            field = live.error_field or ""
            self.details.setText(
                f"<span style='color:#b3261e'>{field}: {live.error_message or ''}</span>"
            )
        else:
            code = str(decision.get("status"))
            colour = STATUS_COLOURS.get(code, "#000000")
            self.status.setText(title(STATUS_TITLES, code))
            self.status.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {colour};")
            self.details.setText(decision_details(decision))
        self._show_checklist(live)
        self._show_flags(live, confirmed)
        self.deadlines.setText(_deadlines(decision))

    def confirmed_flags(self) -> set[str]:
        return {flag for flag, box in self.flag_boxes.items() if box.isChecked()}

    def _show_checklist(self, live: LiveDecision) -> None:
        _clear(self._checklist_layout)
        self.rows = {}
        if not live.checklist:
            self._checklist_layout.addWidget(QLabel(_tr("Sənəd tələb olunmur")))  # proposed
        for item in live.checklist:
            row = ChecklistRow(item, self.editable)
            row.files_dropped.connect(self.files_chosen)
            row.attach_requested.connect(self._on_attach_requested)
            row.detach_requested.connect(self.detach_requested)
            self.rows[item.paragraph] = row
            self._checklist_layout.addWidget(row)

    def _show_flags(self, live: LiveDecision, confirmed: set[str]) -> None:
        _clear(self._flags_layout)
        self.flag_boxes = {}
        if not live.flags:
            self._flags_layout.addWidget(QLabel(_tr("Yoxdur")))  # proposed string
        for flag in live.flags:
            box = QCheckBox(_tr("%1 məqamını yoxladım").replace("%1", flag))  # proposed string
            box.setObjectName(f"flag.{flag}")
            box.setAccessibleName(box.text())
            box.setChecked(flag in confirmed)
            box.setEnabled(self.editable)
            box.toggled.connect(self.flags_changed)
            self.flag_boxes[flag] = box
            self._flags_layout.addWidget(box)

    def _on_attach_requested(self, paragraph: str) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _tr("Sənəd seçin"),  # proposed string
            "",
            _tr("Sənədlər (*.pdf *.png *.jpg *.jpeg)"),  # proposed string
        )
        if names:
            self.files_chosen.emit(paragraph, [Path(name) for name in names])


def decision_details(decision: Mapping[str, Any]) -> str:
    parts = [
        "<b>" + _tr("Qərar verən bəndlər") + ":</b> " + ", ".join(decision.get("decided_by", []))
    ]
    reasons = decision.get("reasons") or []
    if reasons:
        items = "".join(
            f"<li>{html.escape(str(r.get('paragraph', '')))}: {html.escape(reason_text(r))}</li>"
            for r in reasons
        )
        parts.append("<b>" + _tr("Səbəblər") + ":</b><ul>" + items + "</ul>")
    consents = decision.get("consents") or []
    if consents:
        names = ", ".join(
            f"{title(CONSENT_TITLES, c.get('who'))}"
            + (f" ({c['name']})" if c.get("name") else "")
            + f" — {c.get('paragraph', '')}"
            for c in consents
        )
        parts.append("<b>" + _tr("Razılıqlar") + ":</b> " + names)
    score = decision.get("score")
    if score:
        parts.append(
            "<b>" + _tr("Bal") + ":</b> "
            f"{title(SCORE_TITLES, score.get('outcome'))} ({score.get('paragraph', '')})"
        )
    if decision.get("fee_after"):
        parts.append(
            "<b>"
            + _tr("Sonrakı ödəniş əsası")
            + ":</b> "
            + title(FEE_TITLES, str(decision["fee_after"]))
        )
    window = decision.get("window")
    if window and not window.get("inside", True):
        parts.append(
            "<b>"
            + _tr("Tətil dövründən kənar")
            + "</b>"
            + (f"; {window['next_opens']}" if window.get("next_opens") else "")
        )
    return "<br/>".join(parts)


def _deadlines(decision: Mapping[str, Any] | None) -> str:
    if decision is None or not decision.get("deadlines"):
        return "—"
    return "\n".join(
        f"{title(DEADLINE_TITLES, d.get('what'))}: {d.get('due')} ({d.get('paragraph', '')})"
        for d in decision["deadlines"]
    )
