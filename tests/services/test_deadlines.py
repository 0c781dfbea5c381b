"""Deadlines: every running timer with business days left, overdue flag and the sidebar count."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from registrar.services.calendar import BusinessCalendar
from registrar.services.context import Workspace
from registrar.services.deadlines import DeadlinesService, business_days_between
from registrar.services.letters_register import LettersRegister
from registrar.services.movements import MovementService
from tests.services.test_movements import (
    GDU,
    REGISTRAR,
    import_examples,
    seeded_engine,
    student_id,
    workspace_for,
)


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def test_business_days_skip_weekends_both_ways() -> None:
    calendar = BusinessCalendar()
    assert business_days_between(calendar, date(2026, 7, 6), date(2026, 7, 13)) == 5
    assert business_days_between(calendar, date(2026, 7, 13), date(2026, 7, 6)) == -5
    assert business_days_between(calendar, date(2026, 7, 6), date(2026, 7, 6)) == 0


def test_a_registered_letter_shows_up_as_a_deadline_that_turns_red(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    facts = service.prefill("outgoing_transfer", sid)
    facts.update(
        {
            "target_hei": GDU,
            "target_specialty": facts["current_specialty"],
            "effective_date": "2026-07-13",
            "target_min_score": 510,
        }
    )
    case = service.open_case("outgoing_transfer", student_id=sid, facts=facts)
    deadlines = DeadlinesService(bdu, REGISTRAR)
    assert deadlines.count(date(2026, 7, 7)) == 0
    LettersRegister(bdu, REGISTRAR).register(
        number="TN-1",
        sender="Elm və Təhsil Nazirliyi",
        kind="mse_transcript_blank",
        received_on=date(2026, 7, 6),
        case_id=case.id,
        today=date(2026, 7, 7),
    )
    [timer] = deadlines.open_deadlines(date(2026, 7, 7))
    assert (timer.what, timer.due, timer.business_days_left) == (
        "expulsion_order",
        date(2026, 7, 13),
        4,
    )
    assert not timer.overdue and timer.student_label is not None
    [late] = deadlines.open_deadlines(date(2026, 7, 15))
    assert late.overdue and late.business_days_left == -2
    assert deadlines.overdue_count(date(2026, 7, 15)) == 1


def test_an_expulsion_order_starts_the_military_and_restoration_timers(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0002")  # on the military register
    case = service.open_case(
        "expulsion", student_id=sid, facts={"ground": "own_request", "order_date": "2026-01-15"}
    )
    deadlines = DeadlinesService(bdu, REGISTRAR)
    assert deadlines.open_deadlines(date(2026, 1, 16)) == []
    service.record_decision(case.id, confirmed_flags=["A-27"])
    service.issue_order(case.id, order_date=date(2026, 1, 15), signatory="Rektor")
    found = {d.what: d.due for d in deadlines.open_deadlines(date(2026, 1, 16))}
    assert found == {
        "deferment_lost": date(2026, 7, 15),
        "military_notice": date(2026, 7, 22),
        "restoration_earliest": date(2026, 7, 1),
        "restoration_latest": date(2041, 1, 15),
    }
    later = {d.what for d in deadlines.open_deadlines(date(2026, 7, 2))}
    assert "restoration_earliest" not in later and "deferment_lost" in later
    deadlines.mark_done(case.id, "military_notice")
    assert "military_notice" not in {d.what for d in deadlines.open_deadlines(date(2026, 1, 16))}


def test_a_leave_order_runs_the_leave_end_timer_until_the_return(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    facts = {"ground": "family", "start": "2026-02-02", "end": "2027-08-31"}
    case = service.open_case("academic_leave", student_id=sid, facts=facts)
    service.record_decision(case.id)
    service.issue_order(case.id, order_date=date(2026, 1, 30), signatory="Rektor")
    assert register.get(sid).status == "on_leave"
    [timer] = DeadlinesService(bdu, REGISTRAR).open_deadlines(date(2026, 3, 1))
    assert (timer.what, timer.due) == ("leave_end", date(2027, 8, 31))
