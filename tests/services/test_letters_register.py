"""The incoming-letter register: a registered letter starts the right timer with the right date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from registrar.services.context import Workspace
from registrar.services.errors import BadInput
from registrar.services.letters_register import LettersRegister
from registrar.services.movements import CaseView, MovementService
from tests.services.test_movements import (
    GDU,
    REGISTRAR,
    import_examples,
    png_bytes,
    seeded_engine,
    student_id,
    workspace_for,
)

TODAY = date(2026, 7, 20)


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def open_outgoing(workspace: Workspace) -> tuple[MovementService, CaseView]:
    register = import_examples(workspace)
    service = MovementService(workspace, REGISTRAR)
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
    return service, service.open_case("outgoing_transfer", student_id=sid, facts=facts)


def test_the_ministry_letter_at_the_source_starts_the_2_12_timer(bdu: Workspace) -> None:
    service, case = open_outgoing(bdu)
    letters = LettersRegister(bdu, REGISTRAR)
    letter = letters.register(
        number="TN-4411/26",
        sender="Elm və Təhsil Nazirliyi",
        kind="mse_transcript_blank",
        received_on=date(2026, 7, 6),
        case_id=case.id,
        scan=png_bytes(),
        scan_name="letter.png",
        today=TODAY,
    )
    assert letter.timers_started == ("expulsion_order",)
    assert letter.student_label is not None and letter.has_scan
    live = service.get(case.id).live
    assert live.decision is not None
    assert live.decision["deadlines"] == [
        {"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}
    ]


def test_the_inclusion_timer_starts_at_the_later_of_consent_and_personal_file(
    bdu: Workspace,
) -> None:
    service = MovementService(bdu, REGISTRAR)
    facts = service.prefill("incoming_transfer")
    facts.update(
        {
            "level": "bachelor",
            "source_hei": GDU,
            "source_study_form": "full_time",
            "admitted_specialty": {"code": "L003", "name": "Kompüter elmləri", "dim_group": 1},
            "current_specialty": {"code": "L003", "name": "Kompüter elmləri", "dim_group": 1},
            "target_specialty": {"code": "L003", "name": "Kompüter elmləri", "dim_group": 1},
            "first_semester_completed": True,
            "effective_date": "2026-07-13",
            "admission_basis": "dim_exam",
            "dim_score": 600,
            "admission_year": 2024,
            "target_min_score": 510,
            "funding": "fee_paying",
        }
    )
    case = service.open_case("incoming_transfer", facts=facts)
    letters = LettersRegister(bdu, REGISTRAR)
    consent = letters.register(
        number="TN-1",
        sender="Elm və Təhsil Nazirliyi",
        kind="mse_consent",
        received_on=date(2026, 7, 1),
        case_id=case.id,
        today=TODAY,
    )
    assert consent.timers_started == ()
    personal_file = letters.register(
        number="GDU-77",
        sender="Gəncə Dövlət Universiteti",
        kind="personal_file",
        received_on=date(2026, 7, 6),
        case_id=case.id,
        today=TODAY,
    )
    assert personal_file.timers_started == ("inclusion_order",)
    decision = service.get(case.id).live.decision
    assert decision is not None
    assert {"what": "inclusion_order", "due": "2026-07-13", "paragraph": "2.13"} in decision[
        "deadlines"
    ]


def test_a_letter_of_an_unknown_kind_is_refused(bdu: Workspace) -> None:
    with pytest.raises(BadInput) as error:
        LettersRegister(bdu, REGISTRAR).register(
            number="1", sender="X", kind="postcard", received_on=date(2026, 7, 1), today=TODAY
        )
    assert error.value.field == "kind"


def test_a_letter_cannot_be_received_in_the_future(bdu: Workspace) -> None:
    with pytest.raises(BadInput) as error:
        LettersRegister(bdu, REGISTRAR).register(
            number="1", sender="X", kind="other", received_on=date(2026, 7, 21), today=TODAY
        )
    assert error.value.field == "received_on"


def test_the_register_lists_letters_newest_first(bdu: Workspace) -> None:
    letters = LettersRegister(bdu, REGISTRAR)
    for number, day in (("A-1", 1), ("A-2", 3)):
        letters.register(
            number=number,
            sender="Nazirlik",
            kind="other",
            received_on=date(2026, 7, day),
            today=TODAY,
        )
    assert [letter.number for letter in letters.entries()] == ["A-2", "A-1"]
