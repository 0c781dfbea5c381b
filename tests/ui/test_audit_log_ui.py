"""The audit log section: paging, filters, export and the "Yoxla" chain check."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from registrar.services import audit
from registrar.services.audit_browse import AuditBrowseService
from registrar.ui.audit_log import PAGE_SIZE, AuditLogPage
from tests.services.test_exemption_review import Demo, open_copy

EXTRA = PAGE_SIZE + 50


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    copy = open_copy(tmp_path_factory.mktemp("audit-ui"))
    with copy.workspace.write() as session:
        for n in range(EXTRA):
            actor = copy.actors["registrar"] if n % 2 else copy.actors["admin"]
            audit.record(session, actor, "settings.change", f"setting:{n}")
    yield copy
    copy.db.dispose()


def _page(qtbot, demo: Demo, role: str = "admin") -> AuditLogPage:
    page = AuditLogPage(AuditBrowseService(demo.workspace), demo.actors[role])
    qtbot.addWidget(page)
    page.resize(1300, 700)
    return page


def test_the_audit_table_model_passes_qt_s_model_checks(qtbot, qtmodeltester, demo: Demo) -> None:
    qtmodeltester.check(_page(qtbot, demo).model)


def test_the_first_page_holds_page_size_rows_and_the_next_page_the_rest(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.page is not None
    total = page.page.total
    page.next_button.click()
    assert page.model.rowCount() == total - PAGE_SIZE
    assert not page.next_button.isEnabled() and page.previous_button.isEnabled()


def test_choosing_an_actor_shows_only_that_actor_s_entries(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    page.actor_filter.setCurrentIndex(page.actor_filter.findData("registrar"))
    actors = {page.model.row_at(n).actor for n in range(page.model.rowCount())}
    assert actors == {"registrar"}


def test_an_action_prefix_filters_the_table(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    page.action_filter.setCurrentIndex(page.action_filter.findData("staff."))
    actions = {page.model.row_at(n).action for n in range(page.model.rowCount())}
    assert actions and all(a.startswith("staff.") for a in actions)


def test_export_writes_the_filtered_entries(qtbot, demo: Demo, tmp_path: Path) -> None:
    page = _page(qtbot, demo)
    page.actor_filter.setCurrentIndex(page.actor_filter.findData("registrar"))
    count = page.export_to(tmp_path / "log.csv")
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert count == len(rows) - 1 == EXTRA // 2


def test_yoxla_reports_an_intact_log(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo)
    with qtbot.waitSignal(page.verified) as signal:
        page.verify_button.click()
    assert signal.args[0].ok
    assert page.result.isVisibleTo(page) and page.result.text()


def test_yoxla_names_and_selects_the_first_tampered_entry(qtbot, tmp_path: Path) -> None:
    copy = open_copy(tmp_path)
    try:
        with copy.db.engine.begin() as connection:
            connection.execute(text("UPDATE audit_entry SET actor = 'nobody' WHERE seq = 3"))
        page = _page(qtbot, copy)
        outcome = page.verify()
        assert outcome is not None and not outcome.ok
        assert outcome.bad_entry is not None and outcome.bad_entry.seq == 3
        assert "№ 3" in page.result.text()
        selected = page.table.selectionModel().selectedRows()
        assert [page.model.row_at(i.row()).seq for i in selected] == [3]
    finally:
        copy.db.dispose()


def test_a_registrar_can_browse_but_not_run_the_check(qtbot, demo: Demo) -> None:
    page = _page(qtbot, demo, "registrar")
    assert page.model.rowCount() > 0
    assert not page.verify_button.isEnabled()


def test_the_section_is_offered_to_administrators_only() -> None:
    from registrar.ui.sections import builtin_sections

    section = next(s for s in builtin_sections() if s.key == "audit_log")
    assert section.visible_to("admin")
    assert not any(section.visible_to(r) for r in ("desk", "registrar", "ministry"))
