"""Harness for the central-database tests: a migrated centre, granted roles, workstations.

No tests live here (pytest collects none); test_central_*.py and test_sync_*.py import the
fixtures. Each run prefixes its cluster-wide roles (rdtest_<random>_) and drops them, and
every database it made, at the end. Tests connect through granted roles, never as the
superuser, except to inspect or to play the administrator.
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, make_url, select, text

from registrar.models import (
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    EvidenceBlob,
    Person,
    PortalAccount,
    Staff,
    Workstation,
)
from registrar.services import frozen, settings
from registrar.services.context import Actor, Workspace
from registrar.services.database import Database, session_factory, sqlcipher_engine
from registrar.services.schema import ensure_schema
from registrar.services.sync.catalog import catalog, central_select
from registrar.services.sync.central import migrate
from registrar.services.sync.connection import CentralTarget
from registrar.services.sync.engine import SyncEngine, SyncSummary
from registrar.services.sync.grant import grant

assert frozen.installed()  # the local guard of confirmed applications, as in the application
KEY = "x'" + "AB" * 32 + "'"
PASSWORD = "test-Pass-1234"  # the server trusts local connections; grant still needs one
INSTITUTIONS = {"A": "BDU", "B": "ADPU", "M": "MSE"}
USERS = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "m1": "M"}


def libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class Centre:
    admin_url: str  # superuser, this database (the administrator; inspection only)
    prefix: str
    institutions: dict[str, uuid.UUID]  # letter -> id
    users: dict[str, str] = field(default_factory=lambda: dict(USERS))  # user -> letter
    codes: dict[str, str] = field(default_factory=lambda: dict(INSTITUTIONS))  # letter -> code
    snapshot: Path | None = None  # a local database holding the centre's reference data

    def user_url(self, user: str) -> str:
        return (
            make_url(self.admin_url)
            .set(username=self.prefix + user)
            .render_as_string(hide_password=False)
        )

    def target(self, user: str) -> CentralTarget:
        return CentralTarget(url=self.user_url(user))

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(libpq_url(self.admin_url), autocommit=True)

    def as_user(self, user: str) -> psycopg.Connection[Any]:
        return psycopg.connect(libpq_url(self.user_url(user)), autocommit=True)

    def add_institution(self, *users: str) -> str:
        """A new institution at the centre (as the Ministry would add one), with its users."""
        letter = "T" + secrets.token_hex(3).upper()
        institution_id = uuid.uuid4()
        with self.admin() as connection:
            ministry = connection.execute(
                "SELECT id FROM public.institution WHERE kind = 'ministry'"
            ).fetchone()
            connection.execute(
                "INSERT INTO public.institution (id, institution_id, created_at, updated_at, "
                "row_version, central_version, origin, code, kind, name_az, city, country, "
                "ownership, founder_body, special_purpose, accredited, source, verified) "
                "VALUES (%s, %s, now(), now(), 1, 0, 'central', %s, 'hei', %s, 'Bakı', 'AZ', "
                "'state', 'mse', false, true, 'test', false)",
                (institution_id, ministry[0], letter, f"Sınaq {letter}"),  # type: ignore[index]
            )
        self.institutions[letter] = institution_id
        self.codes[letter] = letter
        for user in users:
            grant(self.admin_url, self.prefix + user, letter, "registrar", password=PASSWORD)
            self.users[user] = letter
        return letter

    def rows(self, table: str, user: str | None = None) -> dict[str, tuple[Any, ...]]:
        """Rows as the role sees them (or all, as the administrator), in the raw form."""
        return self.tables(user, [table])[table]

    def tables(
        self, user: str | None = None, names: list[str] | None = None
    ) -> dict[str, dict[str, tuple[Any, ...]]]:
        found = {}
        with self.as_user(user) if user else self.admin() as connection:
            for name in names or list(catalog().names):
                spec = catalog()[name]
                query = f'SELECT {central_select(spec, spec.sent_columns)} FROM public."{name}" t'
                found[name] = {str(r[0]): tuple(r) for r in connection.execute(query).fetchall()}
        return found


@dataclass
class Station:
    """A workstation: an encrypted local database with its own origin, bound to a role."""

    name: str
    path: Path
    workspace: Workspace
    actor: Actor
    user: str
    centre: Centre
    after_commit: Callable[[str, int], None] | None = None
    summaries: list[SyncSummary] = field(default_factory=list)

    @property
    def engine(self) -> Any:
        return self.workspace.engine

    def sync(self, batch_rows: int = 1000, commit_rows: int = 5000) -> SyncSummary:
        summary = SyncEngine(
            self.workspace,
            self.centre.target(self.user),
            batch_rows=batch_rows,
            commit_rows=commit_rows,
            after_central_commit=self.after_commit,
        ).run()
        self.summaries.append(summary)
        return summary

    def rows(self, table: str) -> dict[str, tuple[Any, ...]]:
        spec = catalog()[table]
        cols = ", ".join(f'"{c}"' for c in spec.sent_columns)
        with self.engine.connect() as connection:
            result = connection.exec_driver_sql(f'SELECT {cols} FROM "{table}"').fetchall()
        return {str(r[0]): tuple(r) for r in result}

    def pending(self) -> int:
        total = 0
        with self.engine.connect() as connection:
            for spec in catalog().tables:
                total += connection.exec_driver_sql(
                    f'SELECT count(*) FROM "{spec.name}" WHERE row_version <> central_version'
                ).scalar_one()
        return int(total)

    def open_issues(self, kind: str | None = None) -> list[tuple[str, str, str]]:
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT kind, table_name, reason FROM sync_issue WHERE resolved_at IS NULL"
            ).fetchall()
        return [(str(k), str(t), str(r)) for k, t, r in rows if kind is None or k == kind]


def assert_converged(centre: Centre, stations: list[Station]) -> None:
    """Every station holds exactly the synced rows its role may see at the centre."""
    for station in stations:
        assert station.pending() == 0, station.name
        central = centre.tables(station.user)
        for spec in catalog().tables:
            here = station.rows(spec.name)
            there = central[spec.name]
            assert here == there, (station.name, spec.name, len(here), len(there))


# ----- fixtures ----------------------------------------------------------------------------


@dataclass
class CentreTemplate:
    server_url: str
    name: str
    prefix: str
    institutions: dict[str, uuid.UUID]
    made: list[str]


def _admin_engine(server_url: str) -> Any:
    return create_engine(server_url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def centre_template(server_url: str) -> Iterator[CentreTemplate]:
    """One migrated centre with granted roles; each test gets a copy (CREATE ... TEMPLATE)."""
    tag = secrets.token_hex(4)
    prefix = f"rdtest_{tag}_"
    name = f"rdtest_{tag}_template"
    admin = _admin_engine(server_url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    made = [name]
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    try:
        migrate(url, role_prefix=prefix)
        for user, letter in USERS.items():
            role = "ministry" if letter == "M" else "registrar"
            grant(url, prefix + user, INSTITUTIONS[letter], role, password=PASSWORD)
        with psycopg.connect(libpq_url(url), autocommit=True) as connection:
            institutions = {
                letter: connection.execute(
                    "SELECT id FROM public.institution WHERE code = %s", (code,)
                ).fetchone()[0]  # type: ignore[index]
                for letter, code in INSTITUTIONS.items()
            }
        yield CentreTemplate(server_url, name, prefix, institutions, made)
    finally:
        drop_all(admin, made, prefix)
        admin.dispose()


def drop_all(admin: Any, databases: list[str], prefix: str) -> None:
    """Drop the run's databases, then its roles (cluster-wide); keep going past a failure."""
    failures = []
    with admin.connect() as connection:
        for database in list(databases):
            try:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            except Exception as error:  # reported below, after the rest is cleaned up
                failures.append(error)
        roles = list(
            connection.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": prefix + "%"}
            ).scalars()
        )
        for role in sorted(roles, key=lambda r: r.endswith(("owner", "staff"))):
            try:
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            except Exception as error:
                failures.append(error)
    if failures:
        raise RuntimeError(f"cleanup left something behind: {failures[0]}")


