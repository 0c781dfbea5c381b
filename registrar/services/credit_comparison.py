"""Transcript credit comparison (1.10, 2.13): suggested matches, the registrar's verdicts, totals.

Suggestions are only suggestions: the registrar accepts or rejects each (CreditMatch). A
transcript course is suggested for the curriculum course with the same code, else for the
one whose folded Azerbaijani name is most similar (difflib ratio over `folding.fold`, Roman
and Arabic course numbers made equal, halved when the course numbers differ), a little more
when the credits agree. Each curriculum
course is suggested at most once (best score first). A failed course is never suggested.
The result (recognised credits, and the academic difference: curriculum courses still to take)
is saved with the case for the inclusion order.
"""

from __future__ import annotations

import difflib
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import MovementCase
from registrar.models.curriculum import CreditMatch, CurriculumCourse, TranscriptEntry
from registrar.services import audit, roles
from registrar.services.context import Actor, Workspace
from registrar.services.curriculum import CurriculumLine, curriculum_lines
from registrar.services.errors import BadInput, Conflict, NotFound
from registrar.services.folding import fold
from registrar.services.movements import MovementService, append_case_event, dumps
from registrar.services.row_import import Cells, ImportReport, RowProblem, run_rows
from registrar.services.students import is_failing
from registrar.services.tabular import read_table

TRANSCRIPT_COLUMNS: Final = ("course_code", "course_name", "credits", "hours", "grade")
THRESHOLD: Final = 0.75
CREDITS_BONUS: Final = 0.05
NUMBER_MISMATCH: Final = 0.5
_ROMAN: Final = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}
_CODE: Final = re.compile(r"[^0-9a-z]")
MSG_CREDITS: Final = "Kredit müsbət rəqəm olmalıdır."  # proposed string
MSG_DECIDED: Final = "Bu iş üzrə əmr artıq verilib; müqayisə dəyişdirilə bilməz."  # proposed


@dataclass(frozen=True)
class TranscriptLine:
    id: uuid.UUID | None
    course_code: str
    course_name: str
    credits: float
    hours: int | None
    grade: str


@dataclass(frozen=True)
class Suggestion:
    entry: TranscriptLine
    course: CurriculumLine | None
    score: float
    why: str  # code | name | name+credits | failed | none
    state: str  # suggested | accepted | rejected
    credits_recognised: float


@dataclass(frozen=True)
class Totals:
    recognised_credits: float
    covered: tuple[CurriculumLine, ...]
    difference: tuple[CurriculumLine, ...]
    difference_credits: float

    def as_json(self) -> dict[str, Any]:
        return {
            "recognised_credits": self.recognised_credits,
            "covered": [c.course_code for c in self.covered],
            "difference": [c.course_code for c in self.difference],
            "difference_credits": self.difference_credits,
        }


def name_key(name: str) -> str:
    """The folded name with Roman course numbers as digits ("Analiz II" == "Analiz 2")."""
    return " ".join(_ROMAN.get(token, token) for token in fold(name).split())


def course_numbers(key: str) -> frozenset[str]:
    return frozenset(token for token in key.split() if token.isdigit())


def code_key(code: str) -> str:
    return _CODE.sub("", code.lower())


def similarity(entry: TranscriptLine, course: CurriculumLine) -> tuple[float, str]:
    """How well a transcript course matches a curriculum course, and why."""
    if code_key(entry.course_code) and code_key(entry.course_code) == code_key(course.course_code):
        return 1.0, "code"
    left, right = name_key(entry.course_name), name_key(course.course_name)
    ratio = difflib.SequenceMatcher(None, left, right).ratio()
    if (
        course_numbers(left)
        and course_numbers(right)
        and course_numbers(left) != course_numbers(right)
    ):
        ratio *= NUMBER_MISMATCH  # "Analiz 1" is not "Analiz 2", however alike the names
    if abs(entry.credits - course.credits) < 1e-9:
        return min(1.0, ratio + CREDITS_BONUS), "name+credits"
    return ratio, "name"


def suggest(
    entries: Sequence[TranscriptLine],
    curriculum: Sequence[CurriculumLine],
    threshold: float = THRESHOLD,
) -> list[Suggestion]:
    """One suggestion per transcript course, in transcript order (pure)."""
    pairs: list[tuple[float, int, int, str]] = []
    for i, entry in enumerate(entries):
        if is_failing(entry.grade):
            continue
        for j, course in enumerate(curriculum):
            score, why = similarity(entry, course)
            if score >= threshold:
                pairs.append((score, i, j, why))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    chosen: dict[int, tuple[float, int, str]] = {}
    taken: set[int] = set()
    for score, i, j, why in pairs:
        if i in chosen or j in taken:
            continue
        chosen[i] = (score, j, why)
        taken.add(j)
    out = []
    for i, entry in enumerate(entries):
        if i in chosen:
            score, j, why = chosen[i]
            course = curriculum[j]
            recognised = min(entry.credits, course.credits)
            out.append(Suggestion(entry, course, round(score, 3), why, "suggested", recognised))
        else:
            why = "failed" if is_failing(entry.grade) else "none"
            out.append(Suggestion(entry, None, 0.0, why, "suggested", 0.0))
    return out


