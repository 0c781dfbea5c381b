"""The deadlines view: open timers, business days left, overdue rows in red, the sidebar count."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from registrar.services.context import Workspace
from registrar.services.letters_register import LettersRegister
from registrar.services.movements import MovementService
from registrar.ui.deadlines_section import OVERDUE_RED, DeadlinesSection, badge_count
from tests.services.test_movements import (
    GDU,
    REGISTRAR,
    import_examples,
    seeded_engine,
    student_id,
    workspace_for,
)


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def letter_for_transfer(bdu: Workspace) -> uuid.UUID:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    facts = service.prefill("outgoing_transfer", sid)
    facts.update(
        {
            "target_hei": GDU,
            "target_specialty": facts["current_specialty"],
            "effective_date": "2026-07-13",
            "target_min_score": 510,
        }
    )
    case = service.open_case("outgoing_transfer", student_id=sid, facts=facts)
    LettersRegister(bdu, REGISTRAR).register(
        number="TN-1",
        sender="Elm və Təhsil Nazirliyi",
        kind="mse_transcript_blank",
        received_on=date(2026, 7, 6),
        case_id=case.id,
        today=date(2026, 7, 7),
    )
    return case.id


def test_a_running_timer_shows_its_due_date_and_business_days_left(
    qtbot: QtBot, bdu: Workspace
) -> None:
    letter_for_transfer(bdu)
    page = DeadlinesSection(bdu, REGISTRAR, today=date(2026, 7, 7))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, column).text() for column in range(5)]  # type: ignore[union-attr]
    assert cells[1:] == ["2.12", cells[2], "13.07.2026", "4"]
    assert cells[2].startswith("B24-0001")
    assert page.table.item(0, 3).foreground().color() != QColor(OVERDUE_RED)  # type: ignore[union-attr]


def test_an_overdue_timer_is_red_and_counted(qtbot: QtBot, bdu: Workspace) -> None:
    letter_for_transfer(bdu)
    page = DeadlinesSection(bdu, REGISTRAR, today=date(2026, 7, 15))
    qtbot.addWidget(page)
    item = page.table.item(0, 4)
    assert item is not None and item.text() == "-2"
    assert item.foreground().color() == QColor(OVERDUE_RED)
    assert "gecikən: 1" in page.summary.text()


def test_the_sidebar_badge_counts_the_open_timers(qtbot: QtBot, bdu: Workspace) -> None:
    assert badge_count(bdu, REGISTRAR, date(2026, 7, 7)) == 0
    letter_for_transfer(bdu)
    assert badge_count(bdu, REGISTRAR, date(2026, 7, 7)) == 1
    page = DeadlinesSection(bdu, REGISTRAR, today=date(2026, 7, 7))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_changed) as blocker:
        page.refresh()
    assert blocker.args == [1]


def test_a_timer_marked_done_leaves_the_list(qtbot: QtBot, bdu: Workspace) -> None:
    letter_for_transfer(bdu)
    page = DeadlinesSection(bdu, REGISTRAR, today=date(2026, 7, 7))
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.done.click()
    assert page.table.rowCount() == 0
