"""Encrypted storage, sync columns, live-only uniqueness, event chains, numbering."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from registrar.models import ApplicationEvent, Person, PortalAccount, StudentEvent
from registrar.models.base import utcnow
from registrar.services.errors import Conflict, Unavailable
from registrar.services.events import ChainConflict, chain_head
from registrar.services.numbering import issue_number
from registrar.services.workspace import open_local
from tests.foundation import bare_workspace


def _person(key: str = "5ZX8KQ1") -> Person:
    return Person(
        id=uuid.uuid4(),
        national_key_type="fin",
        national_key=key,
        citizenship_type="az_citizen",
        first_name="Aysel",
        last_name="Əliyeva",
        patronymic="Rəşad",
        birth_date=date(2001, 3, 4),
    )


def test_plain_sqlite_cannot_read_the_database_file(tmp_path: Path) -> None:
    db, _, _ = bare_workspace(tmp_path / "office.db")
    db.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "office.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_the_wrong_key_is_refused_as_unavailable(tmp_path: Path) -> None:
    db, _, _ = bare_workspace(tmp_path / "office.db")
    db.dispose()
    with pytest.raises(Unavailable):
        open_local(tmp_path / "office.db", "x'" + "00" * 32 + "'")


def test_the_key_is_written_to_no_file(tmp_path: Path) -> None:
    db, workspace, key = bare_workspace(tmp_path / "office.db")
    with workspace.write() as session:
        session.add(_person())
    db.dispose()
    secret = key[2:-1].encode()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert secret not in content and secret.lower() not in content, path


def test_a_new_row_gets_the_sessions_origin_owner_and_version_one(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    with workspace.write() as session:
        person = _person()
        session.add(person)
    with workspace.read() as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        assert stored.origin == workspace.origin
        assert stored.institution_id == workspace.institution_id
        assert (stored.row_version, stored.central_version) == (1, 0)
        assert stored.created_at.tzinfo is not None
    db.dispose()


def test_every_local_change_bumps_the_row_version(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    with workspace.write() as session:
        person = _person()
        session.add(person)
    for expected in (2, 3):
        with workspace.write() as session:
            stored = session.get(Person, person.id)
            assert stored is not None
            stored.reg_address = f"Bakı, küçə {expected}"
        with workspace.read() as session:
            assert session.get(Person, person.id).row_version == expected  # type: ignore[union-attr]
    db.dispose()


def test_a_live_duplicate_mobile_is_refused_naming_the_field(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")

    def account(person: Person) -> PortalAccount:
        return PortalAccount(
            id=uuid.uuid4(),
            person_id=person.id,
            mobile_country="AZ",
            mobile_e164="+994501234567",
            email=f"{uuid.uuid4().hex}@example.com",
            password_hash="x",
        )

    first, second = _person("1AB2CD3"), _person("4EF5GH6")
    with workspace.write() as session:
        session.add_all([first, second])
        session.flush()
        session.add(account(first))
    with pytest.raises(Conflict) as refused, workspace.write() as session:
        session.add(account(second))
    assert refused.value.field == "mob.number"
    assert "+994" not in str(refused.value)  # no personal data in the message
    db.dispose()


def test_a_tombstoned_row_frees_its_unique_value(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    with workspace.write() as session:
        person = _person()
        session.add(person)
    with workspace.write() as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        stored.deleted_at = utcnow()
    with workspace.write() as session:
        session.add(_person())  # same national key, now allowed
    with workspace.read() as session:
        assert len(session.scalars(select(Person)).all()) == 2
    db.dispose()


def _event(student: uuid.UUID | None = None, supersedes: uuid.UUID | None = None) -> StudentEvent:
    return StudentEvent(
        id=uuid.uuid4(),
        student_id=student or uuid.uuid4(),
        supersedes=supersedes,
        kind="enrolled",
        effective_on=date(2026, 9, 15),
        at=utcnow(),
    )


def test_the_head_of_a_chain_is_the_event_nothing_follows() -> None:
    first = _event()
    second = _event(first.student_id, first.id)
    third = _event(first.student_id, second.id)
    assert chain_head([third, first, second]) is third
    assert chain_head([]) is None


def test_two_events_following_the_same_one_are_a_conflict() -> None:
    first = _event()
    fork_a = _event(first.student_id, first.id)
    fork_b = _event(first.student_id, first.id)
    with pytest.raises(ChainConflict) as conflict:
        chain_head([first, fork_a, fork_b])
    assert set(conflict.value.heads) == {fork_a.id, fork_b.id}


def test_two_chain_starts_are_a_conflict() -> None:
    with pytest.raises(ChainConflict):
        chain_head([_event(), _event()])


def test_an_event_row_cannot_be_changed(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    event_id = uuid.uuid4()
    with workspace.write() as session:
        person = _person()
        session.add(person)
        session.flush()
        from registrar.models import Application, PortalAccount

        account = PortalAccount(
            id=uuid.uuid4(),
            person_id=person.id,
            mobile_country="AZ",
            mobile_e164="+994551112233",
            email="a@example.com",
            password_hash="x",
        )
        session.add(account)
        session.flush()
        application = Application(
            id=uuid.uuid4(),
            person_id=person.id,
            account_id=account.id,
            snapshot_first_name="A",
            snapshot_last_name="B",
            snapshot_patronymic="C",
            snapshot_key_type="fin",
            snapshot_key="5ZX8KQ1",
        )
        session.add(application)
        session.flush()
        session.add(
            ApplicationEvent(
                id=event_id,
                application_id=application.id,
                kind="submitted",
                status="SUBMITTED",
                at=utcnow(),
            )
        )
    with pytest.raises(Conflict), workspace.write() as session:
        event = session.get(ApplicationEvent, event_id)
        assert event is not None
        event.status = "REGISTERED"
    db.dispose()


def test_register_numbers_are_consecutive_within_the_series(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    numbers = []
    for _ in range(3):
        with workspace.write() as session:
            numbers.append(
                issue_number(session, institution="TEST", series="T1", year=2026, kind=None)
            )
    with workspace.write() as session:
        order = issue_number(session, institution="TEST", series="T1", year=2026, kind="ORD")
    assert numbers == ["TEST/2026/T1-0001", "TEST/2026/T1-0002", "TEST/2026/T1-0003"]
    assert order == "TEST/2026/ORD/T1-0001"
    db.dispose()


def test_a_raw_update_bypassing_the_orm_does_not_touch_the_event_guard(tmp_path: Path) -> None:
    """The guard lives in the session; raw SQL is the sync engine's path and stays possible."""
    db, workspace, _ = bare_workspace(tmp_path / "office.db")
    with workspace.write() as session:
        session.execute(update(Person).where(Person.id == uuid.uuid4()).values(first_name="X"))
    db.dispose()
