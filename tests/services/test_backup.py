"""Encrypted, rotated backups; checked restores that give the workstation a new identity."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from registrar.models import Person
from registrar.services import backup
from registrar.services.errors import CheckFailed
from registrar.services.workspace import load_workspace, new_workstation_identity, open_local
from tests.foundation import bare_workspace


def _add_person(workspace, key: str) -> None:
    with workspace.write() as session:
        session.add(
            Person(
                id=uuid.uuid4(),
                national_key_type="fin",
                national_key=key,
                citizenship_type="az_citizen",
                first_name="Nərmin",
                last_name="Həsənova",
                patronymic="Vüqar",
                birth_date=date(2000, 1, 2),
            )
        )


def test_a_backup_is_encrypted_and_restores_the_data(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db, workspace, key = bare_workspace(path)
    _add_person(workspace, "1AAAAA1")
    target = backup.backup(path, key, tmp_path / "backups")
    _add_person(workspace, "2BBBBB2")  # after the backup: gone once restored
    db.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target).execute("SELECT * FROM sqlite_master").fetchall()
    kept = backup.restore(target, path, key)
    assert kept is not None and kept.exists()
    restored = open_local(path, key)
    with restored.session_factory() as session:
        keys = session.scalars(select(Person.national_key)).all()
    assert keys == ["1AAAAA1"]
    restored.dispose()


def test_a_restored_workstation_gets_a_new_origin_and_series(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db, workspace, key = bare_workspace(path)
    target = backup.backup(path, key, tmp_path / "backups")
    db.dispose()
    backup.restore(target, path, key)
    restored = open_local(path, key)
    fresh = new_workstation_identity(restored, "restored in a test")
    assert fresh.origin != workspace.origin and fresh.series != workspace.series
    again = load_workspace(restored)
    assert again is not None and again.origin == fresh.origin
    restored.dispose()


def test_backups_are_rotated(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db, _, key = bare_workspace(path)
    for _ in range(4):
        backup.backup(path, key, tmp_path / "backups", keep=2)
    db.dispose()
    assert len(list((tmp_path / "backups").glob("registrar-*.db"))) == 2


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db, workspace, key = bare_workspace(path)
    _add_person(workspace, "1AAAAA1")
    target = backup.backup(path, key, tmp_path / "backups")
    db.dispose()
    data = bytearray(target.read_bytes())
    data[5000:5100] = b"\x00" * 100
    target.write_bytes(bytes(data))
    with pytest.raises(CheckFailed):
        backup.restore(target, path, key)
    reopened = open_local(path, key)
    with reopened.session_factory() as session:
        assert session.scalars(select(Person.national_key)).all() == ["1AAAAA1"]
    reopened.dispose()


def test_a_backup_under_another_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    db, _, key = bare_workspace(path)
    target = backup.backup(path, key, tmp_path / "backups")
    db.dispose()
    with pytest.raises(CheckFailed):
        backup.check_file(target, "x'" + "11" * 32 + "'")
