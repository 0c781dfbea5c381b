"""P13 `Təhsil haqqından azad`: Bəli/Xeyr, category sub-questions and document slots."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from registrar.services import field_ids as F
from registrar.services.reference import DocumentSlot, FeeCategory
from registrar.services.validation import Violation
from registrar.ui.wizard.common import (
    YES,
    FieldError,
    OptionRadios,
    WizardContext,
    WizardPage,
    YesNo,
    combo_value,
    fill_combo,
    set_combo_value,
    set_invalid,
    tr,
)
from registrar.ui.wizard.ids import BTN_APPLY, BTN_BACK, BTN_SAVE, PageId
from registrar.ui.wizard.slots import SlotArea, make_slot


class FeePage(WizardPage):
    """P13: exemption from the tuition fee; category sub-questions and slots from reference."""

    page_id = PageId.P13

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Təhsil haqqından azad"))
        intro = QLabel(
            tr(
                "Sosial baxımdan həssas əhali qrupuna aid olduğunuz kateqoriyanı seçməklə təhsil "
                "haqqı güzəştlərindən istifadə edə bilərsiniz."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        hint = QLabel(
            # proposed string (spec P13 fee.hint)
            tr(
                "Əgər təhsil haqqından azad olunmaq üçün heç bir kateqoriyaya aid "
                "olmadığınızdan əminsinizsə, müraciətinizə gec cavab verilməməsi üçün birbaşa "
                "müraciət etməyiniz xahiş olunur."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.vulnerable = YesNo(
            F.FEE_VULNERABLE, tr("Sosial baxımdan həssas əhali qrupuna aidsiniz?")
        )
        self.add_field(
            F.FEE_VULNERABLE, tr("Sosial baxımdan həssas əhali qrupuna aidsiniz?"), self.vulnerable
        )
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(30)
        fill_combo(
            self.category,
            [(c.code, c.label_az) for c in context.reference.fee_categories],
            placeholder=True,
        )
        self.add_field(F.FEE_CATEGORY, tr("Sosial status:"), self.category)
        self.sub_box = QWidget()
        self.sub_form = QFormLayout(self.sub_box)
        self.sub_form.setContentsMargins(0, 0, 0, 0)
        self.sub_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.sub_box)
        self.sub_widgets: dict[str, QWidget] = {}
        self.sub_errors: dict[str, FieldError] = {}
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.add_field(F.FEE_NOTES, tr("Qeydlər"), self.notes, required=False)
        self.upload_hint = QLabel(tr("Yeni sənəd yükləyə bilərsiniz."))
        self.upload_hint.setWordWrap(True)
        self.form.addRow(self.upload_hint)
        self.slots = SlotArea()
        self.form.addRow(self.slots)
        self._slot_key: tuple[str, ...] = ()
        self._sub_key: tuple[str, ...] = ()
        self.vulnerable.changed.connect(self._on_vulnerable)
        self.category.currentIndexChanged.connect(self._on_category)
        self.notes.textChanged.connect(lambda: self.record(F.FEE_NOTES, self.notes.toPlainText()))

    # --- dynamic parts -------------------------------------------------------------------

    def _category(self) -> FeeCategory | None:
        code = combo_value(self.category)
        for category in self.context.reference.fee_categories:
            if category.code == code:
                return category
        return None

    def _answers(self, category: FeeCategory) -> dict[str, str]:
        ids = {q.id for q in category.sub_questions}
        return {k: v for k, v in self.draft.values.items() if k in ids}

    def _on_vulnerable(self, value: str) -> None:
        self.record(F.FEE_VULNERABLE, value)
        self._refresh()

    def _on_category(self) -> None:
        previous = self.draft.get(F.FEE_CATEGORY)
        code = combo_value(self.category)
        if previous != code:
            for key in [k for k in self.draft.values if k.startswith(F.FEE_SUB_PREFIX)]:
                self.draft.set(key, "")
        self.record(F.FEE_CATEGORY, code)
        self._refresh()

    def _on_answer(self, field_id: str, value: str) -> None:
        self.record(field_id, value)
        self._refresh()

    def _refresh(self) -> None:
        yes = self.vulnerable.value() == YES
        self.set_row_visible(F.FEE_CATEGORY, yes)
        self.set_row_visible(F.FEE_NOTES, yes)
        self.upload_hint.setVisible(yes)
        self.sub_box.setVisible(yes)
        self.slots.setVisible(yes)
        category = self._category() if yes else None
        questions = category.visible_sub_questions(self._answers(category)) if category else []
        self._build_questions(questions)
        documents: list[DocumentSlot] = (
            category.applicable_documents(self._answers(category)) if category else []
        )
        key = tuple(slot.id for slot in documents) + (("other",) if yes else ())
        if key != self._slot_key:
            self._slot_key = key
            slots = [
                make_slot(
                    self.context, slot.id, slot.label_az, required=slot.required, multiple=False
                )
                for slot in documents
            ]
            if yes:
                slots.append(
                    make_slot(
                        self.context, F.FEE_DOCS_OTHER, tr("Digər"), required=False, multiple=True
                    )
                )
            for slot in slots:
                slot.files_changed.connect(self._on_files)
            self.slots.rebuild(slots)
        self.complete_changed.emit()

    def _build_questions(self, questions: list) -> None:  # type: ignore[type-arg]
        key = tuple(q.id for q in questions)
        if key == self._sub_key:
            return
        self._sub_key = key
        while self.sub_form.rowCount():
            self.sub_form.removeRow(0)
        self.sub_widgets = {}
        self.sub_errors = {}
        for question in questions:
            options = [(o.id, o.label_az) for o in question.options]
            widget: QWidget
            if question.widget == "radio":
                radios = OptionRadios(question.id, options)
                radios.set_value(self.draft.get(question.id))
                radios.changed.connect(lambda v, q=question.id: self._on_answer(q, v))
                widget = radios
            else:
                combo = QComboBox()
                fill_combo(combo, options, placeholder=True)
                set_combo_value(combo, self.draft.get(question.id))
                combo.currentIndexChanged.connect(
                    lambda _i, q=question.id, c=combo: self._on_answer(q, combo_value(c))
                )
                widget = combo
            widget.setObjectName(question.id)
            widget.setAccessibleName(question.label_az)
            caption = QLabel(f"{question.label_az} *" if question.required else question.label_az)
            caption.setWordWrap(True)
            caption.setBuddy(widget)
            error = FieldError(question.id)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(error)
            self.sub_form.addRow(caption, box)
            self.sub_widgets[question.id] = widget
            self.sub_errors[question.id] = error

    def _on_files(self) -> None:
        self.changed.emit()
        self.complete_changed.emit()

    # --- wizard hooks --------------------------------------------------------------------

    def load(self) -> None:
        d = self.draft
        self.vulnerable.set_value(d.get(F.FEE_VULNERABLE))
        self.category.blockSignals(True)
        set_combo_value(self.category, d.get(F.FEE_CATEGORY))
        self.category.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(d.get(F.FEE_NOTES))
        self.notes.blockSignals(False)
        self._sub_key = ()
        self._slot_key = ("-",)
        self._refresh()

    def show_violations(self, violations: Iterable[Violation]) -> bool:
        items = list(violations)
        slot_ids = set(self.slots.slots)
        ok = super().show_violations(
            [v for v in items if v.field not in slot_ids and v.field not in self.sub_widgets]
        )
        self.slots.show_errors({v.field: v.message for v in items if v.field in slot_ids})
        for field_id, widget in self.sub_widgets.items():
            bad = [v.message for v in items if v.field == field_id]
            set_invalid(widget, bool(bad))
            self.sub_errors[field_id].show_message("\n".join(bad))
        return ok and not any(v.field in slot_ids or v.field in self.sub_widgets for v in items)

    def next_id(self) -> PageId | None:
        return PageId.P14

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_SAVE: True, BTN_APPLY: True}
