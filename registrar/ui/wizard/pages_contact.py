"""P03–P05: the mobile number with its SMS code, the e-mail and the password, each typed twice."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from registrar.services import field_ids as F
from registrar.services.errors import RegistrarError
from registrar.services.validation import DIALLING_CODES
from registrar.ui.wizard.common import (
    WizardContext,
    WizardPage,
    combo_value,
    fill_combo,
    set_combo_value,
    tr,
)
from registrar.ui.wizard.ids import (
    BTN_BACK,
    BTN_IN_PERSON,
    BTN_NEXT,
    BTN_RESEND,
    BTN_SEND,
    PageId,
)
from registrar.ui.wizard.pages_identity import MOB_CONFIRMED_BY


class NoPasteLineEdit(QLineEdit):
    """The repeat fields: typed, never pasted (spec P04 proposal)."""

    def __init__(self) -> None:
        super().__init__()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            event.ignore()
            return
        super().keyPressEvent(event)


def taken_message(page: WizardPage, page_name: str, field_id: str, rule: str) -> str:
    """The service's message when another applicant already uses this mobile or e-mail."""
    service = page.context.service
    values = dict(page.draft.values)
    try:
        if field_id == F.MOB_NUMBER:
            taken = service.mobile_taken(
                values.get(F.MOB_NUMBER, ""), values.get(F.MOB_COUNTRY, "")
            )
        else:
            taken = service.email_taken(values.get(F.EM_EMAIL, ""))
        if not taken:
            return ""
        # The owner may be this very applicant (a known person applying again).
        for violation in service.validate_page(page_name, values, {}):
            if violation.field == field_id and violation.rule == rule:
                return str(violation.message)
    except RegistrarError as error:
        return str(error)
    return ""


def existing_text(page: WizardPage) -> str:
    """The applicants already known by this key, mobile or e-mail: found, never entered twice."""
    try:
        found = page.context.service.find_existing(dict(page.draft.values))
    except RegistrarError:
        return ""
    lines = []
    for applicant in found:
        contact = ", ".join(p for p in (applicant.masked_mobile, applicant.masked_email) if p)
        line = f"{applicant.display_name} ({contact})" if contact else applicant.display_name
        if applicant.active_application_number:
            line += " — " + applicant.active_application_number
        lines.append(line)
    if not lines:
        return ""
    return tr("Artıq qeydiyyatda olan müraciətçi:") + "\n" + "\n".join(lines)  # proposed string


