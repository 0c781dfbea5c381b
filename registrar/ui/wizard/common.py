"""What every wizard page shares: the draft, field rows with inline errors, the page base."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from registrar.services.reference import ReferenceData
from registrar.services.validation import Violation
from registrar.ui.wizard.ids import TRANSIENT_FIELDS, PageId

if TYPE_CHECKING:
    from registrar.services.intake import IntakeService, PersonMatch, StoredFile

ERROR_COLOUR = "#b3261e"
PAGE_STYLE = f"""
QLabel[role="error"] {{ color: {ERROR_COLOUR}; }}
QLabel[role="pageTitle"] {{ font-size: 14pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: palette(dark); }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QPlainTextEdit[invalid="true"], QFrame[invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; }}
QWidget[radio="true"][invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; }}
"""
YES = "yes"
NO = "no"


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeWizard", text)


@dataclass
class WizardDraft:
    """The one draft every page edits: flat values keyed by field id, files by slot id.

    `draft_id` is None until the first change is saved (no empty drafts are left behind).
    Passwords live here only in memory; `saved_values()` leaves them out.
    """

    values: dict[str, str] = field(default_factory=dict)
    files: dict[str, list[StoredFile]] = field(default_factory=dict)
    draft_id: Any = None  # uuid.UUID once the service made the draft
    page: PageId = PageId.P02

    def get(self, field_id: str) -> str:
        return self.values.get(field_id, "")

    def set(self, field_id: str, value: str) -> bool:
        """Store a value; True if it changed."""
        if self.values.get(field_id, "") == value:
            return False
        if value:
            self.values[field_id] = value
        else:
            self.values.pop(field_id, None)
        return True

    def saved_values(self) -> dict[str, str]:
        return {k: v for k, v in self.values.items() if k not in TRANSIENT_FIELDS}


@dataclass
class WizardContext:
    service: IntakeService
    reference: ReferenceData
    draft: WizardDraft
    ensure_draft: Any  # Callable[[], uuid.UUID]: creates the stored draft on first need
    match: PersonMatch | None = None  # the YOXLA result, kept in memory (re-read on reopen)
    match_checked: bool = False
    password_needed: bool = False  # reopened draft: the password step must be retyped
    return_to: PageId | None = None  # after retyping the password, back to this page


class FieldError(QLabel):
    """The red message under one field; hidden while empty."""

    def __init__(self, field_id: str) -> None:
        super().__init__()
        self.setObjectName(f"{field_id}.error")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    # Strings, not bools: the style sheet matches them and no bool crosses into Qt.
    text = "true" if invalid else "false"
    if widget.property("invalid") == text:
        return
    widget.setProperty("invalid", text)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class YesNo(QWidget):
    """`Bəli` / `Xeyr` radio pair; its value is "yes", "no" or "" (nothing chosen)."""

    changed = Signal(str)

    def __init__(self, field_id: str, accessible_name: str) -> None:
        super().__init__()
        self.setObjectName(field_id)
        self.setProperty("radio", "true")
        self.field_id = field_id
        self.yes = QRadioButton(tr("Bəli"))
        self.no = QRadioButton(tr("Xeyr"))
        self.yes.setObjectName(f"{field_id}.yes")
        self.no.setObjectName(f"{field_id}.no")
        self.yes.setAccessibleName(f"{accessible_name} {self.yes.text()}")
        self.no.setAccessibleName(f"{accessible_name} {self.no.text()}")
        self._group = QButtonGroup(self)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.yes.toggled.connect(self._emit)
        self.no.toggled.connect(self._emit)

    def value(self) -> str:
        return YES if self.yes.isChecked() else NO if self.no.isChecked() else ""

    def set_value(self, value: str) -> None:
        self._group.setExclusive(False)
        self.yes.setChecked(value == YES)
        self.no.setChecked(value == NO)
        self._group.setExclusive(True)

    def _emit(self, checked: bool) -> None:
        if checked:
            self.changed.emit(self.value())


class _OptionLabel(QLabel):
    """The wrapped text of one radio option; clicking it chooses the option."""

    def __init__(self, text: str, radio: QRadioButton) -> None:
        super().__init__(text)
        self._radio = radio
        self.setWordWrap(True)
        self.setBuddy(radio)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._radio.click()
        self._radio.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class OptionRadios(QWidget):
    """A radio list over (id, label) options; value is the chosen id or "".

    Option texts wrap (admission-line descriptions are long), so nothing is cut at 150 %.
    """

    changed = Signal(str)

    def __init__(self, field_id: str, options: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.setObjectName(field_id)
        self.setProperty("radio", "true")
        self.field_id = field_id
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        for option_id, label in options:
            button = QRadioButton()
            button.setObjectName(f"{field_id}.{option_id}")
            button.setAccessibleName(label)
            caption = _OptionLabel(label, button)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(caption, 1)
            layout.addLayout(row)
            self._group.addButton(button)
            self.buttons[option_id] = button
            self.labels[option_id] = caption
            button.toggled.connect(self._emit)

    def value(self) -> str:
        for option_id, button in self.buttons.items():
            if button.isChecked():
                return option_id
        return ""

    def set_value(self, value: str) -> None:
        self._group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.setChecked(option_id == value)
        self._group.setExclusive(True)

    def _emit(self, checked: bool) -> None:
        if checked:
            self.changed.emit(self.value())


def fill_combo(combo: QComboBox, options: Iterable[tuple[str, str]], placeholder: bool) -> None:
    """Options as (code, label); the code is the item data. `- Seçin -` first if asked."""
    combo.blockSignals(True)
    combo.clear()
    if placeholder:
        combo.addItem(tr("- Seçin -"), "")
    for code, label in options:
        combo.addItem(label, code)
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> str:
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def set_combo_value(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class WizardPage(QWidget):
    """One step. Pages edit the shared draft as the user types and say where Next goes.

    `is_complete` runs often and stays cheap; `validate` runs on NÖVBƏTİ / MÜRACİƏT ET and
    asks the service. Field widgets are public attributes named after their field ids.
    """

    changed = Signal()  # a draft value changed: the wizard schedules an autosave
    complete_changed = Signal()
    page_id: PageId = PageId.P02

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.context = context
        self.setStyleSheet(PAGE_STYLE)
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self._containers: dict[str, QWidget] = {}
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "pageTitle")
        self.title_label.setWordWrap(True)
        self._outer.addWidget(self.title_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._outer.addLayout(self.form)
        self.page_error = FieldError("page")
        self._outer.addWidget(self.page_error)
        self._outer.addStretch(1)

    @property
    def draft(self) -> WizardDraft:
        return self.context.draft

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    def add_field(
        self,
        field_id: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = True,
        layout: QFormLayout | None = None,
        beside: Sequence[QWidget] = (),
        before: Sequence[QWidget] = (),
    ) -> QLabel:
        """A labelled row: objectName and accessible name set, error label underneath."""
        widget.setObjectName(field_id)
        widget.setAccessibleName(label.rstrip(":"))
        caption = QLabel(f"{label} *" if required else label)
        caption.setObjectName(f"{field_id}.label")
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        error = FieldError(field_id)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if beside or before:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            for extra in before:
                line.addWidget(extra)
            line.addWidget(widget, 1)
            for extra in beside:
                line.addWidget(extra)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        column.addWidget(error)
        (layout or self.form).addRow(caption, box)
        self._fields[field_id] = (widget, error)
        self._containers[field_id] = box
        return caption

    def field_widget(self, field_id: str) -> QWidget:
        return self._fields[field_id][0]

    def set_row_visible(self, field_id: str, visible: bool) -> None:
        container = self._containers[field_id]
        for layout in self._form_layouts():
            label = layout.labelForField(container)
            if label is not None:
                label.setVisible(visible)
        container.setVisible(visible)
        if not visible:
            self.clear_error(field_id)

    def _form_layouts(self) -> list[QFormLayout]:
        return [self.form, *self.findChildren(QFormLayout)]

    def clear_errors(self) -> None:
        for field_id in self._fields:
            self.clear_error(field_id)
        self.page_error.show_message("")

    def clear_error(self, field_id: str) -> None:
        widget, error = self._fields[field_id]
        set_invalid(widget, False)
        error.show_message("")

    def show_error(self, field_id: str | None, message: str) -> None:
        if field_id is not None and field_id in self._fields:
            widget, error = self._fields[field_id]
            set_invalid(widget, True)
            error.show_message(message)
        else:
            self.page_error.show_message(message)

    def show_violations(self, violations: Iterable[Violation]) -> bool:
        """Mark each violation's field red with its message; True if there were none."""
        self.clear_errors()
        first: QWidget | None = None
        shown = False
        for violation in violations:
            shown = True
            self.show_error(violation.field, violation.message)
            if first is None and violation.field in self._fields:
                first = self._fields[violation.field][0]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return not shown

    def field_ids(self) -> list[str]:
        return list(self._fields)

    def record(self, field_id: str, value: str) -> None:
        """Store a typed value in the draft and clear the field's error."""
        if field_id in self._fields:
            self.clear_error(field_id)
        if self.draft.set(field_id, value):
            self.changed.emit()
        self.complete_changed.emit()

    # --- hooks the wizard calls ---------------------------------------------------------

    def load(self) -> None:
        """Show the draft's values (on entering the page and after a reopen)."""

    def is_complete(self) -> bool:
        return True

    def validate(self) -> bool:
        """On NÖVBƏTİ / MÜRACİƏT ET: ask the service, show red fields, say whether to go on."""
        return self.check_with_service()

    def check_with_service(self) -> bool:
        from registrar.services.errors import RegistrarError

        try:
            violations = self.context.service.validate_page(
                self.page_id.name, dict(self.draft.values), dict(self.draft.files)
            )
        except RegistrarError as error:
            self.page_error.show_message(str(error))
            return False
        return self.show_violations(violations)

    def next_id(self) -> PageId | None:
        return None

    def buttons(self) -> Mapping[str, bool]:
        """Which bottom buttons the page shows (object name -> visible)."""
        return {}

    def handle_enter(self) -> bool:
        """Enter pressed on the page; True if the page used it (else the wizard goes on)."""
        return False
