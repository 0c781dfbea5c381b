"""P02 `Sənəd məlumatları`: citizenship, then FİN + YOXLA or the UNHCR card typed by hand."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
)

from registrar.services import field_ids as F
from registrar.services.errors import RegistrarError
from registrar.ui.wizard.common import (
    WizardContext,
    WizardPage,
    combo_value,
    fill_combo,
    set_combo_value,
    tr,
)
from registrar.ui.wizard.ids import (
    BTN_CHECK,
    BTN_NEXT,
    PageId,
)

AZ_CITIZEN = "az_citizen"
MIGRATION_DOC = "migration_doc"
UNHCR = "unhcr"
KEY_TYPES = {AZ_CITIZEN: "fin", MIGRATION_DOC: "migration_fin", UNHCR: "unhcr"}
MOB_CONFIRMED_BY = "mob.confirmed_by"
NO_DATE = QDate(1900, 1, 1)


def make_date_edit() -> QDateEdit:
    """A date picker that starts empty and reads `Seçin` until a date is chosen."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate.currentDate())
    edit.setSpecialValueText(tr("Seçin"))
    edit.setDate(NO_DATE)
    return edit


def date_text(edit: QDateEdit) -> str:
    value = edit.date()
    return "" if value == NO_DATE else value.toString("yyyy-MM-dd")


def set_date_text(edit: QDateEdit, text: str) -> None:
    value = QDate.fromString(text, "yyyy-MM-dd") if text else NO_DATE
    edit.setDate(value if value.isValid() else NO_DATE)


def show_date(text: str) -> str:
    """ISO date as the portal shows it (dd.mm.yyyy)."""
    try:
        return date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


