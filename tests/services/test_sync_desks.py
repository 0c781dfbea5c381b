"""Two SQLite workstations of one institution, and rows carried between them as a pull would.

No tests live here; test_sync_local.py and test_sync_settle.py use it (pytest_plugins).
Rows travel between workstations in the same raw form the centre returns, so the local half
of sync can be exercised without PostgreSQL.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from registrar.models import (
    Application,
    ApplicationEvent,
    Person,
    PortalAccount,
    Staff,
)
from registrar.services import frozen
from registrar.services.context import Actor, Workspace
from registrar.services.database import Database
from registrar.services.sync import local
from registrar.services.sync.apply import LocalApplier, PullResult
from registrar.services.sync.catalog import catalog
from registrar.services.workspace import new_workstation_identity, open_local
from tests.foundation import bare_workspace

assert frozen.installed()  # the local guard of confirmed applications, as in the application


@dataclass
class Desk:
    db: Database
    workspace: Workspace
    actor: Actor

    def rows(self, table: str) -> dict[str, tuple[object, ...]]:
        spec = catalog()[table]
        with self.workspace.engine.connect() as connection:
            found = local.fetch_rows(connection, spec, spec.sent_columns[1:], self.ids(table))
        return {key: (key, *values) for key, values in found.items()}

    def value(self, table: str, row_id: uuid.UUID, column: str) -> object:
        return self.rows(table)[row_id.hex][catalog()[table].index(column)]

    def ids(self, table: str) -> list[str]:
        with self.workspace.engine.connect() as connection:
            return [str(r[0]) for r in connection.exec_driver_sql(f'SELECT id FROM "{table}"')]

    def pending(self, table: str) -> int:
        with self.workspace.engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" WHERE row_version <> central_version'
                ).scalar_one()
            )

    def issues(self, kind: str) -> list[tuple[str, str]]:
        with self.workspace.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT table_name, row_id FROM sync_issue WHERE kind = ? AND resolved_at IS NULL",
                (kind,),
            ).fetchall()
        return [(str(t), str(r)) for t, r in rows]


def _desk(db: Database, workspace: Workspace) -> Desk:
    staff_id = uuid.uuid4()
    with workspace.write() as session:
        session.add(
            Staff(
                id=staff_id,
                username=f"reg-{workspace.origin[:6]}",
                display_name="Registrator",
                role="registrar",
                password_hash="x",
            )
        )
    return Desk(db, workspace, Actor(staff_id, f"reg-{workspace.origin[:6]}", "registrar"))


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    """Two workstations of one institution (the second starts as a copy of the first)."""
    db1, ws1, key = bare_workspace(tmp_path / "one.db")
    db1.dispose()
    shutil.copyfile(tmp_path / "one.db", tmp_path / "two.db")
    db1 = open_local(tmp_path / "one.db", key)
    db2 = open_local(tmp_path / "two.db", key)
    ws2 = new_workstation_identity(db2, "second desk")
    ws1 = Workspace(db1.engine, ws1.origin, ws1.institution_id, ws1.series, ws1.institution_code)
    yield _desk(db1, ws1), _desk(db2, ws2)
    db1.dispose()
    db2.dispose()


def carry(source: Desk, target: Desk, *tables: str) -> PullResult:
    """What a pull would bring: the source's rows of these tables, applied on the target."""
    rows = {table: list(source.rows(table).values()) for table in tables}
    result = PullResult()
    LocalApplier(target.workspace, catalog(), "test-centre").apply(rows, {}, result, cursor=7)
    return result


def person(desk: Desk, fin: str, first_name: str = "Aysel") -> uuid.UUID:
    person_id = uuid.uuid4()
    with desk.workspace.write() as session:
        session.add(
            Person(
                id=person_id,
                national_key_type="fin",
                national_key=fin,
                citizenship_type="az",
                first_name=first_name,
                last_name="Məmmədova",
                patronymic="Rauf",
            )
        )
    return person_id


def applicant(desk: Desk, fin: str, mobile: str) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    person_id, account_id, application_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    now = datetime.now(UTC)
    with desk.workspace.write() as session:
        session.add_all(
            [
                Person(
                    id=person_id,
                    national_key_type="fin",
                    national_key=fin,
                    citizenship_type="az",
                    first_name="Aysel",
                    last_name="Məmmədova",
                    patronymic="Rauf",
                ),
                PortalAccount(
                    id=account_id,
                    person_id=person_id,
                    mobile_country="AZ",
                    mobile_e164=mobile,
                    email=f"{fin.lower()}@example.az",
                    password_hash="x",
                ),
                Application(
                    id=application_id,
                    person_id=person_id,
                    account_id=account_id,
                    confirmed_at=now,
                    data_hash="0" * 64,
                    snapshot_first_name="Aysel",
                    snapshot_last_name="Məmmədova",
                    snapshot_patronymic="Rauf",
                    snapshot_key_type="fin",
                    snapshot_key=fin,
                ),
                ApplicationEvent(
                    id=uuid.uuid4(),
                    application_id=application_id,
                    kind="submitted",
                    status="SUBMITTED",
                    at=now,
                ),
            ]
        )
    return person_id, account_id, application_id


def rename(desk: Desk, person_id: uuid.UUID, name: str) -> None:
    with desk.workspace.write() as session:
        row = session.get(Person, person_id)
        assert row is not None
        row.first_name = name
