"""Movement cases: facts -> live decision -> checklist gate -> recorded decision -> order."""

from __future__ import annotations

import io
import json
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, select

from registrar.models import Base, Institution, MovementCase, Order, StudentEvent
from registrar.services.context import Actor, Workspace
from registrar.services.database import plain_engine, session_factory
from registrar.services.errors import BadInput, CheckFailed, Conflict, PermissionDenied
from registrar.services.movements import MovementService
from registrar.services.reference_seed import seed_reference
from registrar.services.students import StudentRegister

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REGISTRAR = Actor(staff_id=None, username="registrar1", role="registrar")
DESK = Actor(staff_id=None, username="desk1", role="desk")


def png_bytes(colour: str = "white") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, format="PNG")
    return out.getvalue()


_TEMPLATE: list[bytes] = []


def seeded_engine() -> Engine:
    """An in-memory database with every table and the reference data (seeded once, copied)."""
    engine = plain_engine("sqlite://")
    if not _TEMPLATE:
        Base.metadata.create_all(engine)
        with session_factory(engine).begin() as session:
            session.info["origin"] = "seed"
            seed_reference(session)
        raw = engine.raw_connection()
        _TEMPLATE.append(raw.driver_connection.serialize())  # type: ignore[union-attr]
        raw.close()
        return engine
    raw = engine.raw_connection()
    raw.driver_connection.deserialize(_TEMPLATE[0])  # type: ignore[union-attr]
    raw.close()
    return engine


def workspace_for(engine: Engine, code: str) -> Workspace:
    with session_factory(engine)() as session:
        institution = session.scalars(select(Institution).where(Institution.code == code)).one()
        return Workspace(
            engine=engine,
            origin=f"origin-{code}",
            institution_id=institution.id,
            series=code[:2] + "01",
            institution_code=code,
        )


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    """BDU's workspace over a fresh in-memory database with the reference data."""
    engine = seeded_engine()
    yield workspace_for(engine, "BDU")
    engine.dispose()


def import_examples(workspace: Workspace) -> StudentRegister:
    register = StudentRegister(workspace, REGISTRAR)
    register.import_students((EXAMPLES / "students.csv").read_bytes())
    register.import_study_records((EXAMPLES / "study-records.csv").read_bytes())
    return register


def student_id(register: StudentRegister, number: str) -> uuid.UUID:
    return register.search(number)[0].id


GDU = {
    "name": "Gəncə Dövlət Universiteti",
    "city": "Gəncə",
    "country": "AZ",
    "ownership": "state",
    "founder_body": "mse",
    "special_purpose": False,
    "accredited": True,
}


def outgoing_facts(service: MovementService, sid: uuid.UUID) -> dict[str, object]:
    facts = service.prefill("outgoing_transfer", sid)
    facts.update(
        {
            "target_hei": GDU,
            "target_specialty": facts["current_specialty"],
            "effective_date": "2026-07-06",
            "target_min_score": 510,
            "mse_letter_received": "2026-05-26",
        }
    )
    return facts


def attach_all(service: MovementService, case_id: uuid.UUID) -> None:
    for item in service.get(case_id).live.checklist:
        if not item.after_order:
            service.attach_evidence(case_id, item.paragraph, png_bytes(), f"{item.paragraph}.png")


def test_prefill_takes_the_students_facts_from_the_register(bdu: Workspace) -> None:
    register = import_examples(bdu)
    facts = MovementService(bdu, REGISTRAR).prefill(
        "outgoing_transfer", student_id(register, "B24-0001")
    )
    assert facts["source_hei"]["name"] == "Bakı Dövlət Universiteti"
    assert facts["current_specialty"]["code"] == "L003"
    assert (facts["dim_score"], facts["first_semester_completed"]) == (480, True)


