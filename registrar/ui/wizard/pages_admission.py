"""P12 `Qəbul məlumatları`: data from the admission list, stage and level, documents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from registrar.services import field_ids as F
from registrar.services.reference import AdmissionLine
from registrar.services.validation import Violation
from registrar.ui.wizard.common import (
    WizardContext,
    WizardPage,
    combo_value,
    fill_combo,
    set_combo_value,
    tr,
)
from registrar.ui.wizard.ids import BTN_APPLY, BTN_BACK, BTN_NEXT, BTN_SAVE, PageId
from registrar.ui.wizard.pages_application import FEE_PAYING, STATE_FUNDED, admission_basis
from registrar.ui.wizard.pages_identity import AZ_CITIZEN
from registrar.ui.wizard.slots import SlotArea, make_slot


class AdmissionPage(WizardPage):
    """P12: admission data from the list, stage and level by hand for foreigners, documents.

    State-funded: `MÜRACİƏT ET` goes to the review; fee-paying: `NÖVBƏTİ >` goes to P13.
    """

    page_id = PageId.P12

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Qəbul məlumatları"))
        self.auto_box = QWidget()
        self.auto_form = QFormLayout(self.auto_box)
        self.auto_form.setContentsMargins(0, 0, 0, 0)
        self.auto: dict[str, QLabel] = {}
        for key, caption in (
            ("institution", tr("Təhsil müəssisəsi")),  # proposed string
            ("specialty", tr("İxtisas")),  # proposed string
            ("specialization", tr("İxtisaslaşma")),  # proposed string
            ("study_form", tr("Təhsilalma forması")),  # proposed string
            ("admission_basis", tr("Qəbul əsası")),  # proposed string
            ("score", tr("Qəbul balı")),  # proposed string
            ("year", tr("Qəbul ili")),  # proposed string
        ):
            label = QLabel()
            label.setObjectName(f"ad.auto.{key}")
            label.setWordWrap(True)
            self.auto[key] = label
            self.auto_form.addRow(caption + ":", label)
        self.form.addRow(self.auto_box)
        self.no_data = QLabel(tr("Qəbul məlumatları tapılmadı."))  # proposed string
        self.no_data.setObjectName("ad.auto.none")
        self.no_data.setProperty("role", "error")
        self.no_data.setWordWrap(True)
        self.form.addRow(self.no_data)
        ref = context.reference
        self.prev_stage = QComboBox()
        fill_combo(
            self.prev_stage,
            [(c.code, c.label_az) for c in ref.choices("previous_education_stages")],
            placeholder=True,
        )
        self.edu_level = QComboBox()
        fill_combo(
            self.edu_level,
            [(c.code, c.label_az) for c in ref.choices("education_levels")],
            placeholder=True,
        )
        self.add_field(F.AD_PREV_STAGE, tr("Əvvəlki təhsil pilləsi:"), self.prev_stage)  # proposed
        self.add_field(F.AD_EDU_LEVEL, tr("Təhsil səviyyəsi:"), self.edu_level)  # proposed
        hint = QLabel(tr("Yeni sənəd yükləyə bilərsiniz."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.slots = SlotArea()
        self.form.addRow(self.slots)
        self.prev_stage.currentIndexChanged.connect(
            lambda: self.record(F.AD_PREV_STAGE, combo_value(self.prev_stage))
        )
        self.edu_level.currentIndexChanged.connect(
            lambda: self.record(F.AD_EDU_LEVEL, combo_value(self.edu_level))
        )
        self._slot_key: tuple[str, ...] = ()

    def _line(self) -> AdmissionLine | None:
        code = self.draft.get(F.APP_ADMISSION_LINE)
        for line in self.context.service.admission_lines():
            if line.code == code:
                return line
        return None

    def load(self) -> None:
        d = self.draft
        found = self.context.match
        admission = found.admission if found is not None else None
        self.auto_box.setVisible(admission is not None)
        self.no_data.setVisible(admission is None)
        if admission is not None:
            basis = {
                STATE_FUNDED: tr("dövlət sifarişi əsasında"),  # proposed string
                FEE_PAYING: tr("ödənişli əsaslarla"),  # proposed string
            }
            forms = {
                "full_time": tr("əyani"),  # proposed string
                "extramural": tr("qiyabi"),  # proposed string
                "evening": tr("axşam"),  # proposed string
                "distance": tr("distant"),  # proposed string
            }
            self.auto["institution"].setText(admission.institution_name)
            self.auto["specialty"].setText(
                f"{admission.specialty_code} — {admission.specialty_name}"
            )
            self.auto["specialization"].setText(admission.specialisation or "—")
            self.auto["study_form"].setText(forms.get(admission.study_form, admission.study_form))
            self.auto["admission_basis"].setText(basis.get(admission.basis, admission.basis))
            self.auto["score"].setText(
                "—" if admission.score is None else f"{admission.score:g}".replace(".", ",")
            )
            self.auto["year"].setText(str(admission.year))
        line = self._line()
        manual = d.get(F.REG_CITIZENSHIP) != AZ_CITIZEN or (
            line is not None and line.manual_stage_and_level
        )
        self.set_row_visible(F.AD_PREV_STAGE, manual)
        self.set_row_visible(F.AD_EDU_LEVEL, manual)
        for combo, field_id in (
            (self.prev_stage, F.AD_PREV_STAGE),
            (self.edu_level, F.AD_EDU_LEVEL),
        ):
            combo.blockSignals(True)
            set_combo_value(combo, d.get(field_id))
            combo.blockSignals(False)
        documents = list(line.documents) if line is not None else []
        key = tuple(slot.id for slot in documents)
        if key != self._slot_key or not self.slots.slots:
            self._slot_key = key
            slots = [
                make_slot(
                    self.context, slot.id, slot.label_az, required=slot.required, multiple=False
                )
                for slot in documents
            ]
            slots.append(
                make_slot(self.context, F.AD_DOCS_OTHER, tr("Digər"), required=False, multiple=True)
            )
            for slot in slots:
                slot.files_changed.connect(self._on_files)
            self.slots.rebuild(slots)

    def _on_files(self) -> None:
        self.changed.emit()
        self.complete_changed.emit()

    def show_violations(self, violations: Iterable[Violation]) -> bool:
        items = list(violations)
        ok = super().show_violations([v for v in items if v.field not in self.slots.slots])
        self.slots.show_errors({v.field: v.message for v in items if v.field in self.slots.slots})
        return ok and not any(v.field in self.slots.slots for v in items)

    def fee_paying(self) -> bool:
        return admission_basis(self.context) == FEE_PAYING

    def next_id(self) -> PageId | None:
        return PageId.P13 if self.fee_paying() else PageId.P14

    def buttons(self) -> Mapping[str, bool]:
        return {
            BTN_BACK: True,
            BTN_SAVE: True,
            BTN_NEXT: self.fee_paying(),
            BTN_APPLY: not self.fee_paying(),
        }
