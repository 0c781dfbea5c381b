"""The overview figures: applications and students by status, sync backlog, last backup."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from registrar.models import Person, Student
from registrar.services.backup_schedule import daily_backup_due, last_backup_at, make_backup
from registrar.services.context import SYSTEM
from registrar.services.overview import (
    OverviewCancelled,
    StatusCount,
    count_pending,
    load_overview,
)
from tests.conftest import OfficeDb
from tests.records import add_application as _application
from tests.records import add_student as _student


def test_applications_are_counted_by_status(office_db: OfficeDb) -> None:
    _application(office_db.workspace, 1, "SUBMITTED")
    _application(office_db.workspace, 2, "SUBMITTED")
    _application(office_db.workspace, 3, "REGISTERED")
    overview = load_overview(office_db.workspace, None)
    assert overview.applications == (StatusCount("REGISTERED", 1), StatusCount("SUBMITTED", 2))
    assert overview.application_total == 3


def test_students_are_counted_by_status(office_db: OfficeDb) -> None:
    _student(office_db.workspace, 11, "enrolled")
    _student(office_db.workspace, 12, "on_leave")
    overview = load_overview(office_db.workspace, None)
    assert overview.students == (StatusCount("enrolled", 1), StatusCount("on_leave", 1))


def test_deleted_rows_are_not_counted(office_db: OfficeDb) -> None:
    _student(office_db.workspace, 21, "enrolled")
    with office_db.workspace.write() as session:
        for student in session.scalars(select(Student)):
            student.deleted_at = datetime.now(UTC)
    assert load_overview(office_db.workspace, None).students == ()


def test_rows_the_centre_has_not_acknowledged_are_pending(office_db: OfficeDb) -> None:
    before = count_pending(office_db.workspace)
    _student(office_db.workspace, 31, "enrolled")  # a person and a student
    assert count_pending(office_db.workspace) == before + 2
    with office_db.workspace.write() as session:
        for model in (Person, Student):
            for row in session.scalars(select(model)):
                row.central_version = row.row_version
    assert count_pending(office_db.workspace) == before


def test_counting_the_pending_rows_stops_when_cancelled(office_db: OfficeDb) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(OverviewCancelled):
        count_pending(office_db.workspace, cancelled)
    assert len(asked) == 3


def test_local_only_rows_are_never_pending(office_db: OfficeDb) -> None:
    from registrar.services import preferences

    before = count_pending(office_db.workspace)
    preferences.save(office_db.workspace, SYSTEM, {"language": "ru"})  # a local setting
    # The audit entry that records the change is synced; the setting itself is not.
    assert count_pending(office_db.workspace) == before + 1


def test_the_last_backup_is_the_newest_file_in_the_directory(
    office_db: OfficeDb, tmp_path: Path
) -> None:
    directory = tmp_path / "backups"
    assert load_overview(office_db.workspace, directory).last_backup is None
    done = make_backup(
        office_db.workspace, SYSTEM, office_db.path, office_db.key, directory, "manual"
    )
    assert load_overview(office_db.workspace, directory).last_backup == last_backup_at(directory)
    assert abs((last_backup_at(directory) - done.at).total_seconds()) < 5


def test_a_daily_backup_is_due_without_backups_or_after_a_day(tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    assert daily_backup_due(directory)
    directory.mkdir()
    newest = directory / "registrar-20260101-000000-000000.db"
    newest.write_bytes(b"")
    assert not daily_backup_due(directory)
    day_ago = time.time() - 25 * 3600
    os.utime(newest, (day_ago, day_ago))
    assert daily_backup_due(directory)
    assert not daily_backup_due(directory, now=datetime.now(UTC) - timedelta(hours=2))
