"""Figures for the overview section: applications and students by status, sync backlog, backups.

Two calls, because their costs differ by an order of magnitude: `load_overview` groups two
indexed status columns (well under a second on the 100k demo database), `count_pending` scans
every synced table (seconds there) and can be cancelled between tables. The window runs both
in the background after it is shown, the second after the first has been displayed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table, func, select

from registrar.models import Application, Base, Student
from registrar.services.backup_schedule import last_backup_at
from registrar.services.context import Workspace


class OverviewCancelled(Exception):
    """`count_pending` stopped because its caller cancelled it (the window is closing)."""


@dataclass(frozen=True)
class StatusCount:
    status: str  # the stable code (DRAFT, SUBMITTED ..., enrolled, on_leave ...)
    count: int


@dataclass(frozen=True)
class Overview:
    applications: tuple[StatusCount, ...]
    students: tuple[StatusCount, ...]
    last_backup: datetime | None

    @property
    def application_total(self) -> int:
        return sum(item.count for item in self.applications)

    @property
    def student_total(self) -> int:
        return sum(item.count for item in self.students)


def synced_tables() -> list[Table]:
    """Tables whose rows travel to the central database (local-only tables excluded)."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if not table.info.get("local_only") and "central_version" in table.c
    ]


def load_overview(workspace: Workspace, backup_directory: Path | None) -> Overview:
    """Live applications and students by status, and the newest backup in the directory."""
    with workspace.read() as session:
        applications = session.execute(
            select(Application.status_cache, func.count())
            .where(Application.deleted_at.is_(None))
            .group_by(Application.status_cache)
            .order_by(Application.status_cache)
        ).all()
        students = session.execute(
            select(Student.status_cache, func.count())
            .where(Student.deleted_at.is_(None))
            .group_by(Student.status_cache)
            .order_by(Student.status_cache)
        ).all()
    return Overview(
        applications=tuple(StatusCount(str(status), int(n)) for status, n in applications),
        students=tuple(StatusCount(str(status), int(n)) for status, n in students),
        last_backup=last_backup_at(backup_directory),
    )


def count_pending(workspace: Workspace, cancelled: Callable[[], bool] | None = None) -> int:
    """Rows changed here that the central database has not acknowledged (tombstones included).

    Checks `cancelled()` before each table and raises OverviewCancelled when it says so.
    """
    total = 0
    with workspace.read() as session:
        for table in synced_tables():
            if cancelled is not None and cancelled():
                raise OverviewCancelled()
            total += int(
                session.execute(
                    select(func.count())
                    .select_from(table)
                    .where(table.c.row_version != table.c.central_version)
                ).scalar_one()
            )
    return total
