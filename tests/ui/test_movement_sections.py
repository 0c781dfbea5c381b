"""The movement sections: registration by role, case list, bulk 3.1.5 order, register views."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from registrar.services.context import Workspace
from registrar.services.letters_register import LettersRegister
from registrar.services.movements import MovementService
from registrar.services.students import StudentRegister
from registrar.ui.letters_section import LettersSection
from registrar.ui.movements.bulk_expulsion import BulkExpulsionDialog
from registrar.ui.movements.case_screen import ExpulsionScreen
from registrar.ui.movements.section import MovementsSection
from registrar.ui.orders_section import OrdersSection
from registrar.ui.sections import builtin_sections, visible_sections
from registrar.ui.students_section import StudentsSection
from tests.services.test_movements import (
    GDU,
    REGISTRAR,
    import_examples,
    seeded_engine,
    student_id,
    workspace_for,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MOVEMENT_KEYS = {"movements", "students", "letters", "deadlines", "orders"}


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def keys(role: str) -> set[str]:
    return {section.key for section in visible_sections(builtin_sections(), role)}


def test_the_registrar_sees_the_movement_sections_and_the_ministry_its_desk() -> None:
    assert keys("registrar") >= MOVEMENT_KEYS and "ministry_desk" not in keys("registrar")
    assert "ministry_desk" in keys("ministry") and not MOVEMENT_KEYS & keys("ministry")
    assert not (MOVEMENT_KEYS | {"ministry_desk"}) & keys("desk")


def test_only_the_deadlines_section_carries_a_sidebar_badge() -> None:
    assert [s.key for s in builtin_sections() if s.badge is not None] == ["deadlines"]


def test_a_new_case_opens_the_screen_of_the_chosen_kind_for_the_found_student(
    qtbot: QtBot, bdu: Workspace
) -> None:
    import_examples(bdu)
    page = MovementsSection(bdu, REGISTRAR)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("expulsion"))
    qtbot.keyClicks(page.search, "B24-0003")
    assert page.students.count() == 1
    qtbot.mouseClick(page.new, Qt.MouseButton.LeftButton)
    assert isinstance(page.case_screen, ExpulsionScreen)
    assert page.stack.currentWidget() is page.case_holder


def test_an_opened_case_is_listed_and_reopens_from_the_list(qtbot: QtBot, bdu: Workspace) -> None:
    register = import_examples(bdu)
    MovementService(bdu, REGISTRAR).open_case(
        "expulsion",
        student_id=student_id(register, "B24-0003"),
        facts={"ground": "own_request", "order_date": "2026-01-15"},
    )
    page = MovementsSection(bdu, REGISTRAR)
    qtbot.addWidget(page)
    assert page.cases.rowCount() == 1
    page.open_case_at(0)
    assert page.case_screen is not None and page.case_screen.case is not None


def test_one_bulk_order_expels_the_ticked_students(qtbot: QtBot, bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    dialog = BulkExpulsionDialog(service, register)
    qtbot.addWidget(dialog)
    for row in range(dialog.students.count()):
        item = dialog.students.item(row)
        assert item is not None
        if item.text().startswith(("B24-0001", "B24-0002")):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.order_date.setDate(QDate(2026, 9, 20))
    dialog.year.setValue(2025)
    dialog.signatory.setText("Rektor")
    dialog.issue.click()
    assert dialog.order is not None and dialog.order.paragraph == "3.1.5"
    assert len(dialog.order.students) == 2
    assert register.search("B24-0001")[0].status == "expelled"


def test_the_student_register_imports_and_shows_the_status_history_with_orders(
    qtbot: QtBot, bdu: Workspace
) -> None:
    page = StudentsSection(bdu, REGISTRAR)
    qtbot.addWidget(page)
    page.import_file(EXAMPLES / "students.csv", page.service.import_students)
    assert page.table.rowCount() > 3 and page.report.text().startswith("Əlavə edildi:")
    register = StudentRegister(bdu, REGISTRAR)
    service = MovementService(bdu, REGISTRAR)
    case = service.open_case(
        "expulsion",
        student_id=student_id(register, "B24-0003"),
        facts={"ground": "own_request", "order_date": "2026-01-15"},
    )
    service.record_decision(case.id)
    order = service.issue_order(case.id, order_date=date(2026, 1, 15), signatory="Rektor")
    qtbot.keyClicks(page.search, "B24-0003")
    page.show_student(0)
    assert page.history.rowCount() == 2
    assert page.history.item(1, 2).text() == order.number  # type: ignore[union-attr]


def test_a_registered_letter_is_listed_with_the_timer_it_started(
    qtbot: QtBot, bdu: Workspace
) -> None:
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
    page = LettersSection(bdu, REGISTRAR)
    qtbot.addWidget(page)
    page.number.setText("TN-7")
    page.sender_edit.setText("Elm və Təhsil Nazirliyi")
    page.kind.setCurrentIndex(page.kind.findData("mse_transcript_blank"))
    page.received.setDate(QDate(2026, 7, 6))
    page.case.setCurrentIndex(page.case.findData(str(case.id)))
    page.register_letter()
    assert not page.error.isVisibleTo(page), page.error.text()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 5).text() == "Xaric etmə əmri (2.12)"  # type: ignore[union-attr]
    assert LettersRegister(bdu, REGISTRAR).entries()[0].case_id == case.id


def test_the_orders_register_lists_each_order_with_its_students(
    qtbot: QtBot, bdu: Workspace
) -> None:
    register = import_examples(bdu)
    ids = [student_id(register, n) for n in ("B24-0001", "B24-0002")]
    MovementService(bdu, REGISTRAR).bulk_expulsion(
        ids, order_date=date(2026, 9, 20), signatory="Rektor", academic_year_start=2025
    )
    page = OrdersSection(bdu, REGISTRAR)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "3.1.5"  # type: ignore[union-attr]
    assert page.table.item(0, 5).text().count("—") == 2  # type: ignore[union-attr]
    page.kind.setCurrentIndex(page.kind.findData("restoration"))
    assert page.table.rowCount() == 0