def test_live_decision_is_the_engines_and_writes_nothing(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    facts = outgoing_facts(service, student_id(register, "B24-0001"))
    service.preview("outgoing_transfer", facts)  # the first call loads the holiday tables
    started = time.perf_counter()
    live = service.preview("outgoing_transfer", facts)
    elapsed = time.perf_counter() - started
    assert live.status == "needs_consent"
    assert live.decision is not None and live.decision["decided_by"] == ["2.4.1"]
    assert [item.paragraph for item in live.checklist] == ["2.9.1", "2.9.2", "2.9.3", "2.9.5"]
    assert elapsed < 0.05
    with session_factory(bdu.engine)() as session:
        assert session.scalars(select(MovementCase)).first() is None


def test_live_decision_names_the_missing_field_instead_of_raising(bdu: Workspace) -> None:
    live = MovementService(bdu, REGISTRAR).preview("expulsion", {"ground": "own_request"})
    assert (live.decision, live.error_field) == (None, "order_date")
    assert not live.recordable


def test_a_decision_cannot_be_recorded_before_the_checklist_is_complete(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    case = service.open_case(
        "outgoing_transfer", student_id=sid, facts=outgoing_facts(service, sid)
    )
    service.attach_evidence(case.id, "2.9.1", png_bytes(), "transkript.png")
    with pytest.raises(CheckFailed) as error:
        service.record_decision(case.id)
    assert error.value.field == "checklist"
    assert "2.9.2" in error.value.message
    assert service.get(case.id).decision is None


def test_a_pdf_named_as_an_image_is_accepted_by_content_but_junk_is_refused(
    bdu: Workspace,
) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    case = service.open_case(
        "outgoing_transfer", student_id=sid, facts=outgoing_facts(service, sid)
    )
    with pytest.raises(BadInput) as error:
        service.attach_evidence(case.id, "2.9.1", b"not a scan at all", "scan.pdf")
    assert error.value.field == "2.9.1"


def test_unconfirmed_flags_block_the_decision(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    facts = {"ground": "own_request", "order_date": "2026-01-15", "on_military_register": True}
    case = service.open_case("expulsion", student_id=sid, facts=facts)
    with pytest.raises(CheckFailed) as error:
        service.record_decision(case.id)
    assert (error.value.field, "A-27" in error.value.message) == ("flags", True)
    recorded = service.record_decision(case.id, confirmed_flags=["A-27"])
    assert recorded.status == "decided"


def test_a_transfer_goes_from_facts_to_order_and_status_history(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    case = service.open_case(
        "outgoing_transfer", student_id=sid, facts=outgoing_facts(service, sid)
    )
    attach_all(service, case.id)
    recorded = service.record_decision(case.id)
    assert recorded.decision is not None and recorded.decision["status"] == "needs_consent"
    assert (
        json.loads(recorded.rule_version or "{}")["sha256"]
        == recorded.decision["rule_version"]["sha256"]
    )
    with session_factory(bdu.engine)() as session:
        row = session.get(MovementCase, case.id)
        assert row is not None and json.loads(row.case_json)["dim_score"] == 480
        assert json.loads(row.decision_json or "{}")["deadlines"][0]["due"] == "2026-06-05"
    order = service.issue_order(case.id, order_date=date(2026, 6, 3), signatory="Rektor")
    assert order.number.startswith("BDU/2026/ORD/BD01-")
    assert order.kind == "transfer_out" and order.students[0][0] == sid
    history = register.status_history(sid)
    assert [entry.kind for entry in history] == ["enrolled", "transferred_out"]
    assert history[-1].order_number == order.number
    assert register.get(sid).status == "transferred_out"
    assert service.get(case.id).order_number == order.number


def test_an_order_needs_the_consent_the_decision_lists(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    facts = outgoing_facts(service, sid)
    del facts["mse_letter_received"]
    case = service.open_case("outgoing_transfer", student_id=sid, facts=facts)
    attach_all(service, case.id)
    service.record_decision(case.id)
    with pytest.raises(CheckFailed) as error:
        service.issue_order(case.id, order_date=date(2026, 6, 3), signatory="Rektor")
    assert error.value.field == "consents"
    with session_factory(bdu.engine)() as session:
        assert session.scalars(select(Order)).first() is None


def test_an_expulsion_and_a_restoration_change_the_status_through_orders(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    expulsion = service.open_case(
        "expulsion", student_id=sid, facts={"ground": "own_request", "order_date": "2026-01-15"}
    )
    service.record_decision(expulsion.id)
    service.issue_order(expulsion.id, order_date=date(2026, 1, 15), signatory="Rektor")
    facts = service.prefill("restoration", sid)
    assert facts["expulsion_date"] == "2026-01-15"
    facts.update({"expulsion_ground": "own_request", "date": "2026-07-03"})
    restoration = service.open_case("restoration", student_id=sid, facts=facts)
    live = service.get(restoration.id).live
    assert live.status == "eligible", live.decision
    service.record_decision(restoration.id, confirmed_flags=live.flags)
    order = service.issue_order(restoration.id, order_date=date(2026, 7, 3), signatory="Rektor")
    assert order.kind == "restoration"
    assert [e.kind for e in register.status_history(sid)] == ["enrolled", "expelled", "restored"]
    assert register.get(sid).status == "enrolled"


def test_a_recorded_case_cannot_be_edited_again(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    facts = {"ground": "own_request", "order_date": "2026-01-15"}
    case = service.open_case("expulsion", student_id=sid, facts=facts)
    service.record_decision(case.id)
    with pytest.raises(Conflict):
        service.save_facts(case.id, {**facts, "ground": "discipline"})


def test_a_refused_status_is_never_recorded(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    case = service.open_case(
        "expulsion", student_id=sid, facts={"ground": "boredom", "order_date": "2026-01-15"}
    )
    with pytest.raises(CheckFailed) as error:
        service.record_decision(case.id)
    assert error.value.field == "status"


def test_one_bulk_order_expels_many_students_under_3_1_5(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    ids = [student_id(register, n) for n in ("B24-0001", "B24-0002", "B24-0003")]
    order = service.bulk_expulsion(
        ids, order_date=date(2026, 9, 20), signatory="Rektor", academic_year_start=2025
    )
    assert (order.kind, order.paragraph, len(order.students)) == ("expulsion", "3.1.5", 3)
    assert len(order.case_ids) == 3
    assert {register.get(i).status for i in ids} == {"expelled"}
    with session_factory(bdu.engine)() as session:
        events = session.scalars(select(StudentEvent).where(StudentEvent.order_id == order.id))
        assert len(list(events)) == 3


def test_a_bulk_order_is_all_or_nothing(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    ids = [student_id(register, n) for n in ("B24-0001", "B24-0002")]
    with pytest.raises(CheckFailed):
        service.bulk_expulsion(
            ids,
            order_date=date(2026, 9, 20),
            signatory="Rektor",
            academic_year_start=2025,
            last_contacts={ids[1]: date(2025, 11, 3)},
        )
    assert {register.get(i).status for i in ids} == {"enrolled"}


def test_order_numbers_follow_one_register(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    numbers = []
    for number in ("B24-0001", "B24-0003"):
        case = service.open_case(
            "expulsion",
            student_id=student_id(register, number),
            facts={"ground": "own_request", "order_date": "2026-01-15"},
        )
        service.record_decision(case.id)
        numbers.append(
            service.issue_order(case.id, order_date=date(2026, 1, 15), signatory="Rektor").number
        )
    assert numbers == ["BDU/2026/ORD/BD01-0001", "BDU/2026/ORD/BD01-0002"]
    assert [o.number for o in service.list_orders()] == list(reversed(numbers))


def test_the_desk_role_cannot_open_movement_cases(bdu: Workspace) -> None:
    with pytest.raises(PermissionDenied):
        MovementService(bdu, DESK).open_case("expulsion", facts={})


def test_an_order_must_carry_the_date_the_decision_counted_from(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    case = service.open_case(
        "expulsion",
        student_id=student_id(register, "B24-0003"),
        facts={"ground": "own_request", "order_date": "2026-01-15"},
    )
    service.record_decision(case.id)
    with pytest.raises(CheckFailed) as error:
        service.issue_order(case.id, order_date=date(2026, 1, 20), signatory="Rektor")
    assert error.value.field == "order_date"


def test_detaching_the_only_file_reopens_the_checklist(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0001")
    case = service.open_case(
        "outgoing_transfer", student_id=sid, facts=outgoing_facts(service, sid)
    )
    attach_all(service, case.id)
    assert service.get(case.id).live.recordable
    [evidence] = service.get(case.id).live.checklist[0].evidence
    assert service.evidence_bytes(evidence.blob_id) == ("image/png", png_bytes())
    view = service.detach_evidence(case.id, "2.9.1", evidence.blob_id)
    assert view.live.missing == ("2.9.1",) and not view.live.recordable


def test_cases_are_listed_with_their_screen_kind_and_state(bdu: Workspace) -> None:
    register = import_examples(bdu)
    service = MovementService(bdu, REGISTRAR)
    sid = student_id(register, "B24-0003")
    case = service.open_case(
        "expulsion", student_id=sid, facts={"ground": "own_request", "order_date": "2026-01-15"}
    )
    service.record_decision(case.id)
    [summary] = service.list_cases(kind="expulsion")
    assert (summary.id, summary.status, summary.decision_status) == (case.id, "decided", "eligible")
    assert summary.student_label is not None and summary.student_label.startswith("B24-0003 — ")
    assert service.list_cases(kind="restoration") == []
