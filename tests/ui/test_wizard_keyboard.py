"""A whole application entered from the keyboard alone: Tab, typing, Space, arrows, Enter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from registrar.services import field_ids as F
from registrar.ui.wizard.ids import PageId
from registrar.ui.wizard.wizard import IntakeWizard
from tests.ui.wizard_helpers import (
    CITIZEN_STATE,
    PASSWORD,
    focused,
    intake_db,
    intake_template,
    pdf_file,
    tab_to,
    type_text,
)

__all__ = ["intake_db", "intake_template"]


def key(k: Qt.Key) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, k)


def typed(text: str) -> None:
    widget = focused()
    assert widget is not None
    type_text(widget, text)


def test_a_whole_application_is_entered_without_the_mouse(
    qtbot, intake_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake = intake_db.intake
    document = pdf_file(tmp_path / "diplom.pdf")
    # The file dialog is the operating system's; typing a path into it is out of our hands.
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(document)], "")
    )
    wizard = IntakeWizard(intake.service, intake.reference)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    qtbot.waitUntil(lambda: focused() is not None)

    # P02: citizenship with the arrow key, FİN typed, Enter runs YOXLA, Enter goes on.
    assert focused() is wizard.pages[PageId.P02].citizenship
    key(Qt.Key.Key_Down)
    tab_to(wizard, F.REG_FIN)
    typed(CITIZEN_STATE.lower())
    key(Qt.Key.Key_Return)
    assert wizard.context.match is not None
    key(Qt.Key.Key_Return)
    assert wizard.current == PageId.P03

    # P03: number, Enter sends the code, the code is typed where the focus went.
    tab_to(wizard, F.MOB_NUMBER)
    typed("701234567")
    key(Qt.Key.Key_Return)
    assert focused() is wizard.pages[PageId.P03].code
    typed(intake.sms.last_code())
    key(Qt.Key.Key_Return)
    assert wizard.current == PageId.P04

    typed("klaviatura@example.az")
    key(Qt.Key.Key_Tab)
    typed("klaviatura@example.az")
    key(Qt.Key.Key_Return)
    assert wizard.current == PageId.P05
    typed(PASSWORD)
    key(Qt.Key.Key_Tab)
    typed(PASSWORD)
    key(Qt.Key.Key_Return)
    assert wizard.current == PageId.P10

    key(Qt.Key.Key_Return)  # the admission line is pre-selected from the list
    assert wizard.current == PageId.P11
    key(Qt.Key.Key_Space)  # Bəli: same address
    tab_to(wizard, F.PD_ACTUAL_DISTRICT)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert wizard.current == PageId.P12, wizard.pages[PageId.P11].page_error.text()

    tab_to(wizard, "ad.docs.education_document")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)  # MÜRACİƏT ET
    assert wizard.current == PageId.P14
    key(Qt.Key.Key_Return)  # TƏSDİQ ET
    qtbot.waitUntil(lambda: wizard.notice is not None and wizard.notice.isVisible())
    QTest.keyClick(wizard.notice.close_button, Qt.Key.Key_Space)
    assert wizard.current == PageId.P16
    assert wizard.application is not None
