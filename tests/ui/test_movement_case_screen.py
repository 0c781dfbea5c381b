"""The case screen: live decision, checklist gate, recorded case, order and status history."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from registrar.models import MovementCase
from registrar.services.context import Workspace
from registrar.services.database import session_factory
from registrar.services.movements import MovementService
from registrar.services.students import StudentRegister
from registrar.ui.movements.case_screen import (
    SCREENS,
    CaseScreen,
    ExpulsionScreen,
    OutgoingTransferScreen,
    RestorationScreen,
)
from registrar.ui.movements.pickers import InstitutionPicker, SearchCombo
from tests.services.test_movements import (
    GDU,
    REGISTRAR,
    import_examples,
    png_bytes,
    seeded_engine,
    student_id,
    workspace_for,
)


@pytest.fixture
def bdu() -> Workspace:
    return workspace_for(seeded_engine(), "BDU")


def fill(screen: CaseScreen, key: str, text: str) -> None:
    edit = screen.form.widgets[key]
    assert isinstance(edit, QLineEdit)
    edit.setText(text)


def choose(screen: CaseScreen, key: str, code: str) -> None:
    """Pick the reference row with `code` in an institution or specialty picker."""
    picker = screen.form.widgets[key]
    combo = picker.combo if isinstance(picker, InstitutionPicker) else picker
    assert isinstance(combo, SearchCombo)
    assert combo.choose(lambda data: data["code"] == code)


def scan(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(png_bytes())
    return path


def transfer_screen(qtbot: QtBot, bdu: Workspace) -> tuple[OutgoingTransferScreen, uuid.UUID]:
    register = import_examples(bdu)
    sid = student_id(register, "B24-0001")
    screen = OutgoingTransferScreen(MovementService(bdu, REGISTRAR), student_id=sid)
    qtbot.addWidget(screen)
    choose(screen, "target_hei", "GDU")
    assert {key: screen.form.facts()["target_hei"][key] for key in GDU} == GDU
    choose(screen, "target_specialty", screen.form.facts()["current_specialty"]["code"])
    fill(screen, "target_min_score", "510")
    fill(screen, "mse_letter_received", "2026-05-26")
    qtbot.keyClicks(screen.form.widgets["effective_date"], "2026-07-06")
    return screen, sid


def test_the_transfer_decision_updates_as_the_facts_are_typed(qtbot: QtBot, bdu: Workspace) -> None:
    screen, _ = transfer_screen(qtbot, bdu)
    assert screen.panel.status.text() == "Razılıq tələb olunur"
    assert "#8a5a00" in screen.panel.status.styleSheet()
    assert "2.4.1" in screen.panel.details.text()
    assert list(screen.panel.rows) == ["2.9.1", "2.9.2", "2.9.3", "2.9.5"]
    fill(screen, "effective_date", "2026-13-40")
    assert screen.panel.status.text() == "Qərar yoxdur"
    assert "effective_date" in screen.panel.details.text()


def test_the_decision_cannot_be_recorded_until_every_document_is_attached(
    qtbot: QtBot, bdu: Workspace, tmp_path: Path
) -> None:
    screen, _ = transfer_screen(qtbot, bdu)
    assert not screen.record.isEnabled()
    for paragraph in ("2.9.1", "2.9.2", "2.9.3"):
        screen.attach_files(paragraph, [scan(tmp_path, f"{paragraph}.png")])
    assert not screen.record.isEnabled()
    screen.attach_files("2.9.5", [scan(tmp_path, "debt.png")])
    assert screen.record.isEnabled()


def test_a_file_that_is_not_a_scan_is_refused_by_its_content(
    qtbot: QtBot, bdu: Workspace, tmp_path: Path
) -> None:
    screen, _ = transfer_screen(qtbot, bdu)
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"not a scan at all")
    screen.attach_files("2.9.1", [junk])
    assert screen.error.isVisibleTo(screen) and "2.9.1" in screen.error.text()
    assert screen.case is not None and not screen.case.live.checklist[0].done


def test_a_file_dropped_on_a_checklist_row_is_attached(
    qtbot: QtBot, bdu: Workspace, tmp_path: Path
) -> None:
    screen, _ = transfer_screen(qtbot, bdu)
    row = screen.panel.rows["2.9.2"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan(tmp_path, "score.png")))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    row.dropEvent(event)
    assert screen.case is not None
    [item] = [i for i in screen.case.live.checklist if i.paragraph == "2.9.2"]
    assert [e.filename for e in item.evidence] == ["score.png"]


def test_a_transfer_is_recorded_and_ordered_and_the_status_changes(
    qtbot: QtBot, bdu: Workspace, tmp_path: Path
) -> None:
    screen, sid = transfer_screen(qtbot, bdu)
    for paragraph in ("2.9.1", "2.9.2", "2.9.3", "2.9.5"):
        screen.attach_files(paragraph, [scan(tmp_path, f"{paragraph}.png")])
    qtbot.mouseClick(screen.record, Qt.MouseButton.LeftButton)
    assert screen.case is not None and screen.case.status == "decided"
    assert not screen.form.widgets["effective_date"].isEnabled()
    with session_factory(bdu.engine)() as session:
        row = session.scalars(select(MovementCase)).one()
        assert json.loads(row.case_json)["effective_date"] == "2026-07-06"
        assert json.loads(row.decision_json or "{}")["status"] == "needs_consent"
        assert row.rule_version
    screen.order_date.setDate(QDate(2026, 6, 3))
    qtbot.keyClicks(screen.signatory, "Rektor")
    with qtbot.waitSignal(screen.order_issued):
        qtbot.mouseClick(screen.issue, Qt.MouseButton.LeftButton)
    assert screen.order is not None and screen.order.number in screen.order_label.text()
    history = StudentRegister(bdu, REGISTRAR).status_history(sid)
    assert [(e.kind, e.order_number) for e in history][-1] == (
        "transferred_out",
        screen.order.number,
    )


def test_an_expulsion_needs_its_flag_confirmed_before_it_is_recorded(
    qtbot: QtBot, bdu: Workspace
) -> None:
    register = import_examples(bdu)
    sid = student_id(register, "B24-0003")
    screen = ExpulsionScreen(MovementService(bdu, REGISTRAR), student_id=sid)
    qtbot.addWidget(screen)
    ground = screen.form.widgets["ground"]
    ground.setCurrentIndex(ground.findData("own_request"))  # type: ignore[attr-defined]
    fill(screen, "order_date", "2026-01-15")
    screen.form.widgets["on_military_register"].setChecked(True)  # type: ignore[attr-defined]
    assert screen.panel.status.text() == "Uyğundur"
    assert "A-27" in screen.panel.flag_boxes and not screen.record.isEnabled()
    screen.panel.flag_boxes["A-27"].setChecked(True)
    assert screen.record.isEnabled()
    qtbot.mouseClick(screen.record, Qt.MouseButton.LeftButton)
    assert screen.case is not None and screen.case.decision is not None
    assert screen.order_date.date() == QDate(2026, 1, 15)
    screen.signatory.setText("Rektor")
    qtbot.mouseClick(screen.issue, Qt.MouseButton.LeftButton)
    assert screen.order is not None and screen.order.kind == "expulsion"
    assert StudentRegister(bdu, REGISTRAR).get(sid).status == "expelled"


def test_an_order_dated_otherwise_than_the_decision_is_refused_on_screen(
    qtbot: QtBot, bdu: Workspace
) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    case = service.open_case(
        "expulsion",
        student_id=student_id(register, "B24-0003"),
        facts={"ground": "own_request", "order_date": "2026-01-15"},
    )
    service.record_decision(case.id)
    screen = ExpulsionScreen(service, case_id=case.id)
    qtbot.addWidget(screen)
    screen.order_date.setDate(QDate(2026, 1, 20))
    screen.signatory.setText("Rektor")
    qtbot.mouseClick(screen.issue, Qt.MouseButton.LeftButton)
    assert screen.order is None and "order_date" in screen.error.text()


def test_a_restoration_screen_takes_the_expulsion_from_the_register_and_restores(
    qtbot: QtBot, bdu: Workspace
) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    expulsion = service.open_case(
        "expulsion", student_id=sid, facts={"ground": "own_request", "order_date": "2026-01-15"}
    )
    service.record_decision(expulsion.id)
    service.issue_order(expulsion.id, order_date=date(2026, 1, 15), signatory="Rektor")
    screen = RestorationScreen(service, student_id=sid)
    qtbot.addWidget(screen)
    assert screen.form.widgets["expulsion_date"].text() == "2026-01-15"  # type: ignore[attr-defined]
    ground = screen.form.widgets["expulsion_ground"]
    ground.setCurrentIndex(ground.findData("own_request"))  # type: ignore[attr-defined]
    fill(screen, "date", "2026-02-03")
    assert screen.panel.status.text() == "Hələ tezdir"
    fill(screen, "date", "2026-07-03")
    assert screen.panel.status.text() == "Uyğundur"
    for box in screen.panel.flag_boxes.values():
        box.setChecked(True)
    qtbot.mouseClick(screen.record, Qt.MouseButton.LeftButton)
    assert screen.case is not None and screen.case.status == "decided"
    screen.signatory.setText("Rektor")
    qtbot.mouseClick(screen.issue, Qt.MouseButton.LeftButton)
    assert screen.order is not None and screen.order.kind == "restoration"
    kinds = [e.kind for e in StudentRegister(bdu, REGISTRAR).status_history(sid)]
    assert kinds == ["enrolled", "expelled", "restored"]


@pytest.mark.parametrize("kind", sorted(SCREENS))
def test_every_kind_has_a_screen_that_shows_a_decision_or_the_missing_field(
    qtbot: QtBot, bdu: Workspace, kind: str
) -> None:
    register = import_examples(bdu)
    screen = SCREENS[kind](
        MovementService(bdu, REGISTRAR), student_id=student_id(register, "B24-0001")
    )
    qtbot.addWidget(screen)
    assert screen.kind == kind and screen.live is not None
    if screen.live.decision is None:
        assert screen.live.error_field and screen.live.error_field in screen.panel.details.text()
    else:
        assert screen.panel.status.text()


def test_an_academic_leave_on_health_grounds_is_allowed_live(qtbot: QtBot, bdu: Workspace) -> None:
    register = import_examples(bdu)
    screen = SCREENS["academic_leave"](
        MovementService(bdu, REGISTRAR), student_id=student_id(register, "B24-0001")
    )
    qtbot.addWidget(screen)
    ground = screen.form.widgets["ground"]
    ground.setCurrentIndex(ground.findData("family"))  # type: ignore[attr-defined]
    fill(screen, "start", "2026-02-01")
    fill(screen, "end", "2027-01-31")
    assert screen.panel.status.text() == "Uyğundur", screen.panel.details.text()
