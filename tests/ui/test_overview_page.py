"""The overview section shows the database's real figures, loaded in the background."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt

from registrar.services.backup_schedule import make_backup
from registrar.services.context import SYSTEM
from registrar.services.staff import StaffRow
from registrar.ui.overview import OverviewPage
from registrar.ui.sections import SectionContext
from registrar.ui.tasks import TaskRunner
from tests.conftest import OfficeDb
from tests.records import add_application, add_student


def _page(qtbot, office_db: OfficeDb, backups: Path | None = None) -> OverviewPage:
    context = SectionContext(
        workspace=office_db.workspace,
        user=StaffRow(uuid.uuid4(), "desk1", "Desk", "desk", True),
        tasks=TaskRunner(),
        database_path=office_db.path,
        backup_directory=backups,
    )
    page = OverviewPage(context)
    qtbot.addWidget(page)
    return page


def _show_and_wait(qtbot, page: OverviewPage) -> None:
    """Both loads: the statuses (`refreshed`), then the sync backlog (`pending_counted`)."""
    with qtbot.waitSignals([page.refreshed, page.pending_counted], timeout=10000):
        page.show()


def test_the_overview_shows_application_and_student_totals(qtbot, office_db: OfficeDb) -> None:
    add_application(office_db.workspace, 1, "SUBMITTED")
    add_application(office_db.workspace, 2, "REGISTERED")
    add_student(office_db.workspace, 3, "enrolled")
    page = _page(qtbot, office_db)
    _show_and_wait(qtbot, page)
    assert page.applications_total.text() == "2"
    assert page.students_total.text() == "1"


def test_the_sync_backlog_follows_the_statuses(qtbot, office_db: OfficeDb) -> None:
    from registrar.services.overview import count_pending

    page = _page(qtbot, office_db)
    with qtbot.waitSignal(page.pending_counted, timeout=10000) as signal:
        page.show()
    assert signal.args == [count_pending(office_db.workspace)]
    assert page.pending_sync.text() == str(signal.args[0]).replace("000", "\u00a0000")
    assert not page.busy() and page.refresh_button.isEnabled()


def test_statuses_are_shown_with_their_azerbaijani_labels(qtbot, office_db: OfficeDb) -> None:
    add_application(office_db.workspace, 1, "SUBMITTED")
    page = _page(qtbot, office_db)
    _show_and_wait(qtbot, page)
    labels = [
        page.applications.detail.itemAt(row, page.applications.detail.ItemRole.LabelRole)
        .widget()
        .text()
        for row in range(page.applications.detail.rowCount())
    ]
    assert labels == ["Göndərilib"]


def test_refresh_picks_up_new_records(qtbot, office_db: OfficeDb) -> None:
    page = _page(qtbot, office_db)
    _show_and_wait(qtbot, page)
    assert page.students_total.text() == "0"
    add_student(office_db.workspace, 5, "enrolled")
    with qtbot.waitSignals([page.refreshed, page.pending_counted], timeout=10000):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.students_total.text() == "1"


def test_the_last_backup_says_none_yet_then_shows_the_time(
    qtbot, office_db: OfficeDb, tmp_path: Path
) -> None:
    directory = tmp_path / "backups"
    page = _page(qtbot, office_db, directory)
    _show_and_wait(qtbot, page)
    assert page.last_backup.text() == "—"
    assert page.backup.note.text() == "Ehtiyat nüsxə hələ yoxdur."
    make_backup(office_db.workspace, SYSTEM, office_db.path, office_db.key, directory, "manual")
    with qtbot.waitSignals([page.refreshed, page.pending_counted], timeout=10000):
        page.refresh()
    assert page.last_backup.text()[:2].isdigit()
    assert page.backup.note.isHidden()
