"""Demo data: what a fill creates, that it is idempotent per seed, and that it stays in the demo
database."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceBlob,
    MovementCase,
    NumberCounter,
    Order,
    OrderStudent,
    Person,
    PortalAccount,
    Staff,
    Student,
    StudentEvent,
)
from registrar.services import demo
from registrar.services.canonical import sha256_hex
from registrar.services.context import ROLES
from registrar.services.database import DEMO_KEY, Database
from registrar.services.demo import (
    DEMO_ADMIN_PASSWORD,
    ENGINE_KINDS,
    PATHS,
    STATUSES,
    DemoSummary,
    demo_intake_records,
    fill_demo,
)
from registrar.services.demo_evidence import POOL_PDF, POOL_PNG, evidence_pool
from registrar.services.demo_records import campaign_year
from registrar.services.demo_rows import payload_hash
from registrar.services.errors import BadInput
from registrar.services.events import chain_head
from registrar.services.folding import fold
from registrar.services.passwords import verify_password
from registrar.services.workspace import load_workspace, open_local
from tests.conftest import OfficeDb

TODAY = date(2026, 11, 22)
COUNT = 200
NUMBER = re.compile(r"BDU/2026/[0-9A-Z]{4}-\d{4}")


@dataclass(frozen=True)
class Filled:
    db: Database
    summary: DemoSummary


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    """One demo database filled with COUNT applications of seed 1, shared by the module."""
    db = open_local(tmp_path_factory.mktemp("demo") / "demo.db", DEMO_KEY, demo=True)
    summary = fill_demo(db, count=COUNT, seed=1, today=TODAY)
    yield Filled(db, summary)
    db.dispose()


def _fresh(tmp_path: Path, name: str = "demo.db") -> Database:
    return open_local(tmp_path / name, DEMO_KEY, demo=True)


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_small_fill_creates_rows_in_every_table_the_issue_names(filled: Filled) -> None:
    tables = (
        "person", "identity_document", "person_name", "portal_account", "application",
        "application_answer", "application_document", "application_event", "evidence_blob",
        "fee_exemption_request", "evidence_review_event", "student", "student_event",
        "study_record", "rector_order", "order_student", "movement_case", "movement_event",
    )  # fmt: skip
    with filled.db.session_factory() as session:
        counts = {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in tables
        }
    assert all(counts.values()), counts


def test_the_fill_covers_every_application_status_and_identity_path(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        statuses = set(session.scalars(select(Application.status_cache)))
        paths = set(session.scalars(select(Application.snapshot_key_type)))
    assert statuses == set(STATUSES)
    assert paths == set(PATHS)


def test_each_application_status_is_the_head_of_its_event_chain(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        events: dict[object, list[ApplicationEvent]] = {}
        for event in session.scalars(select(ApplicationEvent)):
            events.setdefault(event.application_id, []).append(event)
        for application in session.scalars(select(Application)):
            head = chain_head(events.get(application.id, []))
            assert (head.status if head else "DRAFT") == application.status_cache


def test_student_statuses_follow_their_event_chains_and_orders(filled: Filled) -> None:
    from registrar.services.students import STATUS_AFTER

    with filled.db.session_factory() as session:
        events: dict[object, list[StudentEvent]] = {}
        for event in session.scalars(select(StudentEvent)):
            events.setdefault(event.student_id, []).append(event)
        pairs = set(session.execute(select(OrderStudent.order_id, OrderStudent.student_id)))
        for student in session.scalars(select(Student)):
            chain = events[student.id]
            head = chain_head(chain)
            assert head is not None
            assert STATUS_AFTER[head.kind] == student.status_cache
            assert all((event.order_id, student.id) in pairs for event in chain)


def test_every_kind_of_movement_case_is_present_with_no_decision_yet(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        cases = list(session.scalars(select(MovementCase)))
    assert {json.loads(case.case_json)["case"] for case in cases} == set(ENGINE_KINDS)
    assert all(case.decision_json is None for case in cases)


def test_every_demo_case_file_is_accepted_by_the_rules_engine(filled: Filled) -> None:
    from registrar.services.rules import decide

    with filled.db.session_factory() as session:
        cases = [json.loads(c) for c in session.scalars(select(MovementCase.case_json))]
    decisions = [decide(case) for case in cases]
    assert all(decision["status"] for decision in decisions)


def test_the_evidence_pool_holds_at_most_200_files_shared_by_every_document(
    filled: Filled,
) -> None:
    with filled.db.session_factory() as session:
        blobs = dict(session.execute(select(EvidenceBlob.id, EvidenceBlob.sha256)).all())
        documents = session.execute(
            select(ApplicationDocument.blob_id, ApplicationDocument.sha256)
        ).all()
    assert len(blobs) <= 200
    assert all(blobs[blob_id] == sha for blob_id, sha in documents)


def test_every_pool_file_passes_the_evidence_content_checks() -> None:
    from registrar.services.evidence import inspect_file

    pool = evidence_pool()
    mimes = Counter(inspect_file(item.data, item.name).mime for item in pool)
    assert mimes == {"image/png": POOL_PNG, "application/pdf": POOL_PDF}


def test_every_confirmed_application_has_a_number_and_a_data_hash_that_recomputes(
    filled: Filled,
) -> None:
    from registrar.services.intake_store import recompute_hash

    with filled.db.session_factory() as session:
        confirmed = list(
            session.scalars(select(Application).where(Application.confirmed_at.is_not(None)))
        )
        assert confirmed
        for application in confirmed:
            assert application.number is not None and NUMBER.fullmatch(application.number)
            assert application.data_hash == recompute_hash(session, application.id)


def test_drafts_have_neither_number_nor_hash(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        drafts = list(
            session.scalars(select(Application).where(Application.status_cache == "DRAFT"))
        )
    assert drafts
    assert all(d.number is None and d.data_hash is None and d.confirmed_at is None for d in drafts)


def test_later_application_numbers_continue_after_the_demo_ones(filled: Filled) -> None:
    from registrar.services.numbering import issue_number

    workspace = load_workspace(filled.db)
    assert workspace is not None
    with filled.db.session_factory() as session:
        confirmed = session.scalar(
            select(func.count()).where(Application.confirmed_at.is_not(None))
        )
        number = issue_number(
            session,
            institution=workspace.institution_code,
            series=workspace.series,
            year=campaign_year(TODAY),
            kind=None,
        )
        session.rollback()
    assert number.endswith(f"-{(confirmed or 0) + 1:04d}")


def test_running_the_same_seed_again_adds_nothing(filled: Filled) -> None:
    again = fill_demo(filled.db, count=COUNT, seed=1, today=TODAY)
    assert (again.added, again.present) == ({}, COUNT)


def test_a_larger_count_adds_only_the_difference(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    fill_demo(db, count=60, seed=5, today=TODAY)
    more = fill_demo(db, count=100, seed=5, today=TODAY)
    with db.session_factory() as session:
        total = _count(session, Application)
    db.dispose()
    assert (more.added["application"], more.present, total) == (40, 60, 100)


def test_an_office_database_is_refused(office_db: OfficeDb) -> None:
    with pytest.raises(BadInput) as refused:
        fill_demo(office_db.db, count=5, today=TODAY)
    with office_db.db.session_factory() as session:
        assert _count(session, Application) == 0
    assert refused.value.field == "database"


def test_a_seed_or_count_out_of_range_is_refused(tmp_path: Path) -> None:
    db = _fresh(tmp_path)
    with pytest.raises(BadInput) as refused:
        fill_demo(db, count=demo.MAX_COUNT + 1, today=TODAY)
    db.dispose()
    assert refused.value.field == "count"


def test_mobiles_emails_and_national_keys_are_unique(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        mobiles = list(session.scalars(select(PortalAccount.mobile_e164)))
        emails = list(session.scalars(select(PortalAccount.email)))
        keys = list(session.scalars(select(Person.national_key)))
    assert len(set(mobiles)) == len(mobiles) == COUNT
    assert len(set(emails)) == len(emails) == COUNT
    assert len(set(keys)) == len(keys)


def test_national_keys_and_mobiles_have_the_expected_formats(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        persons = session.execute(select(Person.national_key_type, Person.national_key)).all()
        mobiles = list(session.scalars(select(PortalAccount.mobile_e164)))
    fins = [key for kind, key in persons if kind != "unhcr"]
    assert all(re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", key) for key in fins)
    assert all(re.fullmatch(r"\+994(10|50|51|55|60|70|77|99)[2-9]\d{6}", m) for m in mobiles)


def test_every_demo_application_passes_the_wizard_validation() -> None:
    validation = pytest.importorskip("registrar.services.validation")
    from registrar.services.intake_checks import Checker
    from registrar.services.reference import ReferenceData

    ref = Checker(ReferenceData.load()).ref
    problems = {
        index: validation.validate_intake(record, ref, today=TODAY)
        for index, record in enumerate(demo_intake_records(1, COUNT, today=TODAY))
    }
    assert {index: found for index, found in problems.items() if found} == {}


def test_the_intake_records_are_the_applications_stored(filled: Filled) -> None:
    from registrar.services.demo_records import Generator
    from registrar.services.demo_reference import reference_from_files
    from registrar.services.demo_store import T_APPLICATION, demo_id

    generator = Generator(1, reference_from_files("BDU"), TODAY)
    with filled.db.session_factory() as session:
        stored: dict[str, dict[str, str]] = {}
        for answer in session.scalars(select(ApplicationAnswer)):
            stored.setdefault(answer.application_id.hex, {})[answer.field_id] = answer.value
    records = list(demo_intake_records(1, COUNT, today=TODAY))
    for index, record in enumerate(records):
        answers = generator.applicant(index).answers
        assert stored[demo_id(1, T_APPLICATION, index)] == answers
        assert record["em.email"] == answers["em.email"]


def test_portal_accounts_share_one_hash_of_the_documented_password(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        hashes = set(session.scalars(select(PortalAccount.password_hash)))
    assert len(hashes) == 1
    assert verify_password(hashes.pop(), DEMO_ADMIN_PASSWORD)


def test_demo_staff_of_every_role_sign_in_with_the_demo_password(filled: Filled) -> None:
    from registrar.services.staff import sign_in

    workspace = load_workspace(filled.db)
    assert workspace is not None
    with filled.db.session_factory() as session:
        staff = dict(session.execute(select(Staff.username, Staff.role)).all())
    assert set(staff.values()) == set(ROLES)
    signed_in = {sign_in(workspace, name, DEMO_ADMIN_PASSWORD).role for name in staff}
    assert signed_in == set(ROLES)


def test_demo_rows_read_back_through_the_orm_with_their_types(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        application = session.scalars(
            select(Application).where(Application.confirmed_at.is_not(None)).limit(1)
        ).one()
        person = session.get(Person, application.person_id)
        student = session.scalars(select(Student).limit(1)).one()
    assert isinstance(application.confirmed_at, datetime)
    assert application.confirmed_at.tzinfo is not None
    assert person is not None and isinstance(person.birth_date, date)
    assert isinstance(student.on_military_register, bool)
    assert student.language == "az"


def test_foreign_keys_hold_after_a_fill(filled: Filled) -> None:
    with filled.db.engine.connect() as connection:
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    assert problems == []


def test_the_search_column_is_the_folded_name_key_number_and_phone(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        rows = session.execute(
            select(Application, PortalAccount.mobile_e164)
            .join(PortalAccount, PortalAccount.id == Application.account_id)
            .where(Application.number.is_not(None))
        ).all()
    for application, mobile in rows:
        parts = (
            application.snapshot_last_name,
            application.snapshot_first_name,
            application.snapshot_patronymic,
            application.snapshot_key,
            application.number,
            mobile,
        )
        assert application.search_folded == fold(" ".join(str(p) for p in parts))


def test_the_search_column_finds_an_applicant_by_a_folded_name(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        application = session.scalars(select(Application).limit(1)).one()
        found = session.scalars(
            select(Application.id).where(
                Application.search_folded.like(fold(application.snapshot_last_name) + "%")
            )
        ).all()
    assert application.id in found


@given(
    st.dictionaries(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz._", min_size=1, max_size=12),
        st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30),
        max_size=8,
    )
)
def test_the_fast_data_hash_equals_the_canonical_json_hash(fields: dict[str, str]) -> None:
    payload = {"format": 1, "fields": fields, "documents": {"a.b": ["x", "y"]}}
    assert payload_hash(payload) == sha256_hex(payload)


def test_a_cancelled_fill_keeps_whole_chunks_and_running_it_again_completes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 50)
    db = _fresh(tmp_path)
    done: list[int] = []
    first = fill_demo(
        db,
        count=COUNT,
        today=TODAY,
        progress=lambda d, _t: done.append(d),
        cancel=lambda: 50 in done,
        workers=1,
    )
    with db.session_factory() as session:
        after_cancel = _count(session, Application)
    second = fill_demo(db, count=COUNT, today=TODAY, workers=1)
    db.dispose()
    assert (first.cancelled, after_cancel) == (True, 50)
    assert (second.present, second.added["application"]) == (50, COUNT - 50)


def test_progress_is_reported_from_zero_up_to_the_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 80)
    db = _fresh(tmp_path)
    reports: list[tuple[int, int]] = []
    fill_demo(db, count=COUNT, today=TODAY, progress=lambda d, t: reports.append((d, t)), workers=1)
    db.dispose()
    assert reports == [(0, COUNT), (80, COUNT), (160, COUNT), (COUNT, COUNT)]


def test_a_fill_in_two_processes_writes_the_same_applications(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled: Filled
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 50)
    db = _fresh(tmp_path)
    summary = fill_demo(db, count=COUNT, seed=1, today=TODAY, workers=2)
    with db.session_factory() as session:
        ids = set(session.scalars(select(Application.id)))
        numbers = [n for n in session.scalars(select(Application.number)) if n is not None]
        counters = list(session.scalars(select(NumberCounter.last)))
    db.dispose()
    with filled.db.session_factory() as session:
        expected = set(session.scalars(select(Application.id)))
    assert (summary.added["application"], ids) == (COUNT, expected)
    assert len(set(numbers)) == len(numbers) and len(numbers) in counters


def test_orders_are_numbered_in_the_order_register(filled: Filled) -> None:
    with filled.db.session_factory() as session:
        numbers = list(session.scalars(select(Order.number)))
    assert numbers and all(re.fullmatch(r"BDU/\d{4}/ORD/[0-9A-Z]{4}-\d{4}", n) for n in numbers)


def test_the_demo_command_fills_the_demo_database_and_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from registrar.cli import main

    code = main(["demo", "--db", str(tmp_path / "demo.db"), "--count", "20", "--seed", "2"])
    result = json.loads(capsys.readouterr().out)
    assert (code, result["applications_added"], result["password"]) == (
        0,
        20,
        DEMO_ADMIN_PASSWORD,
    )


def test_the_demo_command_refuses_an_office_database_with_exit_2(
    office_db: OfficeDb, capsys: pytest.CaptureFixture[str]
) -> None:
    from registrar.cli import main

    office_db.db.dispose()
    code = main(["demo", "--db", str(office_db.path), "--count", "5"])
    error = json.loads(capsys.readouterr().out)["error"]
    assert (code, error["field"]) == (2, "db")
