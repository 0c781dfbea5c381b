"""The applications queue over 10,000 demo applications: lazy model, search, filters, counts."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt

from registrar.services.folding import fold
from registrar.services.review import QueueFilter, QueueSort, ReviewService
from registrar.services.staff import StaffRow
from registrar.ui.review.page import ReviewPage
from registrar.ui.review.queue import PAGE_SIZE, ApplicationTableModel
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import TaskRunner
from tests.services.test_review import DemoDb, demo_database


@pytest.fixture(scope="module")
def demo() -> DemoDb:
    return demo_database()


def _staff(demo: DemoDb, role: str) -> StaffRow:
    actor = demo.registrar if role == "registrar" else demo.others[role]
    assert actor.staff_id is not None
    return StaffRow(actor.staff_id, actor.username, actor.username, role, True)


def _page(qtbot, demo: DemoDb, role: str = "registrar") -> ReviewPage:
    context = SectionContext(
        workspace=demo.workspace,
        user=_staff(demo, role),
        tasks=TaskRunner(),
        database_path=None,
        backup_directory=None,
    )
    page = ReviewPage(context)
    qtbot.addWidget(page)
    return page


def test_the_queue_model_passes_the_model_tester(qtmodeltester, demo: DemoDb) -> None:
    model = ApplicationTableModel(ReviewService(demo.workspace), demo.registrar)
    model.set_query(QueueFilter(statuses=frozenset({"SUBMITTED"})))
    qtmodeltester.check(model, force_py=True)


def test_the_model_loads_one_page_and_fetches_more_on_demand(demo: DemoDb) -> None:
    model = ApplicationTableModel(ReviewService(demo.workspace), demo.registrar)
    model.set_query(QueueFilter())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert len({model.row_at(r).id for r in range(model.rowCount())}) == 2 * PAGE_SIZE


def test_a_header_click_sorts_in_the_service(demo: DemoDb) -> None:
    service = ReviewService(demo.workspace)
    model = ApplicationTableModel(service, demo.registrar)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    expected = service.page(demo.registrar, QueueFilter(), QueueSort("applicant", False), 0, 5)
    assert [model.row_at(r).id for r in range(5)] == [row.id for row in expected.rows]
    assert model.query_sort == QueueSort("applicant", False)


def test_cells_show_azerbaijani_values(demo: DemoDb) -> None:
    model = ApplicationTableModel(ReviewService(demo.workspace), demo.registrar)
    model.set_query(QueueFilter(statuses=frozenset({"REGISTERED"})))
    assert model.data(model.index(0, 8)) == "Qeydiyyata alınıb"
    assert model.data(model.index(0, 6)) in ("Bəli", "Xeyr")
    assert uuid.UUID(model.data(model.index(0, 0), Qt.ItemDataRole.UserRole))


def test_typing_in_the_search_box_requeries_after_a_pause(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        qtbot.keyClicks(page.filters.search, "Eliyev")
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all("eliyev" in fold(row.applicant) for row in rows)


def test_a_name_typed_with_azerbaijani_letters_finds_its_ascii_spellings_too(
    qtbot, demo: DemoDb
) -> None:
    page = _page(qtbot, demo)
    page.filters.search.setText("İsmayılov")
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filters.flush()
    names = {page.model.row_at(r).applicant.split()[0] for r in range(page.model.rowCount())}
    assert names and names <= {"İsmayılov", "İsmayılova"}


def test_the_counts_bar_shows_the_count_of_each_status(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    counts = ReviewService(demo.workspace).status_counts(demo.registrar)
    assert (
        page.counts.buttons["SUBMITTED"]
        .text()
        .endswith(f"{counts['SUBMITTED']:,}".replace(",", "\u00a0"))
    )


def test_clicking_a_status_count_filters_the_queue_to_that_status(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        qtbot.mouseClick(page.counts.buttons["REJECTED"], Qt.MouseButton.LeftButton)
    statuses = {page.model.row_at(r).status for r in range(page.model.rowCount())}
    assert statuses == {"REJECTED"}


def test_the_exemption_filter_shows_only_exemption_requests(qtbot, demo: DemoDb) -> None:
    page = _page(qtbot, demo)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filters.exemption.select_value(True)
    assert page.model.rowCount() > 0
    assert all(page.model.row_at(r).exemption_requested for r in range(page.model.rowCount()))


@pytest.mark.parametrize("role", ["desk", "ministry", "admin"])
def test_another_role_gets_no_rows_and_a_refusal(qtbot, demo: DemoDb, role: str) -> None:
    page = _page(qtbot, demo, role)
    assert page.model.rowCount() == 0
    assert page.error.text()
    assert not page.bulk_accept_button.isEnabled()
