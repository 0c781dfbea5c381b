"""The sync corner of the status bar and the sync issues section."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from registrar.services.errors import Unavailable
from registrar.services.sync.engine import SyncStatus, SyncSummary
from registrar.services.sync.refusals import Refusals
from registrar.ui.conflicts import ConflictsPage
from registrar.ui.sync_status import Progress, SyncStatusWidget
from registrar.ui.tasks import TaskRunner
from tests.services.test_sync_desks import Desk, carry, person, rename

pytest_plugins = ["tests.services.test_sync_desks"]


class FakeSync:
    """A sync service double: records calls, reports progress, may fail."""

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail
        self.runs = 0
        self.connected: bool | None = None
        self.release = threading.Event()
        self.release.set()

    def run(self, progress: Progress | None = None) -> SyncSummary:
        self.release.wait(5)
        if self.fail:
            self.connected = False
            raise Unavailable("The central database is not reachable: connection refused.")
        self.runs += 1
        self.connected = True
        if progress is not None:
            progress("push", 1, 2)
            progress("push", 2, 2)
        return SyncSummary(pushed=2, pulled=1, conflicts=0, refused=0, seconds=0.01)

    def status(self) -> SyncStatus:
        last = datetime(2026, 11, 22, 9, 30, tzinfo=UTC) if self.runs else None
        return SyncStatus(self.connected, last, 0 if self.runs else 3, 1)

    def interval_minutes(self) -> int:
        return 5


def _corner(qtbot: QtBot, service: FakeSync) -> SyncStatusWidget:
    widget = SyncStatusWidget(service, TaskRunner())
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.waiting.text() != "", timeout=5000)
    return widget


def test_the_corner_shows_the_connection_the_last_sync_and_the_changes_waiting(
    qtbot: QtBot,
) -> None:
    widget = _corner(qtbot, FakeSync())
    assert widget.connection.text() == "Mərkəz: yoxlanılmayıb"
    assert widget.last_sync.text() == "Son sinxronlaşdırma: hələ olmayıb"
    assert widget.waiting.text().endswith("3")
    assert not widget.issues.isHidden()


def test_sync_now_runs_in_the_background_and_reports_when_done(qtbot: QtBot) -> None:
    service = FakeSync()
    widget = _corner(qtbot, service)
    service.release.clear()
    widget.sync_button.click()
    assert not widget.sync_button.isEnabled() and not widget.progress.isHidden()
    with qtbot.waitSignal(widget.synced, timeout=5000) as done:
        service.release.set()
    assert done.args[0].pushed == 2
    qtbot.waitUntil(lambda: widget.waiting.text().endswith("0"), timeout=5000)
    assert widget.sync_button.isEnabled() and widget.progress.isHidden()
    assert widget.connection.text() == "Mərkəz: qoşulub"
    assert widget.last_sync.text().startswith("Son sinxronlaşdırma: 22.11.2026")


def test_an_unreachable_centre_is_shown_and_the_work_waits(qtbot: QtBot) -> None:
    service = FakeSync(fail=True)
    widget = _corner(qtbot, service)
    with qtbot.waitSignal(widget.failed, timeout=5000) as failed:
        widget.sync_now()
    assert "not reachable" in failed.args[0]
    qtbot.waitUntil(lambda: widget.connection.text() == "Mərkəz: əlaqə yoxdur", timeout=5000)
    assert widget.sync_button.isEnabled() and widget.waiting.text().endswith("3")


def test_the_timer_syncs_by_itself_at_the_configured_interval(qtbot: QtBot) -> None:
    service = FakeSync()
    widget = _corner(qtbot, service)
    assert widget.timer.isActive() and widget.timer.interval() == 5 * 60_000
    widget.set_interval(2)
    assert widget.timer.interval() == 2 * 60_000
    with qtbot.waitSignal(widget.finished, timeout=5000):
        widget.timer.timeout.emit()
    assert service.runs == 1


def _conflict(one: Desk, two: Desk) -> None:
    person_id = person(one, "AAA1111")
    carry(one, two, "person")
    rename(one, person_id, "Aygün")
    rename(two, person_id, "Aynur")
    carry(one, two, "person")


def test_the_conflicts_page_lists_the_issue_and_shows_both_values(
    qtbot: QtBot, qtmodeltester: ModelTester, desks: tuple[Desk, Desk]
) -> None:
    one, two = desks
    _conflict(one, two)
    page = ConflictsPage(Refusals(two.workspace), two.actor)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "Ziddiyyət"
    assert page.fields.item(0, 0).text() == "first_name"
    assert (page.fields.item(0, 1).text(), page.fields.item(0, 2).text()) == ("Aynur", "Aygün")
    assert not page.resolve_button.isHidden() and page.merge_button.isHidden()


def test_a_resolution_needs_a_reason_and_then_settles_the_issue(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    one, two = desks
    _conflict(one, two)
    page = ConflictsPage(Refusals(two.workspace), two.actor)
    qtbot.addWidget(page)
    page.choice("first_name").setCurrentIndex(page.choice("first_name").findData("merged"))
    assert page.merged_value("first_name").isEnabled()
    qtbot.keyClicks(page.merged_value("first_name"), "Aynur Aygun")
    page.resolve_button.click()
    assert page.error.text() == "Səbəb göstərilməlidir."
    qtbot.keyClicks(page.reason, "Pasport yoxlanildi")
    with qtbot.waitSignal(page.resolved, timeout=5000):
        qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and not page.empty.isHidden()
    assert Refusals(two.workspace).list_open() == []


def test_a_refused_change_offers_only_the_actions_that_fit(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    from registrar.services.sync import local
    from registrar.services.sync.catalog import catalog, raw_to_json

    _, two = desks
    person_id = person(two, "FIN3333")
    spec = catalog()["person"]
    with two.workspace.engine.begin() as connection:
        local.IssueWriter(connection, two.workspace.origin, two.workspace.institution_id).record(
            local.REFUSED,
            "person",
            person_id.hex,
            "permission",
            "Bu dəyişikliyə icazə yoxdur.",
            local_json=raw_to_json(spec, spec.sent_columns, two.rows("person")[person_id.hex]),
        )
    page = ConflictsPage(Refusals(two.workspace), two.actor)
    qtbot.addWidget(page)
    assert page.model.data(page.model.index(0, 0)) == "Mərkəz qəbul etmədi"
    assert not page.discard_button.isHidden()
    assert page.merge_button.isHidden() and page.resolve_button.isHidden()
    qtbot.keyClicks(page.reason, "Sehv daxil edilib")
    with qtbot.waitSignal(page.resolved, timeout=5000):
        page.discard_button.click()
    assert page.model.rowCount() == 0
