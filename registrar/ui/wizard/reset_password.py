"""P07 at the desk: find the applicant, then set a new portal password (typed twice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services import field_ids as F
from registrar.services.errors import RegistrarError, ValidationErrors
from registrar.ui.wizard.common import tr

if TYPE_CHECKING:
    from registrar.services.intake import ExistingApplicant, IntakeService


class ResetPasswordDialog(QDialog):
    """Search by FİN, mobile number or e-mail; the found applicant gets a new password."""

    def __init__(self, service: IntakeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPassword")
        self.setWindowTitle(tr("Portal şifrəsinin bərpası"))  # proposed string
        self._service = service
        self.resize(680, 420)
        self.found: list[ExistingApplicant] = []
        self.kind = QComboBox()
        self.kind.setObjectName("reset.kind")
        self.kind.setAccessibleName(tr("Axtarış"))  # proposed string
        self.kind.addItem(tr("FİN:"), "az_citizen")
        self.kind.addItem(tr("Miqrasiya sənədi"), "migration_doc")
        self.kind.addItem(tr("Sənədin seriya və nömrəsi:"), "unhcr")
        self.kind.addItem(tr("Mobil nömrə:"), "mobile")
        self.kind.addItem(tr("Elektron poçt ünvanı:"), "email")
        self.query = QLineEdit()
        self.query.setObjectName("reset.query")
        self.query.setAccessibleName(tr("Axtarış"))
        self.query.setMinimumWidth(280)
        self.search = QPushButton(tr("&Axtar"))  # proposed string
        self.search.setObjectName("btn.search")
        self.results = QListWidget()
        self.results.setObjectName("reset.results")
        self.results.setAccessibleName(tr("Tapılan müraciətçilər"))  # proposed string
        self.password = QLineEdit()
        self.password.setObjectName(F.PW_PASSWORD)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Şifrə"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName(F.PW_PASSWORD_REPEAT)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(tr("Şifrənin təkrarı"))
        self.message = QLabel()
        self.message.setObjectName("reset.message")
        self.message.setWordWrap(True)
        self.save = QPushButton(tr("YADDA SAXLA"))
        self.save.setObjectName("btn.save")
        self.save.setEnabled(False)
        close = QPushButton(tr("Bağla"))  # proposed string
        close.setObjectName("btn.close")
        search_row = QHBoxLayout()
        search_row.addWidget(self.kind)
        search_row.addWidget(self.query, 1)
        search_row.addWidget(self.search)
        form = QFormLayout()
        form.addRow(tr("Şifrə:") + " *", self.password)
        form.addRow(tr("Şifrənin təkrarı:") + " *", self.repeat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.clicked.connect(self.run_search)
        self.query.returnPressed.connect(self.run_search)
        self.results.currentRowChanged.connect(self._on_chosen)
        self.save.clicked.connect(self.save_password)
        close.clicked.connect(self.reject)

    def _values(self) -> dict[str, str]:
        kind = self.kind.currentData()
        text = self.query.text().strip()
        if kind == "mobile":
            return {F.MOB_COUNTRY: "AZ", F.MOB_NUMBER: text}
        if kind == "email":
            return {F.EM_EMAIL: text}
        key_field = F.REG_UNHCR_DOC_NO if kind == "unhcr" else F.REG_FIN
        return {F.REG_CITIZENSHIP: str(kind), key_field: text}

    def run_search(self) -> None:
        self.results.clear()
        self.found = []
        try:
            found = self._service.find_existing(self._values())
        except RegistrarError as error:
            self.message.setText(str(error))
            return
        self.found = [item for item in found if item.account_id is not None]
        for applicant in self.found:
            contact = ", ".join(p for p in (applicant.masked_mobile, applicant.masked_email) if p)
            self.results.addItem(QListWidgetItem(f"{applicant.display_name} — {contact}"))
        # proposed string
        self.message.setText("" if self.found else tr("Məlumat tapılmadı."))
        if self.found:
            self.results.setCurrentRow(0)
            self.password.setFocus()

    def _on_chosen(self, row: int) -> None:
        self.save.setEnabled(0 <= row < len(self.found))

    def save_password(self) -> None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.found):
            return
        account = self.found[row].account_id
        assert account is not None
        try:
            self._service.reset_portal_password(account, self.password.text(), self.repeat.text())
        except ValidationErrors as errors:
            self.message.setText("\n".join(str(e.get("message", "")) for e in errors.errors))
            return
        except RegistrarError as error:
            self.message.setText(str(error))
            return
        self.password.clear()
        self.repeat.clear()
        self.message.setText(tr("Yeni şifrə yadda saxlanıldı."))  # proposed string
