"""The application detail: read-only answers, documents in place, timeline, decisions, bulk."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from registrar.services.review import QueueFilter, QueueSort, ReviewService
from registrar.services.staff import StaffRow
from registrar.ui.review.decision import ReasonDialog
from registrar.ui.review.page import ReviewPage
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import TaskRunner
from tests.services.test_review import (
    _USED,
    DemoDb,
    decision_database,
    demo_database,
    take_unused,
)


def _page(qtbot, demo: DemoDb) -> ReviewPage:
    actor = demo.registrar
    assert actor.staff_id is not None
    context = SectionContext(
        workspace=demo.workspace,
        user=StaffRow(actor.staff_id, actor.username, "Rəşad Hüseynov", "registrar", True),
        tasks=TaskRunner(),
        database_path=None,
        backup_directory=None,
    )
    page = ReviewPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    return page


@pytest.fixture(scope="module")
def demo() -> DemoDb:
    return demo_database()


@pytest.fixture(scope="module")
def wdemo() -> DemoDb:
    return decision_database()


def _with_document(demo: DemoDb, mime: str) -> tuple[uuid.UUID, int]:
    service = ReviewService(demo.workspace)
    page = service.page(demo.registrar, QueueFilter(exemption=True), QueueSort(), 0, 50)
    for row in page.rows:
        detail = service.detail(demo.registrar, row.id)
        for position, document in enumerate(detail.documents):
            if document.mime == mime:
                return row.id, position
    raise AssertionError(f"no {mime} document in the first applications")


def test_selecting_a_row_shows_its_answers_with_the_wizard_s_labels(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    page.select_rows([0])
    detail = page.detail.detail
    assert detail is not None and detail.id == page.model.row_at(0).id
    fin = page.detail.answers.findChild(QLabel, "pd.fin")
    assert fin is not None and fin.text() == detail.key


def test_an_image_document_opens_in_place_and_zooms(qtbot, demo: DemoDb) -> None:
    application, position = _with_document(demo, "image/png")
    page = _page(qtbot, demo)
    page.show_application(application)
    page.detail.open_document(position)
    viewer = page.detail.viewer
    assert viewer.currentWidget() is viewer.image
    before = viewer.image.scale()
    qtbot.mouseClick(viewer.image.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.image.scale() == pytest.approx(before * 1.25)


def test_a_pdf_document_opens_in_the_pdf_viewer(qtbot, demo: DemoDb) -> None:
    application, position = _with_document(demo, "application/pdf")
    page = _page(qtbot, demo)
    page.show_application(application)
    page.detail.open_document(position)
    viewer = page.detail.viewer
    assert viewer.currentWidget() is viewer.pdf
    assert viewer.pdf.page_count() >= 1
    page.detail.release()


def test_the_timeline_shows_the_applicant_s_p16_steps(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filters.status.select_value("SUBMITTED")
    page.select_rows([0])
    states = [label.property("state") for label in page.detail.timeline.step_labels]
    assert states[:2] == ["done", "current"]


def test_the_reason_dialog_allows_confirming_only_with_a_reason(qtbot) -> None:
    dialog = ReasonDialog("Müraciəti rədd et", "Səbəb", "İmtina et")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Diplom yoxdur")
    assert dialog.ok_button.isEnabled()


def test_rejecting_from_the_detail_records_the_reason(qtbot, wdemo: DemoDb, monkeypatch) -> None:
    application = take_unused("UNDER_REVIEW")
    page = _page(qtbot, wdemo)
    page.show_application(application)
    monkeypatch.setattr(page, "ask_reason", lambda kind, count=1: "Diplom oxunmur.")
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(page.detail.reject_button, Qt.MouseButton.LeftButton)
    detail = page.detail.detail
    assert detail is not None and detail.status == "REJECTED"
    assert detail.history[-1].reason == "Diplom oxunmur."
    assert not page.detail.accept_button.isEnabled()
    assert page.detail.reverse_button.isEnabled()


def test_a_cancelled_reason_dialog_decides_nothing(qtbot, wdemo: DemoDb, monkeypatch) -> None:
    application = take_unused("SUBMITTED")
    page = _page(qtbot, wdemo)
    page.show_application(application)
    monkeypatch.setattr(page, "ask_reason", lambda kind, count=1: None)
    qtbot.mouseClick(page.detail.accept_button, Qt.MouseButton.LeftButton)
    detail = ReviewService(wdemo.workspace).detail(wdemo.registrar, application)
    assert detail.status == "SUBMITTED"


def test_reversing_from_the_detail_restores_the_status(qtbot, wdemo: DemoDb, monkeypatch) -> None:
    application = take_unused("UNDER_REVIEW")
    page = _page(qtbot, wdemo)
    page.show_application(application)
    monkeypatch.setattr(page, "ask_reason", lambda kind, count=1: f"{kind}: səbəb")
    qtbot.mouseClick(page.detail.accept_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(page.detail.reverse_button, Qt.MouseButton.LeftButton)
    detail = page.detail.detail
    assert detail is not None and detail.status == "UNDER_REVIEW"
    assert [e.kind for e in detail.history[-2:]] == ["registered", "reversed"]


def _claim_first_rows(page: ReviewPage, count: int) -> list[uuid.UUID]:
    """The first rows shown, marked as used so no other test decides on them."""
    ids = [page.model.row_at(r).id for r in range(count)]
    _USED.update(ids)
    return ids


def test_bulk_acceptance_accepts_every_selected_row(qtbot, wdemo: DemoDb, monkeypatch) -> None:
    page = _page(qtbot, wdemo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filters.status.select_value("UNDER_REVIEW")
    ids = _claim_first_rows(page, 3)
    page.select_rows([0, 1, 2])
    monkeypatch.setattr(page, "ask_reason", lambda kind, count=1: "Sənədlər tamdır.")
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(page.bulk_accept_button, Qt.MouseButton.LeftButton)
    service = ReviewService(wdemo.workspace)
    assert {service.detail(wdemo.registrar, i).status for i in ids} == {"REGISTERED"}


def test_bulk_assignment_assigns_every_selected_row(qtbot, wdemo: DemoDb, monkeypatch) -> None:
    page = _page(qtbot, wdemo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filters.reviewer.select_value("unassigned")
    ids = _claim_first_rows(page, 2)
    page.select_rows([0, 1])
    monkeypatch.setattr(page, "ask_reviewer", lambda count: (True, wdemo.registrar.staff_id))
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    service = ReviewService(wdemo.workspace)
    assert {service.detail(wdemo.registrar, i).reviewer_name for i in ids} == {"Rəşad Hüseynov"}
