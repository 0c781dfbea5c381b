"""P14 review with TƏSDİQ ET, the P15 notification and the P16 status page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services import field_ids as F
from registrar.ui.wizard.common import NO, YES, WizardContext, WizardPage, tr
from registrar.ui.wizard.ids import BTN_BACK, BTN_CLOSE, BTN_CONFIRM, PageId
from registrar.ui.wizard.pages_application import admission_basis, line_label
from registrar.ui.wizard.pages_identity import UNHCR, show_date

if TYPE_CHECKING:
    from registrar.services.intake import StatusView

WARNING_STYLE = "QFrame#review.warning { border: 2px solid #b3261e; border-radius: 4px; }"


class ReviewPage(WizardPage):
    """P14: everything entered, read-only; TƏSDİQ ET freezes the application."""

    page_id = PageId.P14

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Daxil etdiyiniz məlumatların doğruluğunu təsdiq edirsinizmi?"))
        self.sections = QVBoxLayout()
        self.form.addRow(self.sections)
        self.warning = QFrame()
        self.warning.setObjectName("review.warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        box = QVBoxLayout(self.warning)
        title = QLabel(tr("DİQQƏT!"))
        title.setObjectName("review.warning.title")
        title.setStyleSheet("color: #b3261e; font-weight: 700;")
        text = QLabel(
            tr(
                "Hörmətli Müraciətçi, müraciəti təsdiq etdikdən sonra məlumatların "
                "dəyişdirilməsi mümkün olmayacaqdır!"
            )
        )
        text.setObjectName("review.warning.text")
        text.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(text)
        self.form.addRow(self.warning)
        self._content: QWidget | None = None

    def rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(section title, [(label, value)]) of everything the applicant entered."""
        d = self.draft
        ref = self.context.reference
        citizenship = {c.code: c.label_az for c in ref.choices("citizenship_types")}
        yes_no = {YES: tr("Bəli"), NO: tr("Xeyr")}
        unhcr = d.get(F.REG_CITIZENSHIP) == UNHCR
        identity = [
            (tr("Vətəndaşlıq:"), citizenship.get(d.get(F.REG_CITIZENSHIP), "")),
            (
                tr("Sənədin seriya və nömrəsi:") if unhcr else tr("FİN:"),
                d.get(F.REG_UNHCR_DOC_NO) if unhcr else d.get(F.REG_FIN),
            ),
            (tr("Ad:"), d.get(F.REG_FIRST_NAME)),
            (tr("Soyad:"), d.get(F.REG_LAST_NAME)),
            (tr("Ata adı:"), d.get(F.REG_PATRONYMIC)),
            (tr("Doğum tarixi:"), show_date(d.get(F.REG_BIRTH_DATE))),
            (tr("Mobil nömrə:"), d.get(F.MOB_NUMBER)),
            (tr("Elektron poçt ünvanı:"), d.get(F.EM_EMAIL)),
        ]
        lines = {ln.code: line_label(ln) for ln in self.context.service.admission_lines()}
        districts = {s.code: s.label_az for s in self.context.service.districts()}
        personal = [
            (tr("Qəbul xətti"), lines.get(d.get(F.APP_ADMISSION_LINE), "")),
            (tr("Qeydiyyat ünvanı:"), d.get(F.PD_REG_ADDRESS)),
            (
                tr("Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?"),
                yes_no.get(d.get(F.PD_SAME_ADDRESS), ""),
            ),
        ]
        if d.get(F.PD_SAME_ADDRESS) == NO:
            personal.append((tr("Faktiki yaşadığı ünvan:"), d.get(F.PD_ACTUAL_ADDRESS)))
        personal += [
            (tr("Faktiki yaşadığı rayon:"), districts.get(d.get(F.PD_ACTUAL_DISTRICT), "")),
            (tr("Əlaqə nömrəsi:"), d.get(F.PD_PHONE)),
            (tr("E-poçt:"), d.get(F.PD_EMAIL)),
        ]
        admission: list[tuple[str, str]] = []
        for slot_id, files in sorted(d.files.items()):
            if slot_id.startswith("ad.docs."):
                admission.append((self._slot_label(slot_id), ", ".join(f.file_name for f in files)))
        sections = [
            (tr("Sənəd məlumatları"), identity),
            (tr("Şəxsi məlumatlar"), personal),
            (tr("Qəbul məlumatları"), admission),
        ]
        if admission_basis(self.context) == "fee_paying":
            fee = [
                (
                    tr("Sosial baxımdan həssas əhali qrupuna aidsiniz?"),
                    yes_no.get(d.get(F.FEE_VULNERABLE), ""),
                )
            ]
            if d.get(F.FEE_VULNERABLE) == YES:
                category = next(
                    (c for c in ref.fee_categories if c.code == d.get(F.FEE_CATEGORY)), None
                )
                fee.append((tr("Sosial status:"), category.label_az if category else ""))
                if category is not None:
                    answers = {q.id: d.get(q.id) for q in category.sub_questions if d.get(q.id)}
                    for question in category.visible_sub_questions(answers):
                        option = {o.id: o.label_az for o in question.options}
                        fee.append((question.label_az, option.get(d.get(question.id), "")))
                fee.append((tr("Qeydlər"), d.get(F.FEE_NOTES)))
                for slot_id, files in sorted(d.files.items()):
                    if slot_id.startswith(("fee.doc.", "fee.docs.")):
                        fee.append(
                            (self._slot_label(slot_id), ", ".join(f.file_name for f in files))
                        )
            sections.append((tr("Təhsil haqqından azad"), fee))
        return sections

    def _slot_label(self, slot_id: str) -> str:
        if slot_id in (F.AD_DOCS_OTHER, F.FEE_DOCS_OTHER):
            return tr("Digər")
        for line in self.context.service.admission_lines():
            for slot in line.documents:
                if slot.id == slot_id:
                    return slot.label_az
        for category in self.context.reference.fee_categories:
            for slot in category.documents:
                if slot.id == slot_id:
                    return slot.label_az
        return slot_id

    def load(self) -> None:
        if self._content is not None:
            self.sections.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        content = QWidget()
        content.setObjectName("review.content")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for title, rows in self.rows():
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
            column.addWidget(heading)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for label, value in rows:
                shown = QLabel(value or "—")
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(QLabel(label), shown)
            column.addLayout(form)
        self.sections.addWidget(content)
        self._content = content

    def validate(self) -> bool:
        return True  # the service checks everything again inside confirm()

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_CONFIRM: True}