class PhoneLineEdit(QLineEdit):
    """The number field: with the Azerbaijani mask, typing starts at the first free digit."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.inputMask() and not any(ch.isdigit() for ch in self.text()):
            self.setCursorPosition(0)


class MobilePage(WizardPage):
    """P03: country, number, SMS code with the resend countdown; or confirmed in person."""

    page_id = PageId.P03

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Mobil nömrənin təsdiqi"))
        self.country = QComboBox()
        countries = []
        for country in context.reference.countries:
            if country.alpha_2 not in DIALLING_CODES:
                continue
            name = (
                tr("AZƏRBAYCAN")
                if country.alpha_2 == "AZ"
                else (country.name_az or country.name_en)
            )
            countries.append((country.alpha_2, name))
        countries.sort(key=lambda item: (item[0] != "AZ", item[1]))
        fill_combo(self.country, countries, placeholder=False)
        self.add_field(F.MOB_COUNTRY, tr("Ölkə:"), self.country)
        self.prefix = QLabel("+994")
        self.prefix.setObjectName("mob.prefix")
        self.number = PhoneLineEdit()
        self.send = QPushButton(tr("GÖNDƏR"))  # proposed string (spec P03 proposal)
        self.send.setObjectName(BTN_SEND)
        self.send.setAccessibleName(tr("GÖNDƏR"))
        self.add_field(
            F.MOB_NUMBER, tr("Mobil nömrə:"), self.number, before=[self.prefix], beside=[self.send]
        )
        self.note = QLabel(
            tr("Qeyd: Bir mobil nömrə, ancaq bir müraciətçi üçün istifadə edilə bilər.")
        )
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.form.addRow("", self.note)
        self.sent = QLabel()
        self.sent.setObjectName("mob.sent")
        self.sent.setWordWrap(True)
        self.wait = QLabel()
        self.wait.setObjectName("mob.wait")
        self.wait.setWordWrap(True)
        self.form.addRow(self.sent)
        self.form.addRow(self.wait)
        self.code = QLineEdit()
        self.code.setMaxLength(6)
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,6}"), self.code)
        )
        self.resend = QPushButton(tr("YENİDƏN GÖNDƏR"))
        self.resend.setObjectName(BTN_RESEND)
        self.resend.setAccessibleName(tr("YENİDƏN GÖNDƏR"))
        self.add_field(F.MOB_CODE, tr("Təsdiqləmə şifrəsi:"), self.code, beside=[self.resend])
        self.in_person = QCheckBox(tr("Nömrə müraciətçinin iştirakı ilə şəxsən təsdiqləndi"))
        # proposed string (the desk's offline confirmation)
        self.in_person.setObjectName(BTN_IN_PERSON)
        self.in_person.setAccessibleName(self.in_person.text())
        self.form.addRow("", self.in_person)
        self.existing = QLabel()
        self.existing.setObjectName("mob.existing")
        self.existing.setWordWrap(True)
        self.form.addRow("", self.existing)
        self.confirmed = QLabel()
        self.confirmed.setObjectName("mob.confirmed")
        self.confirmed.setWordWrap(True)
        self.form.addRow(self.confirmed)

        self._seconds = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._taken = False
        self.country.currentIndexChanged.connect(self._on_country)
        self.number.textEdited.connect(self._on_number)
        self.send.clicked.connect(self.send_code)
        self.resend.clicked.connect(self.send_code)
        self.code.textEdited.connect(lambda t: self.record(F.MOB_CODE, t))
        self.in_person.toggled.connect(self._on_in_person)
        self._apply_country()
        self._update_buttons()

    # --- number --------------------------------------------------------------------------

    def _apply_country(self) -> None:
        code = combo_value(self.country)
        dial = DIALLING_CODES.get(code, "")
        self.prefix.setText(f"+{dial}")
        if code == "AZ":
            self.number.setInputMask("99 999 99 99;_")
        else:
            self.number.setInputMask("")
            self.number.setValidator(
                QRegularExpressionValidator(QRegularExpression("[0-9 ]{0,16}"), self.number)
            )

    def _on_country(self) -> None:
        self.record(F.MOB_COUNTRY, combo_value(self.country))
        self._apply_country()
        self.number.clear()
        self._on_number(self.number.text())

    def digits(self) -> str:
        return "".join(ch for ch in self.number.text() if ch.isdigit())

    def phone(self) -> str:
        return f"{self.prefix.text()}{self.digits()}" if self.digits() else ""

    def _on_number(self, _text: str) -> None:
        self.draft.set(MOB_CONFIRMED_BY, "")
        self.record(F.MOB_NUMBER, self.phone())
        self._taken = False
        self.confirmed.setText("")
        self.existing.setText("")
        if self._number_plausible():
            message = taken_message(self, "P03", F.MOB_NUMBER, "mobile.taken")
            if message:
                self._taken = True
                self.show_error(F.MOB_NUMBER, message)
                self.existing.setText(existing_text(self))
        self._update_buttons()

    def _number_plausible(self) -> bool:
        count = len(self.digits())
        return count == 9 if combo_value(self.country) == "AZ" else 6 <= count <= 12

    # --- SMS -----------------------------------------------------------------------------

    def send_code(self) -> None:
        """Send (or resend) the code; start the countdown that locks number and resend."""
        self.clear_error(F.MOB_NUMBER)
        self.clear_error(F.MOB_CODE)
        problems = [v for v in self._violations() if v.field in (F.MOB_COUNTRY, F.MOB_NUMBER)]
        if problems:
            self.show_violations(problems)
            return
        try:
            status = self.context.service.send_code(
                self.context.ensure_draft(), self.phone(), combo_value(self.country)
            )
        except RegistrarError as error:
            self.show_error(error.field or F.MOB_NUMBER, str(error))
            return
        self.sent.setText(
            tr("Təsdiqləmə şifrəsi SMS vasitəsi ilə {number} nömrəsinə göndərildi.").replace(
                "{number}", status.sent_to_masked
            )
        )
        self.start_countdown(status.seconds_until_resend)
        self.code.setFocus()

    def start_countdown(self, seconds: int) -> None:
        self._seconds = max(0, seconds)
        self._show_wait()
        if self._seconds:
            self.timer.start()
        self._update_buttons()

    def _tick(self) -> None:
        self._seconds = max(0, self._seconds - 1)
        self._show_wait()
        if not self._seconds:
            self.timer.stop()
        self._update_buttons()

    def _show_wait(self) -> None:
        self.wait.setText(
            tr(
                "Qeyd etdiyiniz nömrəni dəyişmək və ya təsdiqləmə şifrəsini yenidən göndərmək "
                "{seconds} saniyədən sonra mümkün olacaq."
            ).replace("{seconds}", str(self._seconds))
            if self._seconds
            else ""
        )

    def counting_down(self) -> bool:
        return self._seconds > 0

    def _update_buttons(self) -> None:
        locked = self.counting_down()
        confirmed = bool(self.draft.get(MOB_CONFIRMED_BY))
        self.number.setEnabled(not locked and not confirmed)
        self.country.setEnabled(not locked and not confirmed)
        sent = bool(self.sent.text())
        usable = self._number_plausible() and not self._taken and not confirmed
        self.send.setVisible(not sent)
        self.send.setEnabled(usable and not locked)
        self.resend.setVisible(sent)
        self.resend.setEnabled(usable and not locked)
        self.in_person.setEnabled(self._number_plausible() and not self._taken)
        self.complete_changed.emit()

    def _on_in_person(self, checked: bool) -> None:
        if not checked:
            return
        problems = [v for v in self._violations() if v.field in (F.MOB_COUNTRY, F.MOB_NUMBER)]
        if problems:
            self.show_violations(problems)
            self.in_person.setChecked(False)
            return
        try:
            self.context.service.confirm_in_person(
                self.context.ensure_draft(), self.phone(), combo_value(self.country)
            )
        except RegistrarError as error:
            self.show_error(error.field or F.MOB_NUMBER, str(error))
            self.in_person.setChecked(False)
            return
        self.draft.set(MOB_CONFIRMED_BY, "in_person")
        self.confirmed.setText(tr("Nömrə şəxsən təsdiqləndi."))  # proposed string
        self.timer.stop()
        self._seconds = 0
        self._show_wait()
        self._update_buttons()
        self.changed.emit()

    def _violations(self) -> list:  # type: ignore[type-arg]
        try:
            return list(
                self.context.service.validate_page(
                    "P03", dict(self.draft.values), dict(self.draft.files)
                )
            )
        except RegistrarError:
            return []

    # --- wizard hooks --------------------------------------------------------------------

    def load(self) -> None:
        d = self.draft
        self.country.blockSignals(True)
        set_combo_value(self.country, d.get(F.MOB_COUNTRY) or "AZ")
        self.country.blockSignals(False)
        if not d.get(F.MOB_COUNTRY):
            d.set(F.MOB_COUNTRY, combo_value(self.country))
        self._apply_country()
        number = d.get(F.MOB_NUMBER)
        prefix = self.prefix.text()
        self.number.setText(number[len(prefix) :] if number.startswith(prefix) else number)
        if not self.digits():
            self.number.setCursorPosition(0)
        self.in_person.blockSignals(True)
        self.in_person.setChecked(d.get(MOB_CONFIRMED_BY) == "in_person")
        self.in_person.blockSignals(False)
        if d.get(MOB_CONFIRMED_BY):
            self.confirmed.setText(tr("Nömrə təsdiqləndi."))  # proposed string
        self._update_buttons()

    def validate(self) -> bool:
        if not self.draft.get(MOB_CONFIRMED_BY):
            try:
                ok = self.context.service.verify_code(
                    self.context.ensure_draft(), self.code.text().strip()
                )
            except RegistrarError as error:
                self.show_error(error.field or F.MOB_CODE, str(error))
                return False
            if not ok:
                self.show_error(F.MOB_CODE, F.MSG_CODE_WRONG)
                return False
            self.draft.set(MOB_CONFIRMED_BY, "sms")
            self.confirmed.setText(tr("Nömrə təsdiqləndi."))  # proposed string
            self.timer.stop()
            self._seconds = 0
            self._show_wait()
            self._update_buttons()
        return self.check_with_service()

    def next_id(self) -> PageId | None:
        return PageId.P04

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_NEXT: True}

    def handle_enter(self) -> bool:
        if self.number.hasFocus() and self.send.isVisible() and self.send.isEnabled():
            self.send_code()
            return True
        return False


class EmailPage(WizardPage):
    """P04: e-mail typed twice; unique across accounts, checked as you type."""

    page_id = PageId.P04

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Elektron poçt təsdiqi"))
        self.email = QLineEdit()
        self.email_repeat = NoPasteLineEdit()
        self.add_field(F.EM_EMAIL, tr("Elektron poçt ünvanı:"), self.email)
        self.add_field(F.EM_EMAIL_REPEAT, tr("Elektron poçt ünvanının təkrarı:"), self.email_repeat)
        self.existing = QLabel()
        self.existing.setObjectName("em.existing")
        self.existing.setWordWrap(True)
        self.form.addRow("", self.existing)
        self.email.textEdited.connect(self._on_email)
        self.email_repeat.textEdited.connect(lambda t: self.record(F.EM_EMAIL_REPEAT, t.strip()))

    def _on_email(self, text: str) -> None:
        self.record(F.EM_EMAIL, text.strip())
        self.existing.setText("")
        value = text.strip()
        if "@" in value and "." in value.rsplit("@", 1)[-1]:
            message = taken_message(self, "P04", F.EM_EMAIL, "email.taken")
            if message:
                self.show_error(F.EM_EMAIL, message)
                self.existing.setText(existing_text(self))

    def load(self) -> None:
        self.email.setText(self.draft.get(F.EM_EMAIL))
        self.email_repeat.setText(self.draft.get(F.EM_EMAIL_REPEAT))

    def next_id(self) -> PageId | None:
        return PageId.P05

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_NEXT: True}


class PasswordPage(WizardPage):
    """P05: the portal password typed twice; kept in memory only, never in the draft."""

    page_id = PageId.P05

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.set_title(tr("Şifrənin təsdiqi"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_repeat = NoPasteLineEdit()
        self.password_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(F.PW_PASSWORD, tr("Şifrə:"), self.password)
        self.add_field(F.PW_PASSWORD_REPEAT, tr("Şifrənin təkrarı:"), self.password_repeat)
        self.show_password = QCheckBox(tr("Şifrəni göstər"))  # proposed string
        self.show_password.setObjectName("pw.show")
        self.show_password.setAccessibleName(self.show_password.text())
        self.form.addRow("", self.show_password)
        self.retype_note = QLabel(
            # proposed string
            tr("Qaralamada şifrə saxlanmır: şifrəni yenidən daxil edin.")
        )
        self.retype_note.setObjectName("pw.retype_note")
        self.retype_note.setWordWrap(True)
        self.retype_note.setVisible(False)
        self.form.addRow(self.retype_note)
        self.password.textEdited.connect(lambda t: self.record(F.PW_PASSWORD, t))
        self.password_repeat.textEdited.connect(lambda t: self.record(F.PW_PASSWORD_REPEAT, t))
        self.show_password.toggled.connect(self._on_show)

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.password_repeat.setEchoMode(mode)

    def load(self) -> None:
        self.password.setText(self.draft.get(F.PW_PASSWORD))
        self.password_repeat.setText(self.draft.get(F.PW_PASSWORD_REPEAT))
        self.retype_note.setVisible(self.context.password_needed and not self.password.text())

    def next_id(self) -> PageId | None:
        return self.context.return_to or PageId.P10

    def buttons(self) -> Mapping[str, bool]:
        return {BTN_BACK: True, BTN_NEXT: True}
