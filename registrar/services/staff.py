"""Staff accounts and sign-in (argon2id; locks for a while after repeated failures)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Staff
from registrar.models.base import utcnow
from registrar.services import audit, settings
from registrar.services.context import ROLES, Actor, Workspace
from registrar.services.errors import BadInput, PermissionDenied
from registrar.services.passwords import Argon2Params, hash_password, verify_password

MAX_FAILED = 5
LOCK_MINUTES = 5


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    active: bool

    def actor(self) -> Actor:
        return Actor(staff_id=self.id, username=self.username, role=self.role)


def _row(staff: Staff) -> StaffRow:
    return StaffRow(staff.id, staff.username, staff.display_name, staff.role, staff.active)


def argon2_params(session: Session) -> Argon2Params:
    return Argon2Params(
        memory_kib=int(settings.get(session, "argon2_memory_kib") or 19456),
        time_cost=int(settings.get(session, "argon2_time_cost") or 2),
        parallelism=int(settings.get(session, "argon2_parallelism") or 1),
    )


def check_new_password(password: str) -> None:
    if (
        len(password) < 8
        or not any(c.isalpha() for c in password)
        or not any(c.isdigit() for c in password)
    ):
        raise BadInput(
            "Şifrə ən azı 8 simvol olmalı, hərf və rəqəm daxil etməlidir.", field="password"
        )


def create_staff(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
) -> StaffRow:
    if actor.role != "admin":
        raise PermissionDenied("Only an administrator can create staff accounts.")
    username = username.strip().lower()
    if (
        not username
        or len(username) > 64
        or not username.replace(".", "").replace("_", "").isalnum()
    ):
        raise BadInput(
            "İstifadəçi adı yalnız hərf, rəqəm, nöqtə və alt xətdən ibarət olmalıdır.",
            field="username",
        )
    if role not in ROLES:
        raise BadInput(f"Unknown role '{role}'.", field="role")
    check_new_password(password)
    exists = session.scalars(
        select(Staff.id).where(Staff.username == username, Staff.deleted_at.is_(None))
    ).first()
    if exists is not None:
        raise BadInput("Bu istifadəçi adı artıq mövcuddur.", field="username")
    staff = Staff(
        id=uuid.uuid4(),
        username=username,
        display_name=display_name.strip() or username,
        role=role,
        password_hash=hash_password(password, argon2_params(session)),
    )
    session.add(staff)
    session.flush()
    audit.record(session, actor, "staff.create", f"staff:{staff.id}", f"role {role}")
    return _row(staff)


class SignInFailed(BadInput):
    code = "sign_in_failed"


def sign_in(workspace: Workspace, username: str, password: str) -> StaffRow:
    """Check a password; five failures lock the account for a few minutes.

    The message never says whether the user name or the password was wrong.
    """
    generic = "İstifadəçi adı və ya şifrə yanlışdır."
    failure: str | None = None
    row: StaffRow | None = None
    with workspace.write() as session:
        staff = session.scalars(
            select(Staff).where(
                Staff.username == username.strip().lower(), Staff.deleted_at.is_(None)
            )
        ).first()
        now = utcnow()
        if staff is None or not staff.active:
            failure = generic
        elif staff.locked_until is not None and staff.locked_until > now:
            minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
            failure = f"Hesab müvəqqəti bağlanıb; {minutes} dəqiqədən sonra yenidən cəhd edin."
        elif not verify_password(staff.password_hash, password):
            failure = generic
            staff.failed_attempts += 1
            actor = Actor(staff.id, staff.username, staff.role)
            if staff.failed_attempts >= MAX_FAILED:
                staff.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                staff.failed_attempts = 0
                audit.record(session, actor, "sign_in.locked", f"staff:{staff.id}")
            else:
                audit.record(session, actor, "sign_in.failed", f"staff:{staff.id}")
        else:
            staff.failed_attempts = 0
            staff.locked_until = None
            row = _row(staff)
            audit.record(session, row.actor(), "sign_in", f"staff:{staff.id}")
    # The failure counter is committed above; only then is the failure reported.
    if failure is not None or row is None:
        raise SignInFailed(failure or generic)
    return row


def list_staff(workspace: Workspace) -> list[StaffRow]:
    with workspace.read() as session:
        return [
            _row(s)
            for s in session.scalars(
                select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.username)
            )
        ]
