"""Test records: applications and students with a given status, parents inserted first."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Application, Person, PortalAccount, Specialty, Student
from registrar.services.context import Workspace


def add_person(session: Session, n: int) -> Person:
    person = Person(
        id=uuid.uuid4(),
        national_key_type="fin",
        national_key=f"5ZX8K{n:02d}",
        citizenship_type="az_citizen",
        first_name="Aysel",
        last_name="Əliyeva",
        patronymic="Rəşad",
    )
    session.add(person)
    session.flush()  # no ORM relationships: insert parents first
    return person


def add_application(workspace: Workspace, n: int, status: str) -> None:
    with workspace.write() as session:
        person = add_person(session, n)
        account = PortalAccount(
            id=uuid.uuid4(),
            person_id=person.id,
            mobile_country="AZ",
            mobile_e164=f"+99450000{n:04d}",
            email=f"a{n}@example.az",
            password_hash="x",
        )
        session.add(account)
        session.flush()
        session.add(
            Application(
                id=uuid.uuid4(),
                person_id=person.id,
                account_id=account.id,
                snapshot_first_name="Aysel",
                snapshot_last_name="Əliyeva",
                snapshot_patronymic="Rəşad",
                snapshot_key_type="fin",
                snapshot_key=person.national_key,
                status_cache=status,
            )
        )


def add_student(workspace: Workspace, n: int, status: str) -> None:
    with workspace.write() as session:
        person = add_person(session, n)
        specialty = session.scalars(select(Specialty.id)).first()
        session.add(
            Student(
                id=uuid.uuid4(),
                person_id=person.id,
                student_number=f"S{n:05d}",
                level="master",
                specialty_id=specialty,
                admitted_specialty_id=specialty,
                study_form="full_time",
                funding="state_order",
                admission_year=2025,
                status_cache=status,
            )
        )
