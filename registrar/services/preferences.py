"""What the settings dialog and first-run setup read and change, one audited transaction each.

The central database password is never a setting: it goes to the credential store (keyring)
under `central_password_entry(user)`, and the audit log records only that it was changed.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from registrar.models import Institution
from registrar.paths import resource
from registrar.services import audit, settings
from registrar.services.context import Actor, Workspace
from registrar.services.credentials import CredentialStore, central_password_entry
from registrar.services.database import Database
from registrar.services.errors import BadInput, PermissionDenied

log = logging.getLogger(__name__)

# The settings the dialog edits, in the order it checks them (the first bad one is reported).
EDITABLE = ("institution", "central_url", "central_user", "language", "backup_keep")
LANGUAGES = ("az", "en", "ru")


@dataclass(frozen=True)
class InstitutionChoice:
    code: str
    name_az: str
    kind: str  # hei | ministry
    verified: bool


@dataclass(frozen=True)
class Preferences:
    institution: str
    central_url: str
    central_user: str
    language: str
    backup_keep: int


def reference_institutions(path: Path | None = None) -> list[InstitutionChoice]:
    """The packaged institutions list (resources/reference/institutions.csv), for first-run setup.

    The database holds no reference data before setup, so the list comes from the file that
    setup will load.
    """
    source = path or resource("reference", "institutions.csv")
    with source.open(encoding="utf-8", newline="") as handle:
        return [
            InstitutionChoice(
                code=row["code"],
                name_az=row["name_az"],
                kind=row["kind"],
                verified=row.get("verified", "").strip().lower() == "true",
            )
            for row in csv.DictReader(handle)
            if row.get("code")
        ]


def institutions(workspace: Workspace) -> list[InstitutionChoice]:
    """The institutions this database knows (live rows), ordered by code."""
    with workspace.read() as session:
        rows = session.scalars(
            select(Institution).where(Institution.deleted_at.is_(None)).order_by(Institution.code)
        ).all()
        return [InstitutionChoice(r.code, r.name_az, r.kind, r.verified) for r in rows]


def institution_name(workspace: Workspace) -> str:
    """The Azerbaijani name of the workspace's institution (its code if the row has no name)."""
    with workspace.read() as session:
        name = session.scalars(
            select(Institution.name_az).where(Institution.id == workspace.institution_id)
        ).first()
    return name or workspace.institution_code


def language(db: Database) -> str:
    """The interface language stored in a database (before anyone has signed in)."""
    with db.session_factory() as session:
        value = settings.get(session, "language")
    return value if value in LANGUAGES else "az"


def load(workspace: Workspace) -> Preferences:
    with workspace.read() as session:
        values = {key: settings.get(session, key) or "" for key in EDITABLE}
    keep = values["backup_keep"]
    return Preferences(
        institution=values["institution"],
        central_url=values["central_url"],
        central_user=values["central_user"],
        language=values["language"] or "az",
        backup_keep=int(keep) if keep.isdigit() else 14,
    )


def save(workspace: Workspace, actor: Actor, changes: Mapping[str, str]) -> tuple[str, ...]:
    """Check every changed value, then store them all in one transaction, each one audited.

    Returns the keys whose value really changed. Raises BadInput naming the first bad field
    (its `field` is the setting key) before anything is written.
    """
    if actor.role != "admin":
        raise PermissionDenied("Only an administrator can change the settings.")
    for key, value in changes.items():
        if key not in EDITABLE:
            raise BadInput(f"The setting '{key}' cannot be changed here.", field=key)
        settings.check(key, value)
    changed: list[str] = []
    with workspace.write() as session:
        for key in EDITABLE:
            if key not in changes:
                continue
            value = changes[key]
            if settings.get(session, key) == value:
                continue
            if key == "institution":
                known = session.scalars(
                    select(Institution.id).where(
                        Institution.code == value, Institution.deleted_at.is_(None)
                    )
                ).first()
                if known is None:
                    raise BadInput(f"Unknown institution code '{value}'.", field="institution")
            settings.put(session, key, value)
            audit.record(session, actor, "settings.change", f"setting:{key}")
            changed.append(key)
    return tuple(changed)


def check_central_password(user: str, password: str) -> None:
    """The password needs a valid central user to be filed under (raises BadInput)."""
    if not user:
        raise BadInput("Set the central database user first.", field="central_user")
    settings.check("central_user", user)
    if not password:
        raise BadInput("The password is empty.", field="central_password")


def store_central_password(
    workspace: Workspace, actor: Actor, store: CredentialStore, user: str, password: str
) -> None:
    """Keep the central database password in the credential store; audit that it changed."""
    if actor.role != "admin":
        raise PermissionDenied("Only an administrator can change the settings.")
    check_central_password(user, password)
    store.set(central_password_entry(user), password)
    with workspace.write() as session:
        audit.record(session, actor, "settings.central_password", "setting:central_password")
