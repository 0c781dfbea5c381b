"""The settings dialog: institution, local database and backups, central database, language.

Values are checked by `registrar.services.settings.check` (through the preferences service)
and every change is audited. The central password goes to the keyring, never to a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from registrar.services import preferences
from registrar.services.backup_schedule import BackupDone, last_backup_at
from registrar.services.credentials import CredentialStore
from registrar.services.errors import RegistrarError
from registrar.ui.backups import Backups
from registrar.ui.sections import SectionContext
from registrar.ui.widgets import APP_NAME, ErrorLabel, app_icon, format_local_time, password_edit

LANGUAGE_NAMES = {"az": "Azərbaycan dili", "en": "English", "ru": "Русский"}


class SettingsDialog(QDialog):
    """Saves all changed values in one audited transaction, or none when one is wrong."""

    def __init__(
        self,
        context: SectionContext,
        store: CredentialStore,
        backups: Backups | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._store = store
        self._backups = backups
        self._current = preferences.load(context.workspace)
        self.saved: tuple[str, ...] = ()
        self.setWindowTitle(f"{APP_NAME} — " + self.tr("Parametrlər"))  # proposed string
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(620)

        # Institution
        self.institution = QComboBox()
        self.institution.setAccessibleName(self.tr("Müəssisə"))  # proposed string
        for choice in preferences.institutions(context.workspace):
            self.institution.addItem(f"{choice.code} — {choice.name_az}", choice.code)
        index = self.institution.findData(self._current.institution)
        if index >= 0:
            self.institution.setCurrentIndex(index)

        # Local database and backups
        path = context.database_path
        self.database_path = QLineEdit(str(path) if path is not None else "")
        self.database_path.setReadOnly(True)
        self.database_path.setAccessibleName(self.tr("Yerli bazanın faylı"))  # proposed string
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(self._current.backup_keep)
        # proposed string
        self.backup_keep.setAccessibleName(self.tr("Saxlanılan ehtiyat nüsxələrin sayı"))
        self.backup_now = QPushButton(self.tr("İndi ehtiyat nüsxə çıxar"))  # proposed string
        self.backup_now.setAccessibleName(self.backup_now.text())
        self.backup_now.setEnabled(backups is not None)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self._show_last_backup()

        # Central database
        self.central_url = QLineEdit(self._current.central_url)
        self.central_url.setPlaceholderText("postgresql://server:5432/registrar")
        # proposed string
        self.central_url.setAccessibleName(self.tr("Mərkəzi bazanın ünvanı (URL)"))
        self.central_user = QLineEdit(self._current.central_user)
        # proposed string
        self.central_user.setAccessibleName(self.tr("Mərkəzi bazanın istifadəçisi"))
        # proposed string
        self.central_password = password_edit(self.tr("Mərkəzi bazanın şifrəsi"))
        # proposed string
        self.central_password.setPlaceholderText(self.tr("dəyişməmək üçün boş saxlayın"))

        # Language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("İnterfeysin dili"))  # proposed string
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._current.language)))

        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("YADDA SAXLA"))
        self.save_button.setAccessibleName(self.tr("YADDA SAXLA"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Ləğv et"))  # proposed string
        self.cancel_button.setAccessibleName(self.tr("Ləğv et"))  # proposed string

        institution_box = QGroupBox(self.tr("Müəssisə"))  # proposed string
        institution_form = QFormLayout(institution_box)
        institution_form.addRow(self.tr("Müəssisə:"), self.institution)  # proposed string
        database_box = QGroupBox(self.tr("Yerli baza"))  # proposed string
        database_form = QFormLayout(database_box)
        database_form.addRow(self.tr("Fayl:"), self.database_path)  # proposed string
        # proposed string
        database_form.addRow(self.tr("Saxlanılan ehtiyat nüsxələr:"), self.backup_keep)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_now)
        backup_row.addWidget(self.backup_status, 1)
        database_form.addRow(backup_row)
        central_box = QGroupBox(self.tr("Mərkəzi baza"))  # proposed string
        central_form = QFormLayout(central_box)
        central_form.addRow(self.tr("URL:"), self.central_url)  # proposed string
        central_form.addRow(self.tr("İstifadəçi:"), self.central_user)  # proposed string
        central_form.addRow(self.tr("Şifrə:"), self.central_password)
        language_box = QGroupBox(self.tr("Dil"))  # proposed string
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("İnterfeysin dili:"), self.language)  # proposed string
        restart_note = QLabel(
            # proposed string
            self.tr("Dil və müəssisə dəyişikliyi proqram yenidən açıldıqdan sonra qüvvəyə minir.")
        )
        restart_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(institution_box)
        layout.addWidget(database_box)
        layout.addWidget(central_box)
        layout.addWidget(language_box)
        layout.addWidget(restart_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        # Field ids (setting keys) to the widget and the label an error names.
        self._fields: dict[str, tuple[QWidget, str]] = {
            "institution": (self.institution, self.tr("Müəssisə")),  # proposed string
            # proposed string
            "central_url": (self.central_url, self.tr("Mərkəzi bazanın ünvanı (URL)")),
            # proposed string
            "central_user": (self.central_user, self.tr("Mərkəzi bazanın istifadəçisi")),
            # proposed string
            "central_password": (self.central_password, self.tr("Mərkəzi bazanın şifrəsi")),
            "language": (self.language, self.tr("İnterfeysin dili")),  # proposed string
            # proposed string
            "backup_keep": (self.backup_keep, self.tr("Saxlanılan ehtiyat nüsxələr")),
        }

        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.backup_now.clicked.connect(self._on_backup_now)
        if backups is not None:
            backups.succeeded.connect(self._on_backup_written)
            backups.failed.connect(self._on_backup_failed)

    def changes(self) -> dict[str, str]:
        """The settings whose value differs from what was loaded."""
        entered = {
            "institution": str(self.institution.currentData() or self._current.institution),
            "central_url": self.central_url.text().strip(),
            "central_user": self.central_user.text().strip(),
            "language": str(self.language.currentData()),
            "backup_keep": str(self.backup_keep.value()),
        }
        loaded = {
            "institution": self._current.institution,
            "central_url": self._current.central_url,
            "central_user": self._current.central_user,
            "language": self._current.language,
            "backup_keep": str(self._current.backup_keep),
        }
        return {key: value for key, value in entered.items() if value != loaded[key]}

    def submit(self) -> None:
        actor = self._context.user.actor()
        workspace = self._context.workspace
        password = self.central_password.text()
        user = self.central_user.text().strip()
        try:
            if password:
                preferences.check_central_password(user, password)
            self.saved = preferences.save(workspace, actor, self.changes())
            if password:
                preferences.store_central_password(workspace, actor, self._store, user, password)
        except RegistrarError as error:
            self._fail(error)
            return
        self.central_password.clear()
        self.error.clear_message()
        self.accept()

    def _fail(self, error: RegistrarError) -> None:
        widget, label = self._fields.get(error.field or "", (None, ""))
        self.error.show_message(f"{label}: {error}" if label else str(error))
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _show_last_backup(self) -> None:
        directory = self._backups.directory if self._backups is not None else None
        if directory is None:
            # proposed string
            self.backup_status.setText(self.tr("Bu baza üçün avtomatik ehtiyat nüsxə yoxdur."))
            return
        last = last_backup_at(directory)
        if last is None:
            self.backup_status.setText(self.tr("Ehtiyat nüsxə hələ yoxdur."))  # proposed string
        else:
            # proposed string
            self.backup_status.setText(self.tr("Son ehtiyat nüsxə: ") + format_local_time(last))

    def _on_backup_now(self) -> None:
        if self._backups is None:
            return
        self.backup_now.setEnabled(False)
        self.backup_status.setText(self.tr("Ehtiyat nüsxə yazılır…"))  # proposed string
        if self._backups.start("manual", self._context.user.actor()) is None:
            self.backup_now.setEnabled(True)

    def _on_backup_written(self, done: object) -> None:
        assert isinstance(done, BackupDone)
        self.backup_now.setEnabled(True)
        # proposed string
        self.backup_status.setText(self.tr("Son ehtiyat nüsxə: ") + format_local_time(done.at))
        self.backup_status.setToolTip(str(done.path))

    def _on_backup_failed(self, error: Exception) -> None:
        self.backup_now.setEnabled(True)
        # proposed string
        self.backup_status.setText(self.tr("Ehtiyat nüsxə yazılmadı: ") + str(error))
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
