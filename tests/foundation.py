"""Helpers for foundation tests: an encrypted database with one institution, no reference seed."""

from __future__ import annotations

import uuid
from pathlib import Path

from registrar.models import Institution, Workstation
from registrar.services import settings
from registrar.services.context import Workspace
from registrar.services.credentials import new_raw_key
from registrar.services.database import Database, SessionContext
from registrar.services.workspace import load_workspace, open_local


def bare_workspace(path: Path, key: str | None = None) -> tuple[Database, Workspace, str]:
    key = key or new_raw_key()
    db = open_local(path, key)
    origin = uuid.uuid4().hex
    institution_id = uuid.uuid4()
    with db.session_factory.begin() as session:
        session.info[SessionContext.ORIGIN] = origin
        session.add(
            Institution(
                id=institution_id,
                institution_id=institution_id,
                code="TEST",
                name_az="Sınaq Universiteti",
                city="Bakı",
                ownership="state",
                founder_body="mse",
                source="test fixture",
            )
        )
        session.info[SessionContext.INSTITUTION] = institution_id
        session.add(Workstation(id=uuid.uuid4(), origin=origin, series="T1"))
        settings.put(session, "institution", "TEST")
    workspace = load_workspace(db)
    assert workspace is not None
    return db, workspace, key
