"""Every interactive control a screen reader can reach has an accessible name.

The name checked is the one assistive technology receives (QAccessibleInterface.text(Name)):
an explicit accessibleName, else what Qt derives from a button's text or a form label whose
buddy the control is. Qt's own internals (a combo box's popup, a spin box's line edit, header
views, table corner buttons, tab-bar scroll arrows) are not the application's controls.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from registrar.services.credentials import KeyringStore
from registrar.services.staff import StaffRow
from registrar.ui.main_window import MainWindow
from registrar.ui.sections import SectionContext, builtin_sections, visible_sections
from registrar.ui.tasks import TaskRunner
from tests.conftest import OfficeDb

INTERACTIVE = (
    QAbstractButton,  # push, tool, check and radio buttons
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes and date edits
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
QT_INTERNAL_OWNERS = (QComboBox, QAbstractSpinBox, QTabBar, QHeaderView)
QT_INTERNAL_CLASSES = {"QTableCornerButton", "QLineEditIconButton", "QCalendarWidget"}
ROLES = ("admin", "registrar", "ministry")


def _is_qt_internal(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QT_INTERNAL_OWNERS) or parent.metaObject().className() in (
            QT_INTERNAL_CLASSES
        ):
            return True
        parent = parent.parentWidget()
    return widget.metaObject().className() in QT_INTERNAL_CLASSES


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """'Class objectName (top-level class)' for each interactive control without a name."""
    offenders = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_qt_internal(widget):
            continue
        if not accessible_name(widget):
            offenders.append(
                f"{widget.metaObject().className()} '{widget.objectName()}'"
                f" in {type(root).__name__}"
            )
    return offenders


def _context(office_db: OfficeDb, role: str) -> SectionContext:
    return SectionContext(
        workspace=office_db.workspace,
        user=StaffRow(uuid.uuid4(), f"{role}1", "Aynur Məmmədova", role, True),
        tasks=TaskRunner(),
        database_path=office_db.path,
        backup_directory=None,
    )


@pytest.fixture
def screens(qtbot, office_db: OfficeDb) -> Iterator[list[QWidget]]:
    """The main window of each role with every section it may open, and the dialogs."""
    from registrar.services.preferences import reference_institutions
    from registrar.ui.first_run import FirstRunDialog
    from registrar.ui.idle_lock import LockDialog
    from registrar.ui.intake_section import IntakeSection
    from registrar.ui.passphrase import PassphraseDialog
    from registrar.ui.review.page import ReviewPage
    from registrar.ui.settings_dialog import SettingsDialog
    from registrar.ui.signin import SignInDialog
    from tests.ui.wizard_helpers import make_intake

    built: list[QWidget] = []
    contexts = []
    for role in ROLES:
        context = _context(office_db, role)
        contexts.append(context)
        window = MainWindow(
            context,
            builtin_sections(),
            institution_name="Bakı Dövlət Universiteti",
            store=KeyringStore(),
        )
        qtbot.addWidget(window)
        window.show()
        for section in visible_sections(builtin_sections(), role):
            window.open_section(section.key)
        built.append(window)
    admin, registrar = contexts[0], contexts[1]
    intake = make_intake(office_db.workspace)
    intake_section = IntakeSection(intake.service, intake.reference)
    qtbot.addWidget(intake_section)
    intake_section.show()
    intake_section.start_new()  # the intake wizard opens inside the section
    dialogs: list[QWidget] = [
        intake_section,
        ReviewPage(registrar),
        SettingsDialog(admin, KeyringStore(), None),
        SignInDialog(office_db.workspace, institution="BDU"),
        FirstRunDialog(office_db.db, reference_institutions()),
        PassphraseDialog(lambda _passphrase: None, new=True, database_name="registrar.db"),
        LockDialog(dataclasses.replace(office_db.workspace), admin.user),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    built += dialogs
    yield built
    for context in contexts:
        context.tasks.cancel_all()
        context.tasks.wait()


def test_every_interactive_control_has_an_accessible_name(screens: list[QWidget]) -> None:
    offenders = [name for screen in screens for name in unnamed_controls(screen)]
    assert not offenders, "controls without an accessible name:\n" + "\n".join(
        sorted(set(offenders))
    )


def test_an_icon_only_button_without_a_name_is_reported(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    panel = QWidget()
    qtbot.addWidget(panel)
    button = QToolButton(panel)
    button.setObjectName("zoomIn")
    assert unnamed_controls(panel) == ["QToolButton 'zoomIn' in QWidget"]
    button.setAccessibleName("Böyüt")
    assert unnamed_controls(panel) == []
