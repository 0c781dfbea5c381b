"""The fee-exemption review widget: files beside the required list, states, the decision gate."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from registrar.services import exemption_review as X
from registrar.services.exemption_review import ExemptionReviewService
from registrar.ui.review import exemption
from registrar.ui.review.exemption import ExemptionReviewWidget
from tests.services.test_exemption_review import Demo, open_copy, pending_requests


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    copy = open_copy(tmp_path_factory.mktemp("exemption-ui"))
    yield copy
    copy.db.dispose()


@pytest.fixture(scope="module")
def fresh(demo: Demo) -> Iterator[uuid.UUID]:
    service = ExemptionReviewService(demo.workspace)
    return iter(
        app
        for app in pending_requests(demo.workspace)
        if len(service.review(demo.registrar, app).required) >= 2
    )


def _widget(qtbot, demo: Demo, app_id: uuid.UUID) -> ExemptionReviewWidget:
    widget = ExemptionReviewWidget(ExemptionReviewService(demo.workspace), demo.registrar, app_id)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    return widget


def _required_rows(widget: ExemptionReviewWidget) -> list[int]:
    return [
        n
        for n in range(widget.model.rowCount())
        if (row := widget.model.row_at(n)) is not None and row.required
    ]


def test_the_evidence_table_model_passes_qt_s_model_checks(
    qtbot, qtmodeltester, demo: Demo, fresh
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    qtmodeltester.check(widget.model)


def test_the_request_shows_category_sub_answers_and_notes(qtbot, demo: Demo, fresh) -> None:
    app_id = next(fresh)
    widget = _widget(qtbot, demo, app_id)
    review = ExemptionReviewService(demo.workspace).review(demo.registrar, app_id)
    texts = {label.text() for label in widget.request_box.findChildren(QLabel)}
    assert review.category_label in texts
    assert {a.value for a in review.sub_answers} <= texts
    assert widget.required_list.count() == len(review.required)


def test_decision_buttons_stay_disabled_until_every_required_document_is_decided(
    qtbot,
    demo: Demo,
    fresh,
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    required = _required_rows(widget)
    for n in required:
        assert not widget.approve_button.isEnabled()
        assert not widget.reject_button.isEnabled()
        widget.select_document(n)
        assert widget.set_state(X.ACCEPTED)
    assert widget.approve_button.isEnabled() and widget.reject_button.isEnabled()


def test_refusing_a_document_asks_for_the_reason_and_shows_it(
    qtbot,
    demo: Demo,
    fresh,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    monkeypatch.setattr(exemption, "ask_reason", lambda *_args: "Möhür yoxdur.")
    widget.select_document(_required_rows(widget)[0])
    widget.refuse_button.click()
    row = widget.current()
    assert row is not None and (row.state, row.reason) == (X.NOT_ACCEPTED, "Möhür yoxdur.")


def test_cancelling_the_reason_dialog_records_nothing(
    qtbot,
    demo: Demo,
    fresh,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    monkeypatch.setattr(exemption, "ask_reason", lambda *_args: None)
    widget.select_document(0)
    widget.again_button.click()
    row = widget.current()
    assert row is not None and row.state == X.NOT_ANALYSED


def test_the_service_refuses_a_decision_the_buttons_would_not_allow(
    qtbot,
    demo: Demo,
    fresh,
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    assert not widget.decide(True, "Təsdiqləndi.")
    assert widget.error.isVisibleTo(widget) and widget.error.text()
    assert widget.review is not None and widget.review.status in X.DECIDABLE_STATUSES


def test_approving_updates_the_status_and_locks_the_review(
    qtbot,
    demo: Demo,
    fresh,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    for n in _required_rows(widget):
        widget.select_document(n)
        widget.accept_button.click()
    monkeypatch.setattr(exemption, "ask_reason", lambda *_args: "Güzəşt təsdiqləndi.")
    with qtbot.waitSignal(widget.decided) as decided:
        widget.approve_button.click()
    assert decided.args == ["EXEMPTION_APPROVED"]
    assert not widget.approve_button.isEnabled() and not widget.accept_button.isEnabled()


def test_selecting_a_file_shows_it_in_the_viewer(qtbot, demo: Demo, fresh) -> None:
    widget = _widget(qtbot, demo, next(fresh))
    n = next(n for n in range(widget.model.rowCount()) if widget.model.row_at(n).document)
    widget.select_document(n)
    assert widget.viewer.currentWidget() in (widget.viewer.image, widget.viewer.pdf)
