"""The intake wizard: pages on a stack, both step bars, branching, autosave, TƏSDİQ ET."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from registrar.services import field_ids as F
from registrar.services.errors import RegistrarError, ValidationErrors
from registrar.services.reference import ReferenceData
from registrar.services.validation import Violation
from registrar.ui.wizard.common import (
    OptionRadios,
    WizardContext,
    WizardDraft,
    WizardPage,
    YesNo,
    tr,
)
from registrar.ui.wizard.ids import (
    APPLICATION_PAGES,
    BTN_APPLY,
    BTN_BACK,
    BTN_CONFIRM,
    BTN_NEXT,
    BTN_SAVE,
    REGISTRATION_PAGES,
    PageId,
)
from registrar.ui.wizard.pages_admission import AdmissionPage
from registrar.ui.wizard.pages_application import (
    FEE_PAYING,
    AdmissionLinePage,
    PersonalPage,
    admission_basis,
)
from registrar.ui.wizard.pages_contact import EmailPage, MobilePage, PasswordPage
from registrar.ui.wizard.pages_fee import FeePage
from registrar.ui.wizard.pages_identity import KEY_TYPES, UNHCR, DocumentPage
from registrar.ui.wizard.review import ReviewPage, SentNotice, StatusPage
from registrar.ui.wizard.stepbar import StepBar, application_steps, registration_steps

if TYPE_CHECKING:
    from registrar.services.intake import ConfirmedApplication, DraftState, IntakeService

log = logging.getLogger(__name__)

AUTOSAVE_MS = 500
HEADER_STYLE = "QLabel#wizard\\.header { font-size: 12pt; font-weight: 700; color: #1f3b57; }"
PAYMENT_STEP = 4  # `Təhsil haqqının ödənişi` (P17): not specified, shown greyed


class IntakeWizard(QWidget):
    """New application or a reopened draft, from P02 to P16.

    Every change is saved to the draft `AUTOSAVE_MS` after the last keystroke (and at once on
    every page change); the password is never saved and is retyped after a reopen.
    """

    saved = Signal()  # the draft was written
    confirmed = Signal(object)  # ConfirmedApplication
    left = Signal()  # the registrar left the wizard; the draft stays open

    def __init__(
        self,
        service: IntakeService,
        reference: ReferenceData,
        state: DraftState | None = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.service = service
        draft = WizardDraft()
        self.context = WizardContext(service, reference, draft, self.ensure_draft)
        self.application: ConfirmedApplication | None = None
        self.notice: SentNotice | None = None
        self.receipt_dialog: QWidget | None = None

        self.header = QLabel()
        self.header.setObjectName("wizard.header")
        self.header.setStyleSheet(HEADER_STYLE)
        self.header.setWordWrap(True)
        self.reg_bar = StepBar("reg.steps", registration_steps())
        self.app_bar = StepBar("app.steps", application_steps())
        self.stack = QStackedWidget()
        self.pages: dict[PageId, WizardPage] = {}
        self._scrolls: dict[PageId, QScrollArea] = {}
        for page_class in (
            DocumentPage,
            MobilePage,
            EmailPage,
            PasswordPage,
            AdmissionLinePage,
            PersonalPage,
            AdmissionPage,
            FeePage,
            ReviewPage,
        ):
            page = page_class(self.context)
            page.setObjectName(page.page_id.name)
            page.changed.connect(self._on_changed)
            page.complete_changed.connect(self._update_buttons)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages[page.page_id] = page
            self._scrolls[page.page_id] = scroll
            self.stack.addWidget(scroll)
        self.status_page = StatusPage()
        self.status_page.receipt_button.clicked.connect(self.show_receipt)
        self.stack.addWidget(self.status_page)

        self.save_note = QLabel()
        self.save_note.setObjectName("wizard.saved")
        self.save_note.setProperty("role", "hint")
        self.back = self._button(BTN_BACK, tr("< GERİ"))
        self.save = self._button(BTN_SAVE, tr("YADDA SAXLA"))
        self.next = self._button(BTN_NEXT, tr("NÖVBƏTİ >"))
        self.apply = self._button(BTN_APPLY, tr("MÜRACİƏT ET"))
        self.confirm = self._button(BTN_CONFIRM, tr("TƏSDİQ ET"))
        self.leave = self._button("btn.leave", tr("Bağla"))  # proposed string
        self.leave.setToolTip(tr("Qaralama saxlanılır; sonra davam etmək olar."))  # proposed
        self.back.clicked.connect(self.go_back)
        self.save.clicked.connect(self._on_save_clicked)
        self.next.clicked.connect(self.go_next)
        self.apply.clicked.connect(self.go_next)
        self.confirm.clicked.connect(self.confirm_application)
        self.leave.clicked.connect(self._on_leave)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.leave)
        buttons.addStretch(1)
        buttons.addWidget(self.save_note)
        for button in (self.save, self.next, self.apply, self.confirm):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.reg_bar)
        layout.addWidget(self.app_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save_now)
        self.history: list[PageId] = []
        self.current: PageId | None = None
        if state is not None:
            self._restore(state)
        else:
            self.show_page(PageId.P02)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    # --- the draft -----------------------------------------------------------------------

    @property
    def draft(self) -> WizardDraft:
        return self.context.draft

    def ensure_draft(self) -> Any:
        if self.draft.draft_id is None:
            self.draft.draft_id = self.service.start_draft()
        return self.draft.draft_id

    def _on_changed(self) -> None:
        self._timer.start()

    def save_now(self) -> bool:
        """Write the draft (values without passwords, and the page); False if it failed."""
        self._timer.stop()
        if self.application is not None or self.current is None:
            return False
        if self.draft.draft_id is None and not self.draft.saved_values():
            return False
        try:
            self.service.save_draft(
                self.ensure_draft(), self.current.name, self.draft.saved_values()
            )
        except RegistrarError as error:
            self.save_note.setText(str(error))
            return False
        stamp = QDateTime.currentDateTime().toString("HH:mm:ss")
        self.save_note.setText(tr("Qaralama saxlanıldı: ") + stamp)  # proposed string
        self.saved.emit()
        return True

    def _on_save_clicked(self) -> None:
        if self.current is not None and self.current != PageId.P16:
            self.save_now()

    def _on_leave(self) -> None:
        self.save_now()
        self.left.emit()

    def _restore(self, state: DraftState) -> None:
        self.draft.draft_id = state.id
        self.draft.values = dict(state.values)
        self.draft.files = {slot: list(files) for slot, files in state.files.items()}
        target = PageId.parse(state.page)
        if target == PageId.P16:
            target = PageId.P14
        self.context.password_needed = target > PageId.P05
        self._refresh_match(force=True)
        # A plausible way back: the pages the branches lead through up to the saved one.
        path: list[PageId] = []
        page_id: PageId | None = PageId.P02
        while page_id is not None and page_id != target and len(path) < 12:
            path.append(page_id)
            self.pages[page_id].load()
            page_id = self.pages[page_id].next_id()
        self.history = path if page_id == target else []
        self.show_page(target, push=False)

    def _refresh_match(self, *, force: bool = False) -> None:
        """Re-read the YOXLA result (after a reopen; the UNHCR path's admission data)."""
        context = self.context
        if context.match_checked and not force:
            return
        code = self.draft.get(F.REG_CITIZENSHIP)
        key_field = F.REG_UNHCR_DOC_NO if code == UNHCR else F.REG_FIN
        key = self.draft.get(key_field)
        checked_before = code == UNHCR or bool(self.draft.get(F.REG_LAST_NAME))
        if code not in KEY_TYPES or not key or not checked_before:
            return
        try:
            context.match = self.service.lookup(KEY_TYPES[code], key)
        except RegistrarError:
            context.match = None
        context.match_checked = True

    # --- navigation ----------------------------------------------------------------------

    def page(self) -> WizardPage | None:
        return None if self.current in (None, PageId.P16) else self.pages[self.current]

    def show_page(self, page_id: PageId, *, push: bool = True) -> None:
        if push and self.current is not None and self.current != page_id:
            self.history.append(self.current)
        self.current = page_id
        if page_id == PageId.P16:
            self.stack.setCurrentWidget(self.status_page)
        else:
            if page_id >= PageId.P10:
                self._refresh_match()
            page = self.pages[page_id]
            page.clear_errors()
            page.load()
            self.stack.setCurrentWidget(self._scrolls[page_id])
            self._focus_first(page)
        self._update_chrome()
        self._update_buttons()

    def _focus_first(self, page: WizardPage) -> None:
        for field_id in page.field_ids():
            widget = page.field_widget(field_id)
            if isinstance(widget, QLabel) or not widget.isVisibleTo(page):
                continue
            if isinstance(widget, QLineEdit) and widget.isReadOnly():
                continue
            if isinstance(widget, YesNo | OptionRadios):
                radios = widget.findChildren(QRadioButton)
                chosen = [radio for radio in radios if radio.isChecked()] or radios
                if chosen:
                    chosen[0].setFocus(Qt.FocusReason.TabFocusReason)
                    return
                continue
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def go_next(self) -> bool:
        """NÖVBƏTİ > / MÜRACİƏT ET: validate (red fields), save, go where the page says."""
        page = self.page()
        if page is None or not page.is_complete():
            return False
        if not page.validate():
            return False
        target = page.next_id()
        if target is None:
            return False
        if page.page_id == PageId.P05 and self.context.return_to is not None:
            self.context.return_to = None
            self.context.password_needed = False
        self.save_now()
        self.show_page(target)
        self.save_now()
        return True

    def go_back(self) -> None:
        if self.current in (None, PageId.P02, PageId.P16) or not self.history:
            return
        self.save_now()
        target = self.history.pop()
        self.show_page(target, push=False)
        self.save_now()

    def confirm_application(self) -> None:
        """TƏSDİQ ET: one service call freezes the application; then P15 and P16."""
        if self.current != PageId.P14 or self.application is not None:
            return
        password = self.draft.get(F.PW_PASSWORD)
        repeat = self.draft.get(F.PW_PASSWORD_REPEAT)
        if not password:
            self.context.password_needed = True
            self.context.return_to = PageId.P14
            self.show_page(PageId.P05)
            return
        self.save_now()
        try:
            application = self.service.confirm(self.ensure_draft(), password, repeat)
        except ValidationErrors as errors:
            self._show_errors(errors)
            return
        except RegistrarError as error:
            self.pages[PageId.P14].page_error.show_message(str(error))
            return
        self.application = application
        self.draft.values.pop(F.PW_PASSWORD, None)
        self.draft.values.pop(F.PW_PASSWORD_REPEAT, None)
        self.notice = SentNotice(application.number, self)
        self.notice.accepted.connect(self._show_status)
        self.notice.open()
        self._update_buttons()
        self.confirmed.emit(application)

    def _show_errors(self, errors: ValidationErrors) -> None:
        """Take the registrar to the first page with a problem, its fields in red."""
        violations = [
            Violation(str(e.get("rule", "")), str(e.get("message", "")), e.get("field"))
            for e in errors.errors
        ]
        for page_id in (*REGISTRATION_PAGES, *APPLICATION_PAGES):
            page = self.pages[page_id]
            mine = [v for v in violations if v.field in page.field_ids() or self._slot_of(page, v)]
            if mine:
                self.show_page(page_id)
                page.show_violations(mine)
                return
        self.pages[PageId.P14].page_error.show_message(
            "\n".join(v.message for v in violations) or str(errors)
        )

    @staticmethod
    def _slot_of(page: WizardPage, violation: Violation) -> bool:
        slots = getattr(page, "slots", None)
        return bool(violation.field) and slots is not None and violation.field in slots.slots

    def show_receipt(self) -> None:
        """Issue the numbered receipt and show it to print (at 100 %) or save."""
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        from registrar.ui.documents.preview import PdfPreview

        assert self.application is not None
        try:
            pdf = self.service.issue_receipt(self.application.id)
        except RegistrarError as error:
            self.save_note.setText(str(error))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Müraciətin qəbzi"))  # proposed string
        preview = PdfPreview(dialog)
        preview.set_pdf(pdf, self.application.number)
        QVBoxLayout(dialog).addWidget(preview)
        dialog.resize(820, 700)
        self.receipt_dialog = dialog
        dialog.open()

    def _show_status(self) -> None:
        assert self.application is not None
        try:
            view = self.service.status(self.application.id)
        except RegistrarError as error:
            self.save_note.setText(str(error))
        else:
            self.status_page.show_status(view)
        self.show_page(PageId.P16)

    # --- chrome --------------------------------------------------------------------------

    def _update_chrome(self) -> None:
        current = self.current
        registration = current in REGISTRATION_PAGES
        application = current is not None and PageId.P10 <= current <= PageId.P14
        self.header.setText(
            tr("ŞƏXSİ KABİNET")
            if registration
            else tr("ALİ VƏ ORTA İXTİSAS TƏHSİLİ MÜƏSSİSƏLƏRİNƏ TƏHSİLƏN QEYDİYYATI")
        )
        self.reg_bar.setVisible(registration)
        self.app_bar.setVisible(application)
        if registration and current is not None:
            self.reg_bar.set_state(REGISTRATION_PAGES.index(current))
        if application and current is not None:
            fee_paying = admission_basis(self.context) == FEE_PAYING
            if current == PageId.P14:
                active = 3 if fee_paying else 2
            else:
                active = APPLICATION_PAGES.index(current)
            self.app_bar.set_state(
                active,
                count=5 if fee_paying else 3,
                inactive=frozenset({PAYMENT_STEP}) if fee_paying else frozenset(),
            )

    def _update_buttons(self) -> None:
        page = self.page()
        shown = dict(page.buttons()) if page is not None else {}
        done = self.application is not None
        for name, button in (
            (BTN_BACK, self.back),
            (BTN_SAVE, self.save),
            (BTN_NEXT, self.next),
            (BTN_APPLY, self.apply),
            (BTN_CONFIRM, self.confirm),
        ):
            button.setVisible(bool(shown.get(name)) and not done)
        complete = page.is_complete() if page is not None else False
        self.next.setEnabled(complete)
        self.apply.setEnabled(complete)
        self.confirm.setEnabled(not done)
        self.leave.setText(tr("Bağla"))  # proposed string

    def primary_button(self) -> QPushButton | None:
        for button in (self.confirm, self.apply, self.next):
            if button.isVisible() and button.isEnabled():
                return button
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        page = self.page()
        focus = QApplication.focusWidget()
        if page is not None and (focus is None or not self.isAncestorOf(focus)):
            QTimer.singleShot(0, lambda: self._focus_first(page))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the section or closing the window: keep the last keystrokes too.
        if self._timer.isActive():
            self.save_now()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            page = self.page()
            if page is not None and page.handle_enter():
                event.accept()
                return
            button = self.primary_button()
            if button is not None:
                button.click()
                event.accept()
                return
        super().keyPressEvent(event)