def totals(
    suggestions: Sequence[Suggestion],
    curriculum: Sequence[CurriculumLine],
    *,
    up_to_semester: int | None = None,
) -> Totals:
    """Recognised credits (accepted matches only) and the curriculum courses still to take.

    `up_to_semester` limits the academic difference to the semesters already studied.
    """
    accepted = [s for s in suggestions if s.state == "accepted" and s.course is not None]
    covered_ids = {s.course.id for s in accepted if s.course is not None}
    scope = [c for c in curriculum if up_to_semester is None or c.semester <= up_to_semester]
    difference = tuple(c for c in scope if c.id not in covered_ids)
    return Totals(
        recognised_credits=round(sum(s.credits_recognised for s in accepted), 2),
        covered=tuple(c for c in curriculum if c.id in covered_ids),
        difference=difference,
        difference_credits=round(sum(c.credits for c in difference), 2),
    )


class CreditComparison:
    """The transcript of a case, its comparison with a curriculum, and the saved result."""

    def __init__(self, workspace: Workspace, actor: Actor) -> None:
        self.workspace = workspace
        self.actor = actor
        self.movements = MovementService(workspace, actor)

    def import_transcript(self, case_id: uuid.UUID, data: bytes) -> ImportReport:
        """Add transcript courses from CSV/XLSX; a course already entered is left as it is."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        table = read_table(
            data, columns=TRANSCRIPT_COLUMNS, required=("course_name", "credits", "grade")
        )
        with self.workspace.write() as session:
            self._editable(session, case_id)
            known = {
                (e.course_code, e.course_name, e.credits) for e in self._entries(session, case_id)
            }

            def handle(cells: Cells) -> bool:
                code = cells.text("course_code", optional=True)
                name = cells.text("course_name")
                credits = cells.number("credits") or 0.0
                if credits <= 0:
                    raise RowProblem("credits", MSG_CREDITS)
                hours = cells.integer("hours", optional=True)
                grade = cells.text("grade")
                if (code, name, credits) in known:
                    return False
                known.add((code, name, credits))
                session.add(
                    TranscriptEntry(
                        id=uuid.uuid4(),
                        case_id=case_id,
                        course_code=code,
                        course_name=name,
                        credits=credits,
                        hours=hours,
                        grade=grade,
                    )
                )
                return True

            created, unchanged, errors = run_rows(table.rows, handle)
            audit.record(session, self.actor, "transcript.import", f"movement_case:{case_id}")
        return ImportReport(
            created, unchanged, tuple(sorted([*table.errors, *errors], key=lambda e: e.line))
        )

    def add_entry(
        self,
        case_id: uuid.UUID,
        *,
        course_code: str,
        course_name: str,
        credits: float,
        hours: int | None,
        grade: str,
    ) -> TranscriptLine:
        """Enter one transcript course by hand."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        if not course_name.strip():
            raise BadInput("Fənnin adı boş ola bilməz.", field="course_name")  # proposed
        if credits <= 0:
            raise BadInput(MSG_CREDITS, field="credits")
        if not grade.strip():
            raise BadInput("Qiymət boş ola bilməz.", field="grade")  # proposed string
        with self.workspace.write() as session:
            self._editable(session, case_id)
            row = TranscriptEntry(
                id=uuid.uuid4(),
                case_id=case_id,
                course_code=course_code.strip(),
                course_name=course_name.strip(),
                credits=credits,
                hours=hours,
                grade=grade.strip(),
            )
            session.add(row)
            audit.record(session, self.actor, "transcript.add", f"movement_case:{case_id}")
            return line_of(row)

    def transcript(self, case_id: uuid.UUID) -> list[TranscriptLine]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            self.movements._case(session, case_id)
            return [line_of(e) for e in self._entries(session, case_id)]

    def curriculum(self, specialty_code: str) -> list[CurriculumLine]:
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            return curriculum_lines(session, self.workspace.institution_id, specialty_code)

    def suggestions(self, case_id: uuid.UUID, specialty_code: str) -> list[Suggestion]:
        """The suggestions, with the registrar's verdicts already given in place of them."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        with self.workspace.read() as session:
            self.movements._case(session, case_id)
            return self._suggestions(session, case_id, specialty_code)

    def accept(
        self,
        case_id: uuid.UUID,
        entry_id: uuid.UUID,
        course_id: uuid.UUID,
        *,
        credits: float | None = None,
        note: str | None = None,
    ) -> None:
        """Recognise a transcript course as a curriculum course (suggested or chosen)."""
        self._verdict(case_id, entry_id, "accepted", course_id, credits, note)

    def reject(self, case_id: uuid.UUID, entry_id: uuid.UUID, *, note: str | None = None) -> None:
        """The transcript course is not recognised."""
        self._verdict(case_id, entry_id, "rejected", None, None, note)

    def totals(
        self, case_id: uuid.UUID, specialty_code: str, *, up_to_semester: int | None = None
    ) -> Totals:
        found = self.suggestions(case_id, specialty_code)
        return totals(found, self.curriculum(specialty_code), up_to_semester=up_to_semester)

    def save_result(
        self, case_id: uuid.UUID, specialty_code: str, *, up_to_semester: int | None = None
    ) -> Totals:
        """Store the result in the case facts (`credit_recognition`) for the inclusion order."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        result = self.totals(case_id, specialty_code, up_to_semester=up_to_semester)
        with self.workspace.write() as session:
            case = self._editable(session, case_id)
            facts = json.loads(case.case_json)
            facts["credit_recognition"] = {
                "specialty_code": specialty_code,
                "up_to_semester": up_to_semester,
                **result.as_json(),
            }
            case.case_json = dumps(facts)
            append_case_event(
                session,
                self.actor,
                case.id,
                "credits_compared",
                case.status_cache,
                institution_id=self.workspace.institution_id,
                payload={"recognised_credits": result.recognised_credits},
            )
            audit.record(session, self.actor, "credits.save", f"movement_case:{case.id}")
        return result

    # ---- helpers --------------------------------------------------------------------------

    def _verdict(
        self,
        case_id: uuid.UUID,
        entry_id: uuid.UUID,
        state: str,
        course_id: uuid.UUID | None,
        credits: float | None,
        note: str | None,
    ) -> None:
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        with self.workspace.write() as session:
            self._editable(session, case_id)
            entry = session.get(TranscriptEntry, entry_id)
            if entry is None or entry.case_id != case_id:
                raise NotFound("Transkript sətri tapılmadı.", field="entry_id")  # proposed
            recognised = 0.0
            if course_id is not None:
                course = next(
                    (
                        c
                        for c in curriculum_lines(
                            session,
                            self.workspace.institution_id,
                            self._specialty_of(session, course_id),
                        )
                        if c.id == course_id
                    ),
                    None,
                )
                if course is None:
                    raise NotFound("Kurrikulum fənni tapılmadı.", field="course_id")  # proposed
                recognised = credits if credits is not None else min(entry.credits, course.credits)
            match = session.scalars(
                select(CreditMatch).where(
                    CreditMatch.transcript_entry_id == entry_id, CreditMatch.deleted_at.is_(None)
                )
            ).first()
            if match is None:
                match = CreditMatch(id=uuid.uuid4(), case_id=case_id, transcript_entry_id=entry_id)
                session.add(match)
            match.state = state
            match.curriculum_course_id = course_id
            match.credits_recognised = recognised
            match.note = note
            audit.record(session, self.actor, f"credits.{state}", f"movement_case:{case_id}")

    def _specialty_of(self, session: Session, course_id: uuid.UUID) -> str:
        course = session.get(CurriculumCourse, course_id)
        if course is None:
            raise NotFound("Kurrikulum fənni tapılmadı.", field="course_id")  # proposed
        return course.specialty_code

    def _suggestions(
        self, session: Session, case_id: uuid.UUID, specialty_code: str
    ) -> list[Suggestion]:
        entries = [line_of(e) for e in self._entries(session, case_id)]
        courses = curriculum_lines(session, self.workspace.institution_id, specialty_code)
        by_id = {c.id: c for c in courses}
        verdicts = {
            m.transcript_entry_id: m
            for m in session.scalars(
                select(CreditMatch).where(
                    CreditMatch.case_id == case_id, CreditMatch.deleted_at.is_(None)
                )
            )
        }
        out = []
        for found in suggest(entries, courses):
            verdict = verdicts.get(found.entry.id) if found.entry.id else None
            if verdict is None:
                out.append(found)
                continue
            course = (
                by_id.get(verdict.curriculum_course_id) if verdict.curriculum_course_id else None
            )
            out.append(
                replace(
                    found,
                    course=course if verdict.state == "accepted" else found.course,
                    state=verdict.state,
                    credits_recognised=verdict.credits_recognised
                    if verdict.state == "accepted"
                    else 0.0,
                )
            )
        return out

    def _entries(self, session: Session, case_id: uuid.UUID) -> list[TranscriptEntry]:
        return list(
            session.scalars(
                select(TranscriptEntry)
                .where(TranscriptEntry.case_id == case_id, TranscriptEntry.deleted_at.is_(None))
                .order_by(TranscriptEntry.created_at)
            )
        )

    def _editable(self, session: Session, case_id: uuid.UUID) -> MovementCase:
        case = self.movements._case(session, case_id)
        if case.status_cache == "ordered":
            raise Conflict(MSG_DECIDED, field="case_id")
        return case


def line_of(entry: TranscriptEntry) -> TranscriptLine:
    return TranscriptLine(
        entry.id, entry.course_code, entry.course_name, entry.credits, entry.hours, entry.grade
    )