class DocumentPage(WizardPage):
    """P02: citizenship, then FİN + YOXLA (P02-A, P02-B) or typed UNHCR data (P02-C)."""

    page_id = PageId.P02

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Sənəd məlumatları"))
        ref = context.reference
        self.citizenship = QComboBox()
        fill_combo(
            self.citizenship,
            [(c.code, c.label_az) for c in ref.choices("citizenship_types")],
            placeholder=True,
        )
        self.add_field(F.REG_CITIZENSHIP, tr("Vətəndaşlıq:"), self.citizenship)
        self.doc_type = QComboBox()
        fill_combo(
            self.doc_type,
            [(c.code, c.label_az) for c in ref.choices("migration_document_types")],
            placeholder=True,
        )
        self.add_field(F.REG_MIGRATION_DOC_TYPE, tr("Sənəd növü:"), self.doc_type)
        self.fin = QLineEdit()
        self.fin.setMaxLength(7)
        self.fin.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,7}"), self.fin)
        )
        self.check = QPushButton(tr("YOXLA"))
        self.check.setObjectName(BTN_CHECK)
        self.check.setAccessibleName(tr("YOXLA"))
        self.add_field(F.REG_FIN, tr("FİN:"), self.fin, beside=[self.check])
        self.result = QFrame()
        self.result.setObjectName("reg.result")
        self.result.setFrameShape(QFrame.Shape.StyledPanel)
        result_form = QFormLayout(self.result)
        self.result_labels: dict[str, QLabel] = {}
        for key, caption in (
            (F.REG_FIRST_NAME, tr("Ad:")),
            (F.REG_LAST_NAME, tr("Soyad:")),
            (F.REG_PATRONYMIC, tr("Ata adı:")),
            (F.REG_BIRTH_DATE, tr("Doğum tarixi:")),
        ):
            value = QLabel()
            value.setObjectName(f"reg.result.{key.split('.')[-1]}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.result_labels[key] = value
            result_form.addRow(caption, value)
        self.result_note = QLabel()
        self.result_note.setObjectName("reg.result.note")
        self.result_note.setWordWrap(True)
        result_form.addRow(self.result_note)
        self.form.addRow(self.result)
        self.unhcr_no = QLineEdit()
        self.unhcr_no.setPlaceholderText(tr("Sənədin seriya və nömrəsi"))
        self.unhcr_no.setMaxLength(20)
        self.add_field(F.REG_UNHCR_DOC_NO, tr("Sənədin seriya və nömrəsi:"), self.unhcr_no)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.patronymic = QLineEdit()
        for edit in (self.first_name, self.last_name, self.patronymic):
            edit.setMaxLength(50)
        self.add_field(F.REG_FIRST_NAME, tr("Ad:"), self.first_name)
        self.add_field(F.REG_LAST_NAME, tr("Soyad:"), self.last_name)
        self.add_field(F.REG_PATRONYMIC, tr("Ata adı:"), self.patronymic)
        self.birth_date = make_date_edit()
        self.add_field(F.REG_BIRTH_DATE, tr("Doğum tarixi:"), self.birth_date)

        self.citizenship.currentIndexChanged.connect(self._on_citizenship)
        self.doc_type.currentIndexChanged.connect(
            lambda: self.record(F.REG_MIGRATION_DOC_TYPE, combo_value(self.doc_type))
        )
        self.fin.textEdited.connect(self._on_fin_edited)
        self.check.clicked.connect(self.run_check)
        self.unhcr_no.textEdited.connect(lambda t: self.record(F.REG_UNHCR_DOC_NO, t.strip()))
        self.first_name.textEdited.connect(lambda t: self.record(F.REG_FIRST_NAME, t))
        self.last_name.textEdited.connect(lambda t: self.record(F.REG_LAST_NAME, t))
        self.patronymic.textEdited.connect(lambda t: self.record(F.REG_PATRONYMIC, t))
        self.birth_date.dateChanged.connect(
            lambda: self.record(F.REG_BIRTH_DATE, date_text(self.birth_date))
        )
        self._apply_branch()

    # --- branch --------------------------------------------------------------------------

    def branch(self) -> str:
        return combo_value(self.citizenship)

    def _on_citizenship(self) -> None:
        previous = self.draft.get(F.REG_CITIZENSHIP)
        code = self.branch()
        if previous and previous != code:
            self._forget_identity()
        self.record(F.REG_CITIZENSHIP, code)
        self._apply_branch()

    def _forget_identity(self) -> None:
        for key in (
            F.REG_FIN,
            F.REG_MIGRATION_DOC_TYPE,
            F.REG_UNHCR_DOC_NO,
            F.REG_FIRST_NAME,
            F.REG_LAST_NAME,
            F.REG_PATRONYMIC,
            F.REG_BIRTH_DATE,
            F.PD_REG_ADDRESS,
        ):
            self.draft.set(key, "")
        self.context.match = None
        self.load()

    def _apply_branch(self) -> None:
        code = self.branch()
        checked = code in (AZ_CITIZEN, MIGRATION_DOC)
        self.set_row_visible(F.REG_MIGRATION_DOC_TYPE, code == MIGRATION_DOC)
        self.set_row_visible(F.REG_FIN, checked)
        self.fin.setPlaceholderText(tr("XXXXXXX") if code == AZ_CITIZEN else tr("Fin"))
        for field_id in (
            F.REG_UNHCR_DOC_NO,
            F.REG_FIRST_NAME,
            F.REG_LAST_NAME,
            F.REG_PATRONYMIC,
            F.REG_BIRTH_DATE,
        ):
            self.set_row_visible(field_id, code == UNHCR)
        self.result.setVisible(checked and self.context.match_checked)
        self.complete_changed.emit()

    # --- YOXLA ---------------------------------------------------------------------------

    def _on_fin_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.fin.cursorPosition()
            self.fin.setText(upper)
            self.fin.setCursorPosition(position)
        if self.context.match_checked:
            # Editing the FİN after a check clears the result (spec P02-A).
            self.context.match = None
            self.context.match_checked = False
            for key in (F.REG_FIRST_NAME, F.REG_LAST_NAME, F.REG_PATRONYMIC, F.REG_BIRTH_DATE):
                self.draft.set(key, "")
            self.draft.set(F.PD_REG_ADDRESS, "")
            self.result.setVisible(False)
        self.record(F.REG_FIN, upper.strip())

    def run_check(self) -> None:
        """YOXLA: look the FİN up and show the person's data, or the spec's not-found text."""
        self.clear_errors()
        code = self.branch()
        key = self.fin.text().strip().upper()
        if code not in (AZ_CITIZEN, MIGRATION_DOC):
            return
        problems = [
            v
            for v in self._page_violations()
            if v.field in (F.REG_CITIZENSHIP, F.REG_FIN, F.REG_MIGRATION_DOC_TYPE)
            and v.rule not in ("identity.not_found", "applicant.active_application")
        ]
        if problems:
            self.show_violations(problems)
            return
        try:
            found = self.context.service.lookup(KEY_TYPES[code], key)
        except RegistrarError as error:
            self.show_error(error.field or F.REG_FIN, str(error))
            return
        self.context.match = found
        self.context.match_checked = True
        if found is not None:
            self.draft.set(F.REG_FIRST_NAME, found.first_name)
            self.draft.set(F.REG_LAST_NAME, found.last_name)
            self.draft.set(F.REG_PATRONYMIC, found.patronymic)
            self.draft.set(
                F.REG_BIRTH_DATE, found.birth_date.isoformat() if found.birth_date else ""
            )
            self.draft.set(F.PD_REG_ADDRESS, found.reg_address or "")
            if found.admission is not None:
                self.draft.set(F.APP_ADMISSION_LINE, found.admission.admission_line)
        self._show_result()
        self.changed.emit()
        self.complete_changed.emit()

    def _page_violations(self) -> list:  # type: ignore[type-arg]
        try:
            return list(
                self.context.service.validate_page(
                    "P02", dict(self.draft.values), dict(self.draft.files)
                )
            )
        except RegistrarError:
            return []

    def _show_result(self) -> None:
        found = self.context.match
        self.result.setVisible(self.context.match_checked)
        if found is None:
            for label in self.result_labels.values():
                label.setText("")
            self.result_note.setText("")
            self.show_error(F.REG_FIN, tr("Məlumat tapılmadı."))  # proposed string
            return
        self.result_labels[F.REG_FIRST_NAME].setText(found.first_name)
        self.result_labels[F.REG_LAST_NAME].setText(found.last_name)
        self.result_labels[F.REG_PATRONYMIC].setText(found.patronymic)
        self.result_labels[F.REG_BIRTH_DATE].setText(
            found.birth_date.strftime("%d.%m.%Y") if found.birth_date else ""
        )
        notes = []
        if found.active_application_number:
            # proposed string
            notes.append(
                tr("Bu şəxsin aktiv müraciəti var: {number}.").replace(
                    "{number}", found.active_application_number
                )
            )
        elif found.existing_person_id is not None:
            # proposed string
            notes.append(
                tr(
                    "Bu şəxs artıq qeydiyyatdadır: yeni müraciət mövcud müraciətçiyə "
                    "əlavə olunacaq."
                )
            )
        if found.admission is None:
            # proposed string
            notes.append(tr("Bu şəxs idxal edilmiş qəbul siyahılarında yoxdur."))
        self.result_note.setText("\n".join(notes))
        if found.active_application_number:
            self.show_error(F.REG_FIN, notes[0])

    # --- wizard hooks --------------------------------------------------------------------

    def load(self) -> None:
        d = self.draft
        self.citizenship.blockSignals(True)
        set_combo_value(self.citizenship, d.get(F.REG_CITIZENSHIP))
        self.citizenship.blockSignals(False)
        self.doc_type.blockSignals(True)
        set_combo_value(self.doc_type, d.get(F.REG_MIGRATION_DOC_TYPE))
        self.doc_type.blockSignals(False)
        self.fin.setText(d.get(F.REG_FIN))
        self.unhcr_no.setText(d.get(F.REG_UNHCR_DOC_NO))
        self.first_name.setText(d.get(F.REG_FIRST_NAME))
        self.last_name.setText(d.get(F.REG_LAST_NAME))
        self.patronymic.setText(d.get(F.REG_PATRONYMIC))
        self.birth_date.blockSignals(True)
        set_date_text(self.birth_date, d.get(F.REG_BIRTH_DATE))
        self.birth_date.blockSignals(False)
        self._apply_branch()
        if self.context.match_checked:
            self._show_result()

    def is_complete(self) -> bool:
        code = self.branch()
        if code in (AZ_CITIZEN, MIGRATION_DOC):
            found = self.context.match
            return (
                self.context.match_checked
                and found is not None
                and not found.active_application_number
            )
        return True

    def validate(self) -> bool:
        if self.branch() in (AZ_CITIZEN, MIGRATION_DOC) and not self.context.match_checked:
            self.show_error(F.REG_FIN, tr("Əvvəlcə YOXLA düyməsini basın."))  # proposed string
            return False
        return self.check_with_service()

    def next_id(self) -> PageId | None:
        return PageId.P03

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_NEXT: True}

    def handle_enter(self) -> bool:
        if self.fin.hasFocus() and not self.context.match_checked:
            self.run_check()
            return True
        return False
