"""Fixtures for the documents tests: a seeded database with students, an order, a letterhead."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime

from pypdf import PdfReader
from sqlalchemy import select

from registrar.models import Application, Person, PortalAccount
from registrar.services import letterhead
from registrar.services.context import Actor, Workspace
from registrar.services.movements import MovementService
from registrar.services.students import StudentRegister
from tests.services.test_movements import REGISTRAR, import_examples, student_id

DESK = Actor(staff_id=None, username="desk1", role="desk")
RECTOR = "Rüstəmov Elçin Həsən oğlu"


def set_letterhead(workspace: Workspace) -> None:
    with workspace.write() as session:
        letterhead.put(session, "signatory_name", "Abdullayev Kamran Vaqif oğlu")
        letterhead.put(session, "signatory_title", "Tədris işləri üzrə prorektor")
        letterhead.put(session, "letterhead_address", "Bakı şəhəri, Z. Xəlilov küçəsi, 33")


def students(workspace: Workspace) -> StudentRegister:
    set_letterhead(workspace)
    return import_examples(workspace)


def expulsion_order(workspace: Workspace, register: StudentRegister) -> uuid.UUID:
    service = MovementService(workspace, REGISTRAR)
    case = service.open_case(
        "expulsion",
        student_id=student_id(register, "B24-0001"),
        facts={"ground": "own_request", "order_date": "2026-01-15"},
    )
    service.record_decision(case.id)
    return service.issue_order(case.id, order_date=date(2026, 1, 15), signatory=RECTOR).id


def confirmed_application(workspace: Workspace) -> uuid.UUID:
    with workspace.write() as session:
        person = Person(
            id=uuid.uuid4(),
            national_key_type="fin",
            national_key="7QW3R9T",
            citizenship_type="az_citizen",
            first_name="Nigar",
            last_name="Qəhrəmanova",
            patronymic="Şahin",
        )
        session.add(person)
        session.flush()
        account = PortalAccount(
            id=uuid.uuid4(),
            person_id=person.id,
            mobile_country="AZ",
            mobile_e164="+994501112233",
            email="n@example.az",
            password_hash="x",
        )
        session.add(account)
        session.flush()
        app = Application(
            id=uuid.uuid4(),
            number="BDU/2026/BD01-0007",
            person_id=person.id,
            account_id=account.id,
            basis="fee_paying",
            confirmed_at=datetime(2026, 8, 14, 7, 25, tzinfo=UTC),
            data_hash="ab" * 32,
            snapshot_first_name="Nigar",
            snapshot_last_name="Qəhrəmanova",
            snapshot_patronymic="Şahin",
            snapshot_key_type="fin",
            snapshot_key="7QW3R9T",
            status_cache="SUBMITTED",
        )
        session.add(app)
        return app.id


def first_student(workspace: Workspace) -> uuid.UUID:
    from registrar.models import Student

    with workspace.read() as session:
        return session.scalars(select(Student.id).where(Student.student_number == "B24-0001")).one()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def fonts_embedded(pdf: bytes) -> bool:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is None:
                return False
            descriptor = descriptor.get_object()
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
    return True
