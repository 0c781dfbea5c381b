"""Curricula in reference data: the import (CSV/XLSX) and the courses of one specialty."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Specialty
from registrar.models.curriculum import CurriculumCourse
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.row_import import (
    Cells,
    DryRun,
    ImportReport,
    RowProblem,
    finish,
    run_rows,
)
from registrar.services.tabular import Table, read_table

CURRICULUM_COLUMNS: Final = ("specialty_code", "course_code", "course_name", "credits", "semester")
MSG_UNKNOWN_SPECIALTY: Final = "Belə ixtisas kodu yoxdur."  # proposed string
MSG_CREDITS: Final = "Kredit müsbət rəqəm olmalıdır."  # proposed string
MSG_SEMESTER: Final = "Semestr 1 ilə 12 arasında olmalıdır."  # proposed string


@dataclass(frozen=True)
class CurriculumLine:
    id: uuid.UUID
    course_code: str
    course_name: str
    credits: float
    semester: int


def curriculum_lines(
    session: Session, institution_id: uuid.UUID, specialty_code: str
) -> list[CurriculumLine]:
    rows = session.scalars(
        select(CurriculumCourse)
        .where(
            CurriculumCourse.institution_id == institution_id,
            CurriculumCourse.specialty_code == specialty_code,
            CurriculumCourse.deleted_at.is_(None),
        )
        .order_by(CurriculumCourse.semester, CurriculumCourse.course_code)
    )
    return [CurriculumLine(r.id, r.course_code, r.course_name, r.credits, r.semester) for r in rows]


def import_curriculum(
    workspace: Workspace, actor: Actor, data: bytes, *, dry_run: bool = False
) -> ImportReport:
    """Add the good rows; a (specialty, course code) already present is left as it is."""
    roles.require(actor, roles.MOVEMENT_EDIT)
    table = read_table(data, columns=CURRICULUM_COLUMNS, required=CURRICULUM_COLUMNS)
    try:
        return _import(workspace, actor, table, dry_run)
    except DryRun as run:
        return run.report


def _import(workspace: Workspace, actor: Actor, table: Table, dry_run: bool) -> ImportReport:
    with workspace.write() as session:
        codes = set(session.scalars(select(Specialty.code).where(Specialty.deleted_at.is_(None))))
        existing = {
            (row.specialty_code, row.course_code)
            for row in session.scalars(
                select(CurriculumCourse).where(
                    CurriculumCourse.institution_id == workspace.institution_id,
                    CurriculumCourse.deleted_at.is_(None),
                )
            )
        }

        def handle(cells: Cells) -> bool:
            specialty = cells.text("specialty_code")
            if specialty not in codes:
                raise RowProblem("specialty_code", MSG_UNKNOWN_SPECIALTY)
            code = cells.text("course_code")
            name = cells.text("course_name")
            credits = cells.number("credits") or 0.0
            if credits <= 0:
                raise RowProblem("credits", MSG_CREDITS)
            semester = cells.integer("semester") or 0
            if not 1 <= semester <= 12:
                raise RowProblem("semester", MSG_SEMESTER)
            if (specialty, code) in existing:
                return False
            existing.add((specialty, code))
            session.add(
                CurriculumCourse(
                    id=uuid.uuid4(),
                    specialty_code=specialty,
                    course_code=code,
                    course_name=name,
                    credits=credits,
                    semester=semester,
                )
            )
            return True

        created, unchanged, errors = run_rows(table.rows, handle)
        report = finish(created, unchanged, [*table.errors, *errors], dry_run=dry_run)
        audit.record(session, actor, "curriculum.import", None, f"created={created}")
    return report


def curriculum(workspace: Workspace, actor: Actor, specialty_code: str) -> list[CurriculumLine]:
    """The specialty's curriculum at this institution, by semester."""
    roles.require(actor, roles.MOVEMENT_VIEW)
    with workspace.read() as session:
        return curriculum_lines(session, workspace.institution_id, specialty_code)
