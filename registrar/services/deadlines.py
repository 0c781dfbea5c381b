"""Every open timer of this institution: due date, business days left, overdue or not.

Timers come from the rules engine's `deadlines` (rules-api.md), computed from each case's
current facts, so a letter registered today moves them at once:

- before the order: 2.12 `expulsion_order` and 2.13 `inclusion_order` of open cases;
- after an expulsion order, while the student stays expelled: 3.2 `deferment_lost` and
  `military_notice`, and the 4.1 restoration window (`restoration_earliest`, shown until the
  window opens and never overdue, and `restoration_latest`);
- after a leave order, while the student is on leave: 5.1 `leave_end`.

A registrar closes a timer that was met outside the app (the military register was notified)
with `mark_done`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import MovementCase, MovementEvent, Student
from registrar.services import audit, roles
from registrar.services.calendar import BusinessCalendar, today_baku
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput
from registrar.services.movements import (
    MovementService,
    append_case_event,
    screen_kind,
    student_label,
)
from registrar.services.rules import RuleSet, load_rules

BEFORE_ORDER: Final = frozenset({"expulsion_order", "inclusion_order"})
AFTER_EXPULSION: Final = frozenset(
    {"deferment_lost", "military_notice", "restoration_earliest", "restoration_latest"}
)
OPENING: Final = frozenset({"restoration_earliest"})  # a window opening: shown until it opens
AFTER_LEAVE: Final = frozenset({"leave_end"})
OPEN_STATUSES: Final = ("open", "decided", "approved")


@dataclass(frozen=True)
class Deadline:
    what: str
    paragraph: str
    due: date
    business_days_left: int  # negative when overdue
    overdue: bool
    estimated: bool
    case_id: uuid.UUID
    student_id: uuid.UUID | None
    student_label: str | None


def business_days_between(calendar: BusinessCalendar, today: date, due: date) -> int:
    """Business days after `today` up to `due` (negative, counted back, once `due` is past)."""
    if due == today:
        return 0
    step = 1 if due > today else -1
    day, count = today, 0
    while day != due:
        day += timedelta(days=step)
        if calendar.is_business_day(day):
            count += step
    return count


def timers_of(status: str, kind: str, student_status: str | None) -> frozenset[str]:
    """Which of a case's deadlines are running, given where the case and student stand."""
    if status in OPEN_STATUSES:
        return BEFORE_ORDER
    if status == "ordered" and kind == "expulsion" and student_status == "expelled":
        return AFTER_EXPULSION
    if status == "ordered" and kind == "academic_leave" and student_status == "on_leave":
        return AFTER_LEAVE
    return frozenset()


class DeadlinesService:
    """The deadlines view and the sidebar count."""

    def __init__(self, workspace: Workspace, actor: Actor, *, rules: RuleSet | None = None) -> None:
        self.workspace = workspace
        self.actor = actor
        self.rules = rules if rules is not None else load_rules()
        self.movements = MovementService(workspace, actor, rules=self.rules)

    def open_deadlines(self, today: date | None = None) -> list[Deadline]:
        """Every running timer, soonest first."""
        roles.require(self.actor, roles.MOVEMENT_VIEW)
        today = today or today_baku()
        out: list[Deadline] = []
        with self.workspace.read() as session:
            cases = session.scalars(
                select(MovementCase).where(
                    MovementCase.institution_id == self.workspace.institution_id,
                    MovementCase.deleted_at.is_(None),
                    MovementCase.status_cache.in_((*OPEN_STATUSES, "ordered")),
                )
            )
            for case in cases:
                out.extend(self._case_deadlines(session, case, today))
        return sorted(out, key=lambda d: (d.due, d.what))

    def count(self, today: date | None = None) -> int:
        return len(self.open_deadlines(today))

    def overdue_count(self, today: date | None = None) -> int:
        return sum(1 for d in self.open_deadlines(today) if d.overdue)

    def mark_done(self, case_id: uuid.UUID, what: str, *, note: str | None = None) -> None:
        """Close a timer met outside the app (e.g. the military register was notified)."""
        roles.require(self.actor, roles.MOVEMENT_EDIT)
        if what not in BEFORE_ORDER | AFTER_EXPULSION | AFTER_LEAVE:
            raise BadInput(f"Unknown timer '{what}'.", field="what")
        with self.workspace.write() as session:
            case = self.movements._case(session, case_id)
            append_case_event(
                session,
                self.actor,
                case.id,
                "timer_done",
                case.status_cache,
                institution_id=self.workspace.institution_id,
                reason=note,
                payload={"what": what},
            )
            audit.record(session, self.actor, "deadline.done", f"movement_case:{case.id}")

    def _case_deadlines(self, session: Session, case: MovementCase, today: date) -> list[Deadline]:
        kind = screen_kind(case, self.workspace.institution_id)
        student = session.get(Student, case.student_id) if case.student_id else None
        running = timers_of(case.status_cache, kind, student.status_cache if student else None)
        if not running:
            return []
        live = self.movements.preview(kind, json.loads(case.case_json))
        if live.decision is None:
            return []
        done = self._done(session, case.id)
        label = student_label(session, case.student_id)
        out = []
        for item in live.decision["deadlines"]:
            what = str(item["what"])
            if what not in running or what in done:
                continue
            due = date.fromisoformat(str(item["due"]))
            if what in OPENING and due < today:
                continue
            out.append(
                Deadline(
                    what=what,
                    paragraph=str(item["paragraph"]),
                    due=due,
                    business_days_left=business_days_between(self.rules.business, today, due),
                    overdue=due < today and what not in OPENING,
                    estimated=bool(item.get("estimated", False)),
                    case_id=case.id,
                    student_id=case.student_id,
                    student_label=label,
                )
            )
        return out

    def _done(self, session: Session, case_id: uuid.UUID) -> set[str]:
        payloads = session.scalars(
            select(MovementEvent.payload_json).where(
                MovementEvent.case_id == case_id,
                MovementEvent.kind == "timer_done",
                MovementEvent.deleted_at.is_(None),
            )
        )
        return {str(json.loads(p)["what"]) for p in payloads if p}