class SentNotice(QDialog):
    """P15: the submission notification, closed with its X button."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("P15")
        self.setWindowTitle(tr("Bildiriş"))  # proposed string
        self.setModal(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.close_button = QPushButton(tr("X"))
        self.close_button.setObjectName(BTN_CLOSE)
        self.close_button.setAccessibleName(tr("Bağla"))  # proposed string
        self.close_button.setFixedWidth(32)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.text = QLabel(tr("Müraciətiniz uğurla göndərildi."))  # proposed string
        self.text.setObjectName("notify.text")
        self.text.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.text)
        self.number = QLabel(tr("Müraciətin nömrəsi: ") + number)  # proposed string
        self.number.setObjectName("notify.number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.number)


class StatusPage(QWidget):
    """P16 `Ümumi məlumatlar`: part 1 progress, part 2 status and the last message."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("P16")
        layout = QVBoxLayout(self)
        title = QLabel(tr("Ümumi məlumatlar"))
        title.setProperty("role", "pageTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(title)
        self.number = QLabel()
        self.number.setObjectName("status.number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.number)
        progress_title = QLabel(tr("İrəliləyiş"))  # proposed string
        progress_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(progress_title)
        self.progress = QHBoxLayout()
        layout.addLayout(self.progress)
        status_title = QLabel(tr("Status"))  # proposed string
        status_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        layout.addWidget(status_title)
        self.status = QLabel()
        self.status.setObjectName("status.label")
        layout.addWidget(self.status)
        self.message = QLabel()
        self.message.setObjectName("status.message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.receipt_button = QPushButton(tr("Qəbzi çap et…"))  # proposed string
        self.receipt_button.setObjectName("btn.receipt")
        self.receipt_button.setAccessibleName(tr("Qəbzi çap et…"))  # proposed string
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        layout.addLayout(receipt_row)
        layout.addStretch(1)
        self.step_labels: list[QLabel] = []

    def show_status(self, view: StatusView) -> None:
        self.number.setText(tr("Müraciətin nömrəsi: ") + view.number)  # proposed string
        for label in self.step_labels:
            self.progress.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.step_labels = []
        marks = {"done": "✓ ", "current": "● ", "todo": "○ "}
        colours = {"done": "#1e6b34", "current": "#1f4e79", "todo": "#8a8a8a"}
        for index, (text, state) in enumerate(view.steps):
            if index:
                arrow = QLabel("→")
                self.progress.addWidget(arrow)
                self.step_labels.append(arrow)
            label = QLabel(marks.get(state, "") + text)
            label.setObjectName(f"status.step.{index + 1}")
            label.setProperty("state", state)
            weight = "700" if state == "current" else "400"
            label.setStyleSheet(f"color: {colours.get(state, '#000')}; font-weight: {weight};")
            self.progress.addWidget(label)
            self.step_labels.append(label)
        self.status.setText(view.status_label_az)
        if view.last_message:
            when = view.last_message_at.strftime("%d.%m.%Y %H:%M") if view.last_message_at else ""
            self.message.setText(f"{when} {view.last_message}".strip())
        else:
            self.message.setText("")
