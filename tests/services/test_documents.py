"""Issued documents: data from the database, gapless numbers, codes, cancel and verify."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from registrar.models import AuditEntry, Base, Institution, Person, Specialty, Student
from registrar.services.context import Workspace
from registrar.services.database import plain_engine, session_factory
from registrar.services.documents import DocumentService, course_on, initials
from registrar.services.errors import BadInput, Conflict, PermissionDenied
from tests.services.documents_fixtures import (
    DESK,
    RECTOR,
    confirmed_application,
    expulsion_order,
    first_student,
    fonts_embedded,
    pdf_text,
    set_letterhead,
    students,
)
from tests.services.test_movements import REGISTRAR, seeded_engine, workspace_for

ADMISSION = {
    "admission.order_number": "BDU/2024/ƏMR/BD01-0207",
    "admission.order_date": date(2024, 9, 10),
}
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bdu() -> Iterator[Workspace]:
    engine = seeded_engine()
    workspace = workspace_for(engine, "BDU")
    students(workspace)
    yield workspace
    engine.dispose()


def test_an_expulsion_order_prints_the_students_name_its_order_number_and_the_ground(
    bdu: Workspace,
) -> None:
    order_id = expulsion_order(bdu, students_register(bdu))
    issued = DocumentService(bdu, REGISTRAR).issue("expulsion_order", order_id)
    text = pdf_text(issued.pdf)
    assert "Əliyeva Aysel Rəşad" in text
    assert issued.document.number in text.replace("\n", "")
    assert issued.document.number.startswith("BDU/2026/ORD/")
    assert "öz ərizəsinə əsasən" in text and "tələbələr sırasından xaric edilsin" in text
    assert RECTOR in text


def test_an_order_is_issued_as_a_document_only_once(bdu: Workspace) -> None:
    order_id = expulsion_order(bdu, students_register(bdu))
    service = DocumentService(bdu, REGISTRAR)
    service.issue("expulsion_order", order_id)
    with pytest.raises(Conflict):
        service.issue("expulsion_order", order_id)


def test_an_application_receipt_prints_the_applicant_and_the_application_number(
    bdu: Workspace,
) -> None:
    issued = DocumentService(bdu, REGISTRAR).issue(
        "application_receipt", confirmed_application(bdu)
    )
    text = pdf_text(issued.pdf)
    assert "Qəhrəmanova Nigar Şahin" in text
    assert "BDU/2026/BD01-0007" in text
    assert "14 avqust 2026-cı il, saat 11:25" in text  # 07:25 UTC in Baku time
    assert issued.document.number.startswith("BDU/")
    assert "/QBZ/BD01-0001" in issued.document.number
    assert fonts_embedded(issued.pdf)


def test_a_study_certificate_takes_the_study_record_and_the_admission_order(
    bdu: Workspace,
) -> None:
    issued = DocumentService(bdu, REGISTRAR).issue(
        "study_certificate", first_student(bdu), extra=ADMISSION, issued_on=date(2026, 11, 22)
    )
    text = pdf_text(issued.pdf)
    assert "Əliyeva Aysel Rəşad" in text
    assert "3-cü" in text and "kursda" in text
    assert "BDU/2024/ƏMR/BD01-0207" in text
    assert issued.document.number == "BDU/2026/ARY/BD01-0001"


def test_a_study_certificate_without_an_admission_order_names_the_missing_field(
    bdu: Workspace,
) -> None:
    with pytest.raises(BadInput) as error:
        DocumentService(bdu, REGISTRAR).issue("study_certificate", first_student(bdu))
    assert error.value.field == "admission.order_number"


def test_a_failed_render_uses_no_number(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    with pytest.raises(BadInput):
        service.issue("study_certificate", first_student(bdu))
    issued = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    assert issued.document.number.endswith("-0001")


def test_numbers_of_one_kind_are_consecutive(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    numbers = [
        service.issue("study_certificate", first_student(bdu), extra=ADMISSION).document.number
        for _ in range(3)
    ]
    assert [n[-4:] for n in numbers] == ["0001", "0002", "0003"]


def test_a_code_verifies_with_kind_number_institution_and_initials_only(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    issued = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    result = DocumentService(bdu, DESK).verify(issued.code.lower())
    assert result.status == "valid"
    assert result.number == issued.document.number
    assert result.institution == "Bakı Dövlət Universiteti"
    assert result.holder_initials == "Ə.A.R."
    assert "Aysel" not in str(result.as_json())


def test_a_mistyped_code_fails_its_check_symbol(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    code = service.issue("study_certificate", first_student(bdu), extra=ADMISSION).code
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert service.verify(wrong).status == "mistyped"
    assert service.verify("ABC").status == "mistyped"


def test_an_unknown_well_formed_code_is_unknown(bdu: Workspace) -> None:
    from registrar.services.letters import new_code

    assert DocumentService(bdu, REGISTRAR).verify(new_code()).status == "unknown"


def test_a_cancelled_document_keeps_its_number_and_verifies_as_cancelled(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    issued = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    cancelled = service.cancel(issued.document.id, "Səhv çap edildi")
    assert cancelled.cancelled and cancelled.number == issued.document.number
    assert service.verify(issued.code).status == "cancelled"
    again = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    assert again.document.number.endswith("-0002")
    with pytest.raises(Conflict):
        service.cancel(issued.document.id, "again")
    with bdu.read() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "document.cancel" in actions and "document.issue" in actions


def test_cancelling_needs_a_reason(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    issued = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    with pytest.raises(BadInput):
        service.cancel(issued.document.id, "  ")


def test_the_desk_cannot_issue_documents(bdu: Workspace) -> None:
    with pytest.raises(PermissionDenied):
        DocumentService(bdu, DESK).issue("study_certificate", first_student(bdu), extra=ADMISSION)


def test_the_desk_hands_over_the_application_receipt(bdu: Workspace) -> None:
    issued = DocumentService(bdu, DESK).issue("application_receipt", confirmed_application(bdu))
    assert "/QBZ/" in issued.document.number


def test_a_batch_issues_consecutive_numbers_into_one_pdf(bdu: Workspace) -> None:
    import io

    from pypdf import PdfReader

    service = DocumentService(bdu, REGISTRAR)
    app_ids = [confirmed_application(bdu)]
    seen: list[tuple[int, int | None]] = []
    views, pdf = service.issue_batch(
        "application_receipt", app_ids * 3, progress=lambda d, t: seen.append((d, t))
    )
    assert [v.number[-4:] for v in views] == ["0001", "0002", "0003"]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3
    assert seen[-1] == (3, 3)


def test_a_cancelled_batch_issues_nothing(bdu: Workspace) -> None:
    from registrar.services.letters import RenderCancelled

    service = DocumentService(bdu, REGISTRAR)
    app_id = confirmed_application(bdu)
    with pytest.raises(RenderCancelled):
        service.issue_batch("application_receipt", [app_id] * 3, cancelled=lambda: True)
    assert service.rows() == []


def test_the_demo_database_marks_every_page(bdu: Workspace) -> None:
    from dataclasses import replace

    demo = replace(bdu, demo=True)
    issued = DocumentService(demo, REGISTRAR).issue(
        "study_certificate", first_student(bdu), extra=ADMISSION
    )
    assert "NÜMUNƏ / DEMO" in pdf_text(issued.pdf)


def test_a_kind_without_a_database_source_is_refused_by_name(bdu: Workspace) -> None:
    with pytest.raises(BadInput) as error:
        DocumentService(bdu, REGISTRAR).issue("payer_agreement", first_student(bdu))
    assert error.value.field == "kind"


def test_the_register_lists_issued_documents_newest_first(bdu: Workspace) -> None:
    service = DocumentService(bdu, REGISTRAR)
    first = service.issue("study_certificate", first_student(bdu), extra=ADMISSION)
    second = service.issue("application_receipt", confirmed_application(bdu))
    rows = service.rows()
    assert {r.number for r in rows} == {first.document.number, second.document.number}
    assert [r.number for r in service.rows(kind="application_receipt")] == [second.document.number]


def test_initials_and_course_follow_the_name_and_the_academic_year() -> None:
    assert initials("Əliyeva", "Aysel", "Rəşad") == "Ə.A.R."
    assert course_on(2024, date(2024, 9, 15)) == 1
    assert course_on(2024, date(2025, 6, 1)) == 1
    assert course_on(2024, date(2026, 11, 22)) == 3


def students_register(workspace: Workspace):  # type: ignore[no-untyped-def]
    from registrar.services.students import StudentRegister

    return StudentRegister(workspace, REGISTRAR)


# ---- two processes on one file ----------------------------------------------------------

WORKER = textwrap.dedent(
    """
    import sys, uuid
    from datetime import date
    from registrar.services.context import Actor, Workspace
    from registrar.services.database import plain_engine
    from registrar.services.documents import DocumentService

    path, institution, student, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    engine = plain_engine(f"sqlite:///{path}")
    workspace = Workspace(engine, "origin-" + sys.argv[5], uuid.UUID(institution), "W1", "TST")
    service = DocumentService(workspace, Actor(None, "registrar1", "registrar"))
    extra = {"admission.order_number": "TST/2024/1", "admission.order_date": date(2024, 9, 10)}
    for _ in range(count):
        print(service.issue("study_certificate", uuid.UUID(student), extra=extra).document.number)
    """
)


def file_database(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    engine = plain_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    institution_id, student_id = uuid.uuid4(), uuid.uuid4()
    with session_factory(engine).begin() as session:
        session.info["origin"] = "setup"
        session.info["institution_id"] = institution_id
        session.add(
            Institution(
                id=institution_id,
                institution_id=institution_id,
                code="TST",
                name_az="Sınaq Universiteti",
                city="Bakı",
                ownership="state",
                founder_body="mse",
                source="test",
            )
        )
        specialty = Specialty(
            id=uuid.uuid4(),
            code="050509",
            name_az="Kompüter elmləri",
            level="bachelor",
            dim_group=1,
            source="test",
        )
        person = Person(
            id=uuid.uuid4(),
            national_key_type="fin",
            national_key="5ZX8K01",
            citizenship_type="az_citizen",
            first_name="Aysel",
            last_name="Əliyeva",
            patronymic="Rəşad",
        )
        session.add_all([specialty, person])
        session.flush()
        session.add(
            Student(
                id=student_id,
                person_id=person.id,
                student_number="B24-0001",
                level="bachelor",
                specialty_id=specialty.id,
                admitted_specialty_id=specialty.id,
                study_form="full_time",
                funding="state_order",
                admission_year=2024,
            )
        )
    workspace = Workspace(engine, "setup", institution_id, "W1", "TST")
    set_letterhead(workspace)
    engine.dispose()
    return institution_id, student_id


@pytest.mark.slow
def test_two_processes_issuing_200_documents_each_get_400_consecutive_numbers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "two.db"
    institution_id, student_id = file_database(path)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(path),
                str(institution_id),
                str(student_id),
                "200",
                name,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], outputs[0][1][-2000:]
    numbers = [line for out, _ in outputs for line in out.split()]
    assert len(numbers) == 400 and len(set(numbers)) == 400
    year = date.today().year
    assert all(n.startswith(f"TST/{year}/ARY/W1-") for n in numbers)
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 401))


def test_a_credit_comparison_sheet_lists_the_registrars_verdicts(bdu: Workspace) -> None:
    from registrar.services.credit_comparison import CreditComparison
    from registrar.services.curriculum import import_curriculum
    from registrar.services.movements import MovementService

    examples = ROOT / "examples"
    import_curriculum(bdu, REGISTRAR, (examples / "curriculum.csv").read_bytes())
    facts = {
        "student": {"last_name": "Quliyev", "first_name": "Tural", "patronymic": "Elşən"},
        "source_hei": {"name": "Gəncə Dövlət Universiteti"},
        "target_specialty": {"code": "L003", "name": "Kompüter elmləri"},
    }
    case = MovementService(bdu, REGISTRAR).open_case("incoming_transfer", facts=facts)
    comparison = CreditComparison(bdu, REGISTRAR)
    comparison.import_transcript(case.id, (examples / "transcript.csv").read_bytes())
    for s in comparison.suggestions(case.id, "L003"):
        if s.course is not None and s.entry.id is not None:
            comparison.accept(case.id, s.entry.id, s.course.id)
    issued = DocumentService(bdu, REGISTRAR).issue("credit_comparison_sheet", case.id)
    text = pdf_text(issued.pdf)
    assert "Quliyev Tural Elşən" in text
    assert "Gəncə Dövlət Universiteti" in text
    assert "/KMV/" in issued.document.number
    assert issued.document.holder_initials == "Q.T.E."


def test_an_academic_leave_order_prints_the_ground_and_the_period(bdu: Workspace) -> None:
    from registrar.services.movements import MovementService
    from tests.services.test_movements import student_id

    service = MovementService(bdu, REGISTRAR)
    sid = student_id(students_register(bdu), "B24-0003")
    facts = {"ground": "family", "start": "2026-02-02", "end": "2027-08-31"}
    case = service.open_case("academic_leave", student_id=sid, facts=facts)
    service.record_decision(case.id)
    order = service.issue_order(case.id, order_date=date(2026, 1, 30), signatory=RECTOR)
    issued = DocumentService(bdu, REGISTRAR).issue("academic_leave_order", order.id)
    text = pdf_text(issued.pdf).replace("\n", " ")
    assert "ailə vəziyyəti ilə əlaqədar" in text
    assert "2 fevral 2026-cı il tarixdən 31 avqust 2027-ci il tarixədək" in text
    assert issued.document.number == order.number


def test_a_fee_exemption_decision_letter_prints_the_outcome_and_category(
    bdu: Workspace,
) -> None:
    from registrar.models import ApplicationEvent, FeeCategory, FeeExemptionRequest
    from registrar.models.base import utcnow

    app_id = confirmed_application(bdu)
    with bdu.write() as session:
        category = session.scalars(select(FeeCategory)).first()
        assert category is not None
        # The request was part of what the applicant confirmed: written below the ORM, as the
        # freeze guard refuses adding it to a confirmed application afterwards.
        now = utcnow()
        session.execute(
            insert(FeeExemptionRequest).values(
                id=uuid.uuid4(),
                application_id=app_id,
                category_code=category.code,
                institution_id=bdu.institution_id,
                origin=bdu.origin,
                created_at=now,
                updated_at=now,
            )
        )
        session.add(
            ApplicationEvent(
                id=uuid.uuid4(),
                application_id=app_id,
                kind="exemption_approved",
                status="EXEMPTION_APPROVED",
                reason="Sənədlər qəbul edildi.",
                at=utcnow(),
            )
        )
        label = category.label_az
    issued = DocumentService(bdu, REGISTRAR).issue("fee_exemption_decision", app_id)
    text = pdf_text(issued.pdf).replace("\n", " ")
    assert "Qəhrəmanova Nigar Şahin" in text
    assert label.split()[0] in text
    assert "/MKT/" in issued.document.number


def test_a_fee_exemption_letter_without_a_decision_is_refused(bdu: Workspace) -> None:
    with pytest.raises(BadInput) as error:
        DocumentService(bdu, REGISTRAR).issue("fee_exemption_decision", confirmed_application(bdu))
    assert error.value.field == "decision"


def test_a_transcript_on_the_blank_takes_the_study_record_and_records_the_serial(
    bdu: Workspace,
) -> None:
    from registrar.services.letters.blank import PrinterOffsets, blank_editions

    service = DocumentService(bdu, REGISTRAR)
    service.save_printer_offsets("Ofis-HP", PrinterOffsets(-1.5, 0.5))
    edition = next(iter(blank_editions()))
    issued = service.issue_transcript(
        first_student(bdu), blank_serial="AT-0012345", edition=edition, printer="Ofis-HP"
    )
    text = pdf_text(issued.pdf)
    assert "Əliyeva Aysel Rəşad" in text
    assert "Riyazi analiz I" in text
    assert issued.document.number in text
    assert issued.document.blank_serial == "AT-0012345"
    assert service.verify(issued.code).kind == "transcript"
    with bdu.read() as session:
        student = session.get(Student, first_student(bdu))
        assert student is not None and student.transcript_blank_serial == "AT-0012345"
