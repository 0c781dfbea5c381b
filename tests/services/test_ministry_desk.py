"""The Ministry desk: queue, 2.9/2.10 document check, 2.11 approval opening both cases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from registrar.services.context import Actor, Workspace
from registrar.services.deadlines import DeadlinesService
from registrar.services.errors import BadInput, CheckFailed, Conflict, PermissionDenied
from registrar.services.letters_register import LettersRegister
from registrar.services.ministry_desk import MinistryDesk
from registrar.services.movements import MovementService
from registrar.services.students import StudentRegister
from tests.services.test_movements import (
    REGISTRAR,
    import_examples,
    png_bytes,
    seeded_engine,
    student_id,
    workspace_for,
)

MINISTRY = Actor(staff_id=None, username="nazirlik1", role="ministry")
SENT = date(2026, 7, 6)


@dataclass(frozen=True)
class Three:
    mse: Workspace
    bdu: Workspace
    gdu: Workspace


@pytest.fixture
def three() -> Iterator[Three]:
    """The Ministry, BDU and GDU sharing one database (as at the centre)."""
    engine = seeded_engine()
    yield Three(*(workspace_for(engine, code) for code in ("MSE", "BDU", "GDU")))
    engine.dispose()


def application(three: Three) -> tuple[MinistryDesk, uuid.UUID]:
    register = import_examples(three.bdu)
    sid = student_id(register, "B24-0001")
    facts = MovementService(three.bdu, REGISTRAR).prefill("outgoing_transfer", sid)
    facts.update(
        {
            "target_hei": {
                "name": "Gəncə Dövlət Universiteti",
                "city": "Gəncə",
                "country": "AZ",
                "ownership": "state",
                "founder_body": "mse",
                "special_purpose": False,
                "accredited": True,
            },
            "target_specialty": facts["current_specialty"],
            "effective_date": "2026-07-13",
            "target_min_score": 510,
        }
    )
    desk = MinistryDesk(three.mse, MINISTRY)
    case_id = desk.receive_application(facts, source_code="BDU", target_code="GDU", student_id=sid)
    return desk, case_id


def attach_all(desk: MinistryDesk, case_id: uuid.UUID) -> None:
    for document in desk.document_check(case_id).documents:
        desk.attach_document(case_id, document.paragraph, png_bytes(), "doc.png")


def test_the_queue_lists_applications_with_their_document_check(three: Three) -> None:
    desk, case_id = application(three)
    [item] = desk.queue()
    assert (item.case_id, item.decision_status, item.documents_complete) == (
        case_id,
        "needs_consent",
        False,
    )
    assert (item.source_name, item.target_name) == (
        "Bakı Dövlət Universiteti",
        "Gəncə Dövlət Universiteti",
    )
    check = desk.document_check(case_id)
    assert [d.paragraph for d in check.documents] == ["2.9.1", "2.9.2", "2.9.3", "2.9.5"]


def test_approval_needs_every_document(three: Three) -> None:
    desk, case_id = application(three)
    with pytest.raises(CheckFailed) as error:
        desk.approve(case_id, reason="Əsaslar var", sent_on=SENT)
    assert error.value.field == "documents"


def test_an_approval_opens_the_case_at_both_institutions(three: Three) -> None:
    desk, case_id = application(three)
    attach_all(desk, case_id)
    answer = desk.approve(case_id, reason="Sənədlər yoxlanıldı", sent_on=SENT)
    assert answer.status == "approved"
    assert [(code, kind) for code, kind, _ in answer.letters] == [
        ("BDU", "mse_transcript_blank"),
        ("GDU", "mse_consent"),
    ]
    opened = dict(answer.opened_cases)
    source = MovementService(three.bdu, REGISTRAR).get(opened["BDU"])
    target = MovementService(three.gdu, REGISTRAR).get(opened["GDU"])
    assert (source.kind, target.kind) == ("outgoing_transfer", "incoming_transfer")
    assert source.student_id is not None and target.student_id is None
    assert target.facts["student"]["national_key"] == "5ZX8K01"
    bdu_letters = LettersRegister(three.bdu, REGISTRAR).entries()
    assert [(letter.kind, letter.timers_started) for letter in bdu_letters] == [
        ("mse_transcript_blank", ("expulsion_order",))
    ]
    assert [letter.kind for letter in LettersRegister(three.gdu, REGISTRAR).entries()] == [
        "mse_consent"
    ]
    [timer] = DeadlinesService(three.bdu, REGISTRAR).open_deadlines(date(2026, 7, 7))
    assert (timer.what, timer.due) == ("expulsion_order", date(2026, 7, 13))
    assert desk.queue() == []


def test_the_target_includes_the_student_after_the_personal_file_arrives(three: Three) -> None:
    desk, case_id = application(three)
    attach_all(desk, case_id)
    answer = desk.approve(case_id, reason="Sənədlər yoxlanıldı", sent_on=SENT)
    target_id = dict(answer.opened_cases)["GDU"]
    gdu = MovementService(three.gdu, REGISTRAR)
    LettersRegister(three.gdu, REGISTRAR).register(
        number="BDU-55",
        sender="Bakı Dövlət Universiteti",
        kind="personal_file",
        received_on=date(2026, 7, 8),
        case_id=target_id,
        today=date(2026, 7, 9),
    )
    case = gdu.get(target_id)
    facts = dict(case.facts)
    facts["student"] = {**facts["student"], "student_number": "G26-0100"}
    gdu.save_facts(target_id, facts)
    for item in gdu.get(target_id).live.checklist:
        gdu.attach_evidence(target_id, item.paragraph, png_bytes(), "doc.png")
    gdu.record_decision(target_id)
    order = gdu.issue_order(target_id, order_date=date(2026, 7, 10), signatory="Rektor")
    assert order.number.startswith("GDU/2026/ORD/")
    [(new_student, label)] = order.students
    assert label.startswith("G26-0100 — Əliyeva Aysel")
    history = StudentRegister(three.gdu, REGISTRAR).status_history(new_student)
    assert [(e.kind, e.order_number) for e in history] == [("transferred_in", order.number)]


def test_a_refusal_needs_a_reason_and_closes_the_application(three: Three) -> None:
    desk, case_id = application(three)
    with pytest.raises(BadInput):
        desk.refuse(case_id, reason="  ")
    answer = desk.refuse(case_id, reason="2.9.3 sənədləri təsdiq etmir")
    assert (answer.status, answer.opened_cases) == ("refused", ())
    with pytest.raises(Conflict):
        desk.approve(case_id, reason="x", sent_on=SENT)


def test_only_the_ministry_role_answers_applications(three: Three) -> None:
    _, case_id = application(three)
    with pytest.raises(PermissionDenied):
        MinistryDesk(three.bdu, REGISTRAR).approve(case_id, reason="x")