@pytest.fixture(scope="module")
def module_centre(
    centre_template: CentreTemplate, local_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Centre]:
    """A copy of the template for one test module (tests add rows with fresh ids), with a
    local snapshot of its reference data so that each workstation starts from it."""
    name = f"{centre_template.name[:-9]}_{secrets.token_hex(4)}"
    admin = _admin_engine(centre_template.server_url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{centre_template.name}"'))
    centre_template.made.append(name)
    url = make_url(centre_template.server_url).set(database=name)
    admin_url = url.render_as_string(hide_password=False)
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as connection:
        connection.execute(
            "UPDATE registrar_sync.config SET value = %s WHERE key = 'database_id'",
            (str(uuid.uuid4()),),
        )
    centre = Centre(admin_url, centre_template.prefix, dict(centre_template.institutions))
    snapshot = tmp_path_factory.mktemp("centre-snapshot") / "snapshot.db"
    shutil.copyfile(local_template, snapshot)
    engine = sqlcipher_engine(snapshot, KEY)
    reader = Workspace(engine, "snapshot", centre.institutions["M"], "SNAP", "MSE")
    SyncEngine(reader, centre.target("m1")).run()
    engine.dispose()
    centre.snapshot = snapshot
    try:
        yield centre
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        centre_template.made.remove(name)
        admin.dispose()


@pytest.fixture
def centre(module_centre: Centre) -> Centre:
    return module_centre


@pytest.fixture(scope="session")
def local_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted, migrated, empty local database to copy for each workstation."""
    path = tmp_path_factory.mktemp("local-template") / "template.db"
    engine = sqlcipher_engine(path, KEY)
    ensure_schema(engine)
    engine.dispose()
    return path


StationFactory = Callable[..., Station]


@pytest.fixture
def make_station(centre: Centre, tmp_path: Path) -> Iterator[StationFactory]:
    made: list[Station] = []

    def factory(name: str, user: str | None = None, *, first_sync: bool = True) -> Station:
        user = user or name
        letter = centre.users[user]
        path = tmp_path / f"{name}.db"
        assert centre.snapshot is not None
        shutil.copyfile(centre.snapshot, path)
        engine = sqlcipher_engine(path, KEY)
        workspace = Workspace(
            engine=engine,
            origin=uuid.uuid4().hex,
            institution_id=centre.institutions[letter],
            series=secrets.token_hex(2).upper(),
            institution_code=centre.codes[letter],
        )
        staff_id = uuid.uuid4()
        username = f"{name}-{secrets.token_hex(3)}"  # unique: the module shares one centre
        with workspace.write() as session:
            session.add(Workstation(id=uuid.uuid4(), series=workspace.series))
            settings.put(session, "institution", centre.codes[letter])
            session.add(
                Staff(
                    id=staff_id,
                    username=username,
                    display_name=f"Registrator {name}",
                    role="registrar",
                    password_hash="not-a-real-hash",
                )
            )
        station = Station(
            name=name,
            path=path,
            workspace=workspace,
            actor=Actor(staff_id=staff_id, username=username, role="registrar"),
            user=user,
            centre=centre,
        )
        if first_sync:
            station.sync()
        made.append(station)
        return station

    yield factory
    for station in made:
        station.engine.dispose()


def database_of(station: Station) -> Database:
    return Database(
        engine=station.engine,
        session_factory=session_factory(station.engine),
        path=station.path,
        demo=False,
    )


# ----- data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Applicant:
    person_id: uuid.UUID
    account_id: uuid.UUID
    application_id: uuid.UUID
    event_id: uuid.UUID


def add_applicant(
    station: Station,
    *,
    fin: str,
    mobile: str,
    email: str | None = None,
    confirmed: bool = True,
    with_document: bytes | None = None,
    random_blob_id: bool = False,
) -> Applicant:
    """A person with a portal account and a (confirmed) application with its first event."""
    now = datetime.now(UTC)
    person_id, account_id, application_id, event_id = (uuid.uuid4() for _ in range(4))
    with station.workspace.write() as session:
        if with_document is not None:
            # Looked up first: the query flushes, and the frozen-application guard refuses
            # children added to a confirmed application that is already flushed.
            sha = hashlib.sha256(with_document).hexdigest()
            blob_id = (
                uuid.uuid4()
                if random_blob_id
                else uuid.uuid5(station.workspace.institution_id, sha)
            )
            existing = session.scalars(
                select(EvidenceBlob.id).where(EvidenceBlob.sha256 == sha)
            ).first()
            if existing is not None:
                blob_id = existing
            else:
                session.add(
                    EvidenceBlob(
                        id=blob_id,
                        sha256=sha,
                        mime="application/pdf",
                        size=len(with_document),
                        data=with_document,
                    )
                )
        session.add(
            Person(
                id=person_id,
                national_key_type="fin",
                national_key=fin,
                citizenship_type="az",
                first_name="Aysel",
                last_name="Məmmədova",
                patronymic="Rauf",
            )
        )
        session.add(
            PortalAccount(
                id=account_id,
                person_id=person_id,
                mobile_country="AZ",
                mobile_e164=mobile,
                email=email or f"{fin.lower()}@example.az",
                password_hash="argon2-placeholder",
            )
        )
        session.add(
            Application(
                id=application_id,
                person_id=person_id,
                account_id=account_id,
                basis="state_funded",
                confirmed_at=now if confirmed else None,
                data_hash=hashlib.sha256(fin.encode()).hexdigest() if confirmed else None,
                snapshot_first_name="Aysel",
                snapshot_last_name="Məmmədova",
                snapshot_patronymic="Rauf",
                snapshot_key_type="fin",
                snapshot_key=fin,
                status_cache="SUBMITTED",
            )
        )
        session.add(
            ApplicationAnswer(
                id=uuid.uuid4(), application_id=application_id, field_id="pd.city", value="Bakı"
            )
        )
        session.add(
            ApplicationEvent(
                id=event_id,
                application_id=application_id,
                kind="submitted",
                status="SUBMITTED",
                actor_id=station.actor.staff_id,
                at=now,
            )
        )
        if with_document is not None:
            session.add(
                ApplicationDocument(
                    id=uuid.uuid4(),
                    application_id=application_id,
                    slot_id="ad.docs.required[0]",
                    title_az="Şəxsiyyət vəsiqəsi",
                    blob_id=blob_id,
                    file_name="vesiqe.pdf",
                    mime="application/pdf",
                    size=len(with_document),
                    sha256=sha,
                )
            )
    return Applicant(person_id, account_id, application_id, event_id)


def add_event(
    station: Station, application_id: uuid.UUID, after: uuid.UUID, status: str, reason: str
) -> uuid.UUID:
    event_id = uuid.uuid4()
    with station.workspace.write() as session:
        session.add(
            ApplicationEvent(
                id=event_id,
                application_id=application_id,
                supersedes=after,
                kind="review",
                status=status,
                reason=reason,
                actor_id=station.actor.staff_id,
                at=datetime.now(UTC),
            )
        )
    return event_id
