"""P10 `Qəbul xətti` and P11 `Şəxsi məlumatlar` (same-address branch)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
)

from registrar.services import field_ids as F
from registrar.services.errors import RegistrarError
from registrar.services.reference import AdmissionLine
from registrar.ui.wizard.common import (
    NO,
    OptionRadios,
    WizardContext,
    WizardPage,
    YesNo,
    combo_value,
    fill_combo,
    set_combo_value,
    tr,
)
from registrar.ui.wizard.ids import BTN_BACK, BTN_NEXT, PageId
from registrar.ui.wizard.pages_identity import UNHCR, show_date

STATE_FUNDED = "state_funded"
FEE_PAYING = "fee_paying"


def line_label(line: AdmissionLine) -> str:
    if line.label_az:
        return line.label_az
    # The Ministry has not named the lines yet: show the configured description, marked.
    return f"{line.label_en} ({tr('Azərbaycanca adı Nazirlikdən gözlənilir')})"  # proposed


def admission_basis(context: WizardContext) -> str:
    """state_funded, fee_paying, or "" while unknown (no admission data found)."""
    found = context.match
    if found is not None and found.admission is not None:
        return found.admission.basis
    return ""


class AdmissionLinePage(WizardPage):
    """P10: the admission line the applicant was admitted through (pre-selected from the list)."""

    page_id = PageId.P10

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Qəbul xətti"))
        lines = context.service.admission_lines()
        self.line = OptionRadios(F.APP_ADMISSION_LINE, [(ln.code, line_label(ln)) for ln in lines])
        self.add_field(F.APP_ADMISSION_LINE, tr("Qəbul xətti"), self.line)
        self.line.changed.connect(lambda v: self.record(F.APP_ADMISSION_LINE, v))

    def load(self) -> None:
        self.line.set_value(self.draft.get(F.APP_ADMISSION_LINE))

    def next_id(self) -> PageId | None:
        return PageId.P11

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_NEXT: True}


class PersonalPage(WizardPage):
    """P11: data by FİN read-only, addresses (same-address branch), contacts."""

    page_id = PageId.P11

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Sizin şəxsi məlumatlarınız"))
        subtitle = QLabel(tr("Aşağıdakı xanalar Sizin şəxsi məlumatlarınızdır."))
        subtitle.setWordWrap(True)
        self.form.addRow(subtitle)
        self.readonly: dict[str, QLabel] = {}
        for field_id, caption in (
            (F.PD_CITIZENSHIP, tr("Vətəndaşlıq:")),
            (F.PD_FIN, tr("FİN:")),
            (F.PD_FIRST_NAME, tr("Ad:")),
            (F.PD_LAST_NAME, tr("Soyad:")),
            (F.PD_PATRONYMIC, tr("Ata adı:")),
            (F.PD_BIRTH_DATE, tr("Doğum tarixi:")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            self.readonly[field_id] = label
            self.fin_caption = self.add_field(field_id, caption, label, required=False)
            if field_id == F.PD_FIN:
                self.fin_label = self.fin_caption
        self.reg_address_label = QLabel()
        self.reg_address_label.setWordWrap(True)
        self.reg_address = QLineEdit()
        self.reg_address.setMaxLength(250)
        self.add_field(F.PD_REG_ADDRESS, tr("Qeydiyyat ünvanı:"), self.reg_address)
        self._reg_address_ro = QLabel()
        self._reg_address_ro.setObjectName("pd.reg_address.readonly")
        self._reg_address_ro.setWordWrap(True)
        self.form.addRow("", self._reg_address_ro)
        self.same_address = YesNo(
            F.PD_SAME_ADDRESS, tr("Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?")
        )
        self.add_field(
            F.PD_SAME_ADDRESS, tr("Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?"), self.same_address
        )
        self.actual_address = QLineEdit()
        self.actual_address.setMaxLength(250)
        self.add_field(F.PD_ACTUAL_ADDRESS, tr("Faktiki yaşadığı ünvan:"), self.actual_address)
        self.district = QComboBox()
        fill_combo(
            self.district,
            [(d.code, d.label_az) for d in context.service.districts()],
            placeholder=True,
        )
        self.add_field(F.PD_ACTUAL_DISTRICT, tr("Faktiki yaşadığı rayon:"), self.district)
        self.country = QLabel()
        self.phone = QLabel()
        self.add_field(F.PD_COUNTRY, tr("Ölkə:"), self.country)
        self.add_field(F.PD_PHONE, tr("Əlaqə nömrəsi:"), self.phone)
        self.email = QLineEdit()
        self.email_repeat = QLineEdit()
        self.add_field(F.PD_EMAIL, tr("E-poçt:"), self.email)
        self.add_field(F.PD_EMAIL_REPEAT, tr("Təkrar e-poçt:"), self.email_repeat)

        self.reg_address.textEdited.connect(lambda t: self.record(F.PD_REG_ADDRESS, t))
        self.same_address.changed.connect(self._on_same)
        self.actual_address.textEdited.connect(lambda t: self.record(F.PD_ACTUAL_ADDRESS, t))
        self.district.currentIndexChanged.connect(
            lambda: self.record(F.PD_ACTUAL_DISTRICT, combo_value(self.district))
        )
        self.email.textEdited.connect(lambda t: self.record(F.PD_EMAIL, t.strip()))
        self.email_repeat.textEdited.connect(lambda t: self.record(F.PD_EMAIL_REPEAT, t.strip()))

    def _on_same(self, value: str) -> None:
        self.record(F.PD_SAME_ADDRESS, value)
        self._apply_same()

    def _apply_same(self) -> None:
        # Bəli: the actual address is the registered one; the district stays required.
        self.set_row_visible(F.PD_ACTUAL_ADDRESS, self.same_address.value() == NO)

    def load(self) -> None:
        d = self.draft
        citizenship = d.get(F.REG_CITIZENSHIP)
        labels = {c.code: c.label_az for c in self.context.reference.choices("citizenship_types")}
        self.readonly[F.PD_CITIZENSHIP].setText(labels.get(citizenship, ""))
        if citizenship == UNHCR:
            self.fin_label.setText(tr("Sənədin seriya və nömrəsi:"))
            self.readonly[F.PD_FIN].setText(d.get(F.REG_UNHCR_DOC_NO))
        else:
            self.fin_label.setText(tr("FİN:"))
            self.readonly[F.PD_FIN].setText(d.get(F.REG_FIN))
        self.readonly[F.PD_FIRST_NAME].setText(d.get(F.REG_FIRST_NAME))
        self.readonly[F.PD_LAST_NAME].setText(d.get(F.REG_LAST_NAME))
        self.readonly[F.PD_PATRONYMIC].setText(d.get(F.REG_PATRONYMIC))
        self.readonly[F.PD_BIRTH_DATE].setText(show_date(d.get(F.REG_BIRTH_DATE)))
        found = self.context.match
        fixed = found.reg_address if found is not None and found.reg_address else ""
        if fixed:
            d.set(F.PD_REG_ADDRESS, fixed)
        self.reg_address.setText(d.get(F.PD_REG_ADDRESS))
        self.reg_address.setReadOnly(bool(fixed))
        self.same_address.set_value(d.get(F.PD_SAME_ADDRESS))
        self.actual_address.setText(d.get(F.PD_ACTUAL_ADDRESS))
        self.district.blockSignals(True)
        set_combo_value(self.district, d.get(F.PD_ACTUAL_DISTRICT))
        self.district.blockSignals(False)
        # Contacts are the confirmed mobile and e-mail of registration (spec P11 proposal).
        d.set(F.PD_COUNTRY, d.get(F.MOB_COUNTRY))
        d.set(F.PD_PHONE, d.get(F.MOB_NUMBER))
        country = d.get(F.MOB_COUNTRY)
        try:
            name = self.context.reference.country(country).name_az or country
        except RegistrarError:
            name = country
        self.country.setText(tr("AZƏRBAYCAN") if country == "AZ" else name)
        self.phone.setText(d.get(F.MOB_NUMBER))
        if not d.get(F.PD_EMAIL) and d.get(F.EM_EMAIL):
            d.set(F.PD_EMAIL, d.get(F.EM_EMAIL))
            d.set(F.PD_EMAIL_REPEAT, d.get(F.EM_EMAIL))
        self.email.setText(d.get(F.PD_EMAIL))
        self.email_repeat.setText(d.get(F.PD_EMAIL_REPEAT))
        self._apply_same()

    def next_id(self) -> PageId | None:
        return PageId.P12

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_NEXT: True}
