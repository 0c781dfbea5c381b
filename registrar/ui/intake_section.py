"""The intake section: `Yeni müraciət et`, the open drafts to resume, import and P07 actions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from registrar.services.errors import RegistrarError
from registrar.services.reference import ReferenceData
from registrar.ui.widgets import ErrorLabel, format_local_time

if TYPE_CHECKING:
    from registrar.services.admission_import import AdmissionListImporter
    from registrar.services.intake import IntakeService
    from registrar.ui.sections import SectionContext
    from registrar.ui.tasks import TaskRunner
    from registrar.ui.wizard.wizard import IntakeWizard

log = logging.getLogger(__name__)

PAGE_NAMES = {  # where a draft stopped, as the step bars name the steps
    "P02": "Sənəd məlumatları",
    "P03": "Mobil nömrə",
    "P04": "Elektron poçt",
    "P05": "Şifrə",
    "P10": "Qəbul xətti",
    "P11": "Şəxsi məlumatlar",
    "P12": "Qəbul məlumatları",
    "P13": "Təhsil haqqından azad",
    "P14": "Təhsil haqqından azad",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("IntakeSection", text)


class IntakeSection(QWidget):
    """Home of intake at the desk; the wizard opens in place and comes back here."""

    wizard_opened = Signal(object)  # IntakeWizard

    def __init__(
        self,
        service: IntakeService,
        reference: ReferenceData,
        importer: AdmissionListImporter | None = None,
        *,
        tasks: TaskRunner | None = None,
        autosave_ms: int = 500,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeSection")
        self.service = service
        self.reference = reference
        self.importer = importer
        self.tasks = tasks
        self._autosave_ms = autosave_ms
        self.wizard: IntakeWizard | None = None

        self.home = QWidget()
        title = QLabel(_t("MÜRACİƏT ET"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.new = QPushButton(_t("Yeni müraciət et"))
        self.new.setObjectName("apply.new")
        self.new.setAccessibleName(self.new.text())
        self.new.setDefault(True)
        self.drafts_note = QLabel()
        self.drafts_note.setObjectName("intake.drafts_note")
        self.drafts_note.setWordWrap(True)
        self.drafts = QListWidget()
        self.drafts.setObjectName("intake.drafts")
        self.drafts.setAccessibleName(_t("Yarımçıq müraciətlər"))  # proposed string
        self.resume = QPushButton(_t("&Davam et"))  # proposed string
        self.resume.setObjectName("btn.resume")
        self.discard = QPushButton(_t("&Sil"))  # proposed string
        self.discard.setObjectName("btn.discard")
        self.import_button = QPushButton(_t("Qəbul siyahısını &idxal et…"))  # proposed string
        self.import_button.setObjectName("btn.import_list")
        self.import_button.setVisible(importer is not None)
        self.reset_button = QPushButton(_t("Portal şifrəsini &bərpa et…"))  # proposed string
        self.reset_button.setObjectName("btn.reset_password")
        self.error = ErrorLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.new)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.reset_button)
        draft_buttons = QHBoxLayout()
        draft_buttons.addWidget(self.resume)
        draft_buttons.addWidget(self.discard)
        draft_buttons.addStretch(1)
        home_layout = QVBoxLayout(self.home)
        home_layout.addWidget(title)
        home_layout.addLayout(actions)
        home_layout.addWidget(QLabel(_t("Yarımçıq müraciətlər")))  # proposed string
        home_layout.addWidget(self.drafts_note)
        home_layout.addWidget(self.drafts, 1)
        home_layout.addLayout(draft_buttons)
        home_layout.addWidget(self.error)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.new.clicked.connect(self.start_new)
        self.resume.clicked.connect(self.resume_selected)
        self.drafts.itemActivated.connect(lambda _item: self.resume_selected())
        self.discard.clicked.connect(self.discard_selected)
        self.import_button.clicked.connect(self.open_import)
        self.reset_button.clicked.connect(self.open_reset_password)
        self.drafts.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    # --- drafts --------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the open drafts, newest first (after a crash this is where they are offered)."""
        self.error.clear_message()
        self.drafts.clear()
        try:
            summaries = self.service.open_drafts()
        except RegistrarError as error:
            self.error.show_message(str(error))
            summaries = []
        for summary in summaries:
            step = _t(PAGE_NAMES.get(summary.page, summary.page))
            text = f"{summary.label} — {step} — {format_local_time(summary.updated_at)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.drafts.addItem(item)
        self.drafts_note.setText(
            # proposed string
            _t("Yarımçıq qalmış müraciətlər var: davam etmək üçün birini seçin.")
            if summaries
            else _t("Yarımçıq müraciət yoxdur.")  # proposed string
        )
        if summaries:
            self.drafts.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.drafts.currentItem() is not None
        self.resume.setEnabled(chosen)
        self.discard.setEnabled(chosen)

    def _chosen_id(self) -> Any:
        item = self.drafts.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def start_new(self) -> IntakeWizard:
        return self._open_wizard(None)

    def resume_selected(self) -> IntakeWizard | None:
        draft_id = self._chosen_id()
        if draft_id is None:
            return None
        try:
            state = self.service.load_draft(draft_id)
        except RegistrarError as error:
            self.error.show_message(str(error))
            self.refresh()
            return None
        return self._open_wizard(state)

    def discard_selected(self) -> None:
        draft_id = self._chosen_id()
        if draft_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            _t("Qaralamanı sil"),  # proposed string
            _t("Səbəb:"),  # proposed string
        )
        if not ok or not reason.strip():
            return
        try:
            self.service.discard_draft(draft_id, reason.strip())
        except RegistrarError as error:
            self.error.show_message(str(error))
        self.refresh()

    # --- the wizard ----------------------------------------------------------------------

    def _open_wizard(self, state: Any) -> IntakeWizard:
        from registrar.ui.wizard.wizard import IntakeWizard

        self._close_wizard()
        wizard = IntakeWizard(self.service, self.reference, state, autosave_ms=self._autosave_ms)
        wizard.left.connect(self._on_wizard_left)
        self.wizard = wizard
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        self.wizard_opened.emit(wizard)
        return wizard

    def _close_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.save_now()
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def _on_wizard_left(self) -> None:
        self._close_wizard()
        self.stack.setCurrentWidget(self.home)
        self.refresh()
        self.new.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.home:
            self.refresh()

    # --- dialogs -------------------------------------------------------------------------

    def open_import(self) -> None:
        from registrar.ui.wizard.import_dialog import ImportDialog

        if self.importer is None:
            return
        ImportDialog(self.importer, self.tasks, self).exec()

    def open_reset_password(self) -> None:
        from registrar.ui.wizard.reset_password import ResetPasswordDialog

        ResetPasswordDialog(self.service, self).exec()


def make_intake_section(context: SectionContext) -> QWidget:
    """The section factory: the real services for the signed-in staff member."""
    from registrar.services.admission_import import AdmissionListImporter
    from registrar.services.credentials import KeyringStore
    from registrar.services.intake import IntakeService, sms_gateway_from_settings

    reference = ReferenceData.load()
    actor = context.user.actor()
    sms = sms_gateway_from_settings(context.workspace, KeyringStore())
    service = IntakeService(context.workspace, reference, actor, sms)
    importer = (
        AdmissionListImporter(context.workspace, reference, actor)
        if context.user.role in ("registrar", "admin")
        else None
    )
    return IntakeSection(service, reference, importer, tasks=context.tasks)
