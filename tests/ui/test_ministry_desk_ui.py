"""The Ministry desk screen: queue, document check, approval opening both cases, refusal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from registrar.services.letters_register import LettersRegister
from registrar.services.movements import MovementService
from registrar.ui.ministry_desk import MinistryDeskSection
from tests.services.test_ministry_desk import MINISTRY, Three, application
from tests.services.test_movements import REGISTRAR, png_bytes, seeded_engine, workspace_for


@pytest.fixture
def three() -> Iterator[Three]:
    engine = seeded_engine()
    yield Three(*(workspace_for(engine, code) for code in ("MSE", "BDU", "GDU")))
    engine.dispose()


def desk_page(qtbot: QtBot, three: Three) -> MinistryDeskSection:
    application(three)
    page = MinistryDeskSection(three.mse, MINISTRY)
    qtbot.addWidget(page)
    return page


def attach_all(page: MinistryDeskSection, tmp_path: Path) -> None:
    assert page.check is not None
    for document in page.check.documents:
        path = tmp_path / f"{document.paragraph}.png"
        path.write_bytes(png_bytes())
        page.attach_file(document.paragraph, path)


def test_the_queue_shows_the_application_and_its_missing_documents(
    qtbot: QtBot, three: Three
) -> None:
    page = desk_page(qtbot, three)
    assert page.queue.rowCount() == 1
    assert page.queue.item(0, 1).text() == "Bakı Dövlət Universiteti"  # type: ignore[union-attr]
    assert page.status.text() == "Razılıq tələb olunur"
    assert page.findChild(object, "desk.document.2.9.1") is not None
    assert not page.approve.isEnabled()


def test_approval_is_enabled_once_every_document_is_present(
    qtbot: QtBot, three: Three, tmp_path: Path
) -> None:
    page = desk_page(qtbot, three)
    attach_all(page, tmp_path)
    assert page.check is not None and page.check.complete
    assert page.approve.isEnabled()
    assert page.queue.item(0, 4).text() == "Tamdır"  # type: ignore[union-attr]


def test_an_approval_opens_the_case_at_both_institutions(
    qtbot: QtBot, three: Three, tmp_path: Path
) -> None:
    page = desk_page(qtbot, three)
    attach_all(page, tmp_path)
    page.reason.setPlainText("Sənədlər yoxlanıldı")
    page.sent_on.setDate(QDate(2026, 7, 6))
    with qtbot.waitSignal(page.answered):
        qtbot.mouseClick(page.approve, Qt.MouseButton.LeftButton)
    assert page.answer is not None and page.answer.status == "approved"
    opened = dict(page.answer.opened_cases)
    assert set(opened) == {"BDU", "GDU"}
    assert MovementService(three.bdu, REGISTRAR).get(opened["BDU"]).kind == "outgoing_transfer"
    assert MovementService(three.gdu, REGISTRAR).get(opened["GDU"]).kind == "incoming_transfer"
    [letter] = LettersRegister(three.gdu, REGISTRAR).entries()
    assert (letter.kind, letter.received_on) == ("mse_consent", date(2026, 7, 6))
    assert page.queue.rowCount() == 0 and "GDU" in page.result.text()


def test_a_refusal_without_a_reason_is_shown_not_sent(qtbot: QtBot, three: Three) -> None:
    page = desk_page(qtbot, three)
    qtbot.mouseClick(page.refuse, Qt.MouseButton.LeftButton)
    assert page.answer is None and page.error.isVisibleTo(page)
    page.reason.setPlainText("2.9.3 sənədləri təsdiq etmir")
    qtbot.mouseClick(page.refuse, Qt.MouseButton.LeftButton)
    assert page.answer is not None and page.answer.status == "refused"
    assert page.answer.opened_cases == ()
