"""First-run setup of a new office database: the institution and the first administrator."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.context import Workspace
from registrar.services.database import Database
from registrar.services.errors import RegistrarError
from registrar.services.preferences import InstitutionChoice
from registrar.services.workspace import SetupRequest, initialise
from registrar.ui.widgets import APP_NAME, ErrorLabel, app_icon, password_edit


class FirstRunDialog(QDialog):
    """Accepted once `initialise` has set the database up; `workspace` and `admin_username`
    then tell the caller what to sign in to, and with which user name."""

    def __init__(
        self,
        db: Database,
        institutions: Sequence[InstitutionChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.workspace: Workspace | None = None
        self.admin_username = ""
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("İlk quraşdırma"))  # proposed string
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("İlk quraşdırma"))  # proposed string
        heading.setObjectName("heading")
        heading.setStyleSheet("QLabel#heading { font-size: 18pt; font-weight: 600; }")
        intro = QLabel(
            # proposed string
            self.tr(
                "Bu verilənlər bazası yenidir. Müəssisəni seçin və inzibatçı hesabını yaradın. "
                "İnzibatçı sonra digər əməkdaşların hesablarını yarada bilər."
            )
        )
        intro.setWordWrap(True)

        self.institution = QComboBox()
        self.institution.setAccessibleName(self.tr("Müəssisə"))  # proposed string
        self.institution.addItem(self.tr("- Seçin -"), "")
        for choice in institutions:
            self.institution.addItem(f"{choice.code} — {choice.name_az}", choice.code)
            if not choice.verified:
                # proposed string
                note = self.tr("Siyahıdakı məlumat hələ Nazirliyin reyestri ilə yoxlanılmayıb.")
                self.institution.setItemData(
                    self.institution.count() - 1, note, Qt.ItemDataRole.ToolTipRole
                )
        self.username = QLineEdit("admin")
        self.username.setAccessibleName(self.tr("İnzibatçının istifadəçi adı"))  # proposed string
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Ad və soyad"))  # proposed string
        self.password = password_edit(self.tr("Şifrə"))
        self.password_repeat = password_edit(self.tr("Şifrənin təkrarı"))
        self.error = ErrorLabel()

        self.save_button = QPushButton(self.tr("YADDA SAXLA"))
        self.save_button.setAccessibleName(self.tr("YADDA SAXLA"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Ləğv et"))  # proposed string
        self.cancel_button.setAccessibleName(self.tr("Ləğv et"))  # proposed string

        form = QFormLayout()
        form.addRow(self.tr("Müəssisə:"), self.institution)  # proposed string
        form.addRow(self.tr("İstifadəçi adı:"), self.username)  # proposed string
        form.addRow(self.tr("Ad və soyad:"), self.display_name)  # proposed string
        form.addRow(self.tr("Şifrə:"), self.password)
        form.addRow(self.tr("Şifrənin təkrarı:"), self.password_repeat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self._fields: dict[str, QWidget] = {
            "institution": self.institution,
            "username": self.username,
            "password": self.password,
        }

    def submit(self) -> None:
        code = str(self.institution.currentData() or "")
        if not code:
            self._fail(self.tr("Müəssisəni seçin."), "institution")  # proposed string
            return
        if self.password.text() != self.password_repeat.text():
            self._fail(self.tr("Şifrələr eyni deyil."), "password")  # proposed string
            return
        username = self.username.text().strip()
        request = SetupRequest(
            institution_code=code,
            admin_username=username,
            admin_display_name=self.display_name.text().strip() or username,
            admin_password=self.password.text(),
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = initialise(self._db, request)
        except RegistrarError as error:
            self._fail(str(error), error.field)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.workspace = workspace
        self.admin_username = username.lower()
        self.error.clear_message()
        self.accept()

    def _fail(self, message: str, field: str | None) -> None:
        self.error.show_message(message)
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
        if field == "password":
            self.password.clear()
            self.password_repeat.clear()
