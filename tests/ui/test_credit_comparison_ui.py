"""The credit comparison screen: side by side, accept or reject each course, totals saved."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from registrar.services.context import Workspace
from registrar.services.curriculum import import_curriculum
from registrar.services.movements import MovementService
from registrar.ui.credit_comparison import CreditComparisonPage
from tests.services.test_movements import REGISTRAR, seeded_engine, workspace_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def page_with_transcript(qtbot: QtBot, bdu: Workspace) -> tuple[CreditComparisonPage, uuid.UUID]:
    import_curriculum(bdu, REGISTRAR, (EXAMPLES / "curriculum.csv").read_bytes())
    case = MovementService(bdu, REGISTRAR).open_case("incoming_transfer", facts={})
    page = CreditComparisonPage(bdu, REGISTRAR, case.id, "L003")
    qtbot.addWidget(page)
    page.import_file(EXAMPLES / "transcript.csv")
    return page, case.id


def row_of(page: CreditComparisonPage, code: str) -> int:
    return next(i for i, s in enumerate(page.suggestions) if s.entry.course_code == code)


def test_the_transcript_and_the_curriculum_are_shown_side_by_side(
    qtbot: QtBot, bdu: Workspace
) -> None:
    page, _ = page_with_transcript(qtbot, bdu)
    assert (page.transcript.rowCount(), page.curriculum.rowCount()) == (8, 9)
    row = row_of(page, "MAT-111")
    assert page.matches.item(row, 1).text().startswith("RIY101")  # type: ignore[union-attr]
    assert page.totals.text().startswith("Tanınan kredit: 0.")


def test_an_accepted_suggestion_counts_and_a_rejected_one_does_not(
    qtbot: QtBot, bdu: Workspace
) -> None:
    page, _ = page_with_transcript(qtbot, bdu)
    accept = page.matches.cellWidget(row_of(page, "MAT-111"), 6)
    assert isinstance(accept, QPushButton)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert page.totals.text().startswith("Tanınan kredit: 6.")
    reject = page.matches.cellWidget(row_of(page, "MAT-111"), 7)
    assert isinstance(reject, QPushButton)
    qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
    assert page.totals.text().startswith("Tanınan kredit: 0.")
    assert page.suggestions[row_of(page, "MAT-111")].state == "rejected"


def test_the_saved_result_goes_into_the_case_for_the_inclusion_order(
    qtbot: QtBot, bdu: Workspace
) -> None:
    page, case_id = page_with_transcript(qtbot, bdu)
    for row, suggestion in enumerate(page.suggestions):
        if suggestion.course is not None and suggestion.entry.course_code != "ENG-101":
            page.accept_row(row)
    page.semester.setValue(2)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.result is not None and page.result.recognised_credits == 27
    stored = MovementService(bdu, REGISTRAR).get(case_id).facts["credit_recognition"]
    assert stored["difference"] == ["XDL101", "FIZ101"]
