"""Figures for the overview section: applications and students by status, sync backlog, backups.

Every count reads an index or one small scan; the window loads them in the background after it
is shown, so even the 100k demo database does not slow the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Table, func, literal, select, union_all

from registrar.models import Application, Base, Student
from registrar.services.backup_schedule import last_backup_at
from registrar.services.context import Workspace


@dataclass(frozen=True)
class StatusCount:
    status: str  # the stable code (DRAFT, SUBMITTED ..., enrolled, on_leave ...)
    count: int


@dataclass(frozen=True)
class Overview:
    applications: tuple[StatusCount, ...]
    students: tuple[StatusCount, ...]
    pending_sync: int  # rows changed here that the central database has not acknowledged
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
    """The overview of the whole local database (live rows only; tombstones count as pending)."""
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
        parts = [
            select(literal(table.name).label("name"), func.count().label("n"))
            .select_from(table)
            .where(table.c.row_version != table.c.central_version)
            for table in synced_tables()
        ]
        pending = sum(row.n for row in session.execute(union_all(*parts)).all()) if parts else 0
    return Overview(
        applications=tuple(StatusCount(str(status), int(n)) for status, n in applications),
        students=tuple(StatusCount(str(status), int(n)) for status, n in students),
        pending_sync=int(pending),
        last_backup=last_backup_at(backup_directory),
    )
