"""Opening the local database and setting up a new one (institution, workstation, admin)."""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Institution, Workstation
from registrar.services import audit, settings
from registrar.services.context import SYSTEM, Workspace
from registrar.services.credentials import CredentialStore, database_key
from registrar.services.database import (
    DEMO_KEY,
    Database,
    SessionContext,
    check_readable,
    session_factory,
    sqlcipher_engine,
)
from registrar.services.errors import BadInput, Unavailable
from registrar.services.schema import ensure_schema

# Registers the session guard that refuses changes to confirmed applications, in every process
# that opens a database (not only those that imported the intake service).
import registrar.services.frozen  # noqa: F401  isort: skip

log = logging.getLogger(__name__)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def open_local(path: Path, key: str, *, demo: bool = False, create: bool = True) -> Database:
    """Open (and create or migrate) an encrypted local database file."""
    if not path.exists() and not create:
        raise Unavailable(f"No database at {path}.")
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlcipher_engine(path, key)
    check_readable(engine)
    ensure_schema(engine)
    return Database(engine=engine, session_factory=session_factory(engine), path=path, demo=demo)


def open_for_command(path: Path, store: CredentialStore, *, demo: bool) -> Database:
    """Headless: the key from $REGISTRAR_DB_KEY or the keyring, else exit 3."""
    key = DEMO_KEY if demo else database_key(store, create=not path.exists())
    return open_local(path, key, demo=demo)


def load_workspace(db: Database) -> Workspace | None:
    """The workspace of a set-up database, or None when the first-run setup is still to do."""
    with db.session_factory() as session:
        code = settings.get(session, "institution")
        station = session.scalars(
            select(Workstation).where(
                Workstation.current.is_(True), Workstation.deleted_at.is_(None)
            )
        ).first()
        if code is None or station is None:
            return None
        institution = session.scalars(
            select(Institution).where(Institution.code == code, Institution.deleted_at.is_(None))
        ).first()
        if institution is None:
            return None
        return Workspace(
            engine=db.engine,
            origin=station.origin,
            institution_id=institution.id,
            series=station.series,
            institution_code=institution.code,
            demo=db.demo,
        )


def new_series(session: Session) -> str:
    """A new register series for this workstation: random, never one this database has used."""
    used = set(session.scalars(select(Workstation.series)).all())
    while True:
        series = "".join(secrets.choice(CROCKFORD) for _ in range(4))
        if series not in used:
            return series


@dataclass(frozen=True)
class SetupRequest:
    institution_code: str
    admin_username: str
    admin_display_name: str
    admin_password: str


def initialise(db: Database, request: SetupRequest) -> Workspace:
    """First run: reference data, this workstation's identity, the institution, the admin."""
    from registrar.services.reference_seed import seed_reference
    from registrar.services.staff import check_new_password, create_staff

    check_new_password(request.admin_password)
    origin = uuid.uuid4().hex
    with db.session_factory.begin() as session:
        session.info[SessionContext.ORIGIN] = origin
        if load_workspace(db) is not None:
            raise BadInput("This database is already set up.", field="institution")
        seed_reference(session)
        institution = session.scalars(
            select(Institution).where(
                Institution.code == request.institution_code, Institution.deleted_at.is_(None)
            )
        ).first()
        if institution is None:
            raise BadInput(
                f"Unknown institution code '{request.institution_code}'.", field="institution"
            )
        session.info[SessionContext.INSTITUTION] = institution.id
        session.add(Workstation(id=uuid.uuid4(), origin=origin, series=new_series(session)))
        settings.put(session, "institution", institution.code)
        audit.record(session, SYSTEM, "setup", f"institution:{institution.code}")
        create_staff(
            session,
            SYSTEM,
            username=request.admin_username,
            display_name=request.admin_display_name,
            role="admin",
            password=request.admin_password,
        )
    workspace = load_workspace(db)
    assert workspace is not None
    return workspace


def new_workstation_identity(db: Database, reason: str) -> Workspace:
    """Retire the current origin and series and start new ones (after a restore)."""
    from registrar.models.base import utcnow

    workspace = load_workspace(db)
    if workspace is None:
        raise BadInput("The database is not set up.", field="database")
    origin = uuid.uuid4().hex
    with db.session_factory.begin() as session:
        session.info[SessionContext.ORIGIN] = origin
        session.info[SessionContext.INSTITUTION] = workspace.institution_id
        for station in session.scalars(select(Workstation).where(Workstation.current.is_(True))):
            station.current = False
            station.retired_at = utcnow()
        session.add(Workstation(id=uuid.uuid4(), origin=origin, series=new_series(session)))
        audit.record(session, SYSTEM, "workstation.new_identity", None, reason)
    fresh = load_workspace(db)
    assert fresh is not None
    return fresh
