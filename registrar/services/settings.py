"""Settings of a database (institution, central database, security parameters, language).

They live in the database's local-only settings table, so the demo database and an office's
real database each carry their own. Passwords are never settings: they go to the keyring.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from registrar.models import LocalSetting
from registrar.services.errors import BadInput


def _url(value: str) -> str | None:
    if not re.match(r"^postgresql(\+psycopg)?://[^\s]+$", value):
        return "must be a PostgreSQL URL such as postgresql://host:5432/registrar"
    if re.match(r"^postgresql(\+psycopg)?://[^/@\s]*:[^/@\s]*@", value):
        return "must not contain a password; use `registrar config set-password`"
    return None


def _positive_int(value: str) -> str | None:
    return None if value.isdigit() and int(value) > 0 else "must be a positive whole number"


def _language(value: str) -> str | None:
    return None if value in {"az", "en", "ru"} else "must be one of az, en, ru"


def _username(value: str) -> str | None:
    return None if re.fullmatch(r"[A-Za-z0-9_.-]{1,63}", value) else "must be a database user name"


def _institution(value: str) -> str | None:
    return None if re.fullmatch(r"[A-Z0-9_-]{2,32}", value) else "must be an institution code"


@dataclass(frozen=True)
class SettingSpec:
    description: str
    check: Callable[[str], str | None] | None = None
    default: str | None = None


KNOWN: dict[str, SettingSpec] = {
    "institution": SettingSpec("code of the institution this database belongs to", _institution),
    "central_url": SettingSpec("central PostgreSQL URL, without a password", _url),
    "central_user": SettingSpec("user name at the central database", _username),
    "language": SettingSpec("language of the user interface (az, en, ru)", _language, "az"),
    "argon2_memory_kib": SettingSpec("argon2id memory cost in KiB", _positive_int, "19456"),
    "argon2_time_cost": SettingSpec("argon2id iterations", _positive_int, "2"),
    "argon2_parallelism": SettingSpec("argon2id parallelism", _positive_int, "1"),
    "idle_lock_minutes": SettingSpec(
        "minutes of inactivity before the screen locks", _positive_int, "5"
    ),
    "backup_keep": SettingSpec("number of backups kept", _positive_int, "14"),
    "sms_url_template": SettingSpec("SMS gateway URL with {phone} and {text}"),
    "sms_user": SettingSpec("SMS gateway user name"),
    "sms_resend_seconds": SettingSpec(
        "seconds before an SMS code can be resent", _positive_int, "120"
    ),
    "sync_interval_minutes": SettingSpec("minutes between automatic syncs", _positive_int, "5"),
    "retention_rejected_years": SettingSpec(
        "years a rejected application is kept before the retention purge", _positive_int, "5"
    ),
    "letterhead_name": SettingSpec("institution name on letters and orders"),
    "letterhead_address": SettingSpec("institution address on letters"),
    "letterhead_city": SettingSpec("place printed on orders, e.g. Bakı şəhəri"),
    "letterhead_parent_body": SettingSpec("line printed above the institution name"),
    "letterhead_contact": SettingSpec("telephone, e-mail or web address on letters"),
    "letterhead_logo": SettingSpec("path of the logo image printed on letters"),
    "signatory_name": SettingSpec("name of the signatory of orders and letters"),
    "signatory_title": SettingSpec("title of the signatory"),
}


def check(key: str, value: str) -> None:
    spec = KNOWN.get(key)
    if spec is None:
        raise BadInput(f"Unknown setting '{key}'. Known: {', '.join(sorted(KNOWN))}.", field="key")
    if spec.check is not None and (problem := spec.check(value)):
        raise BadInput(f"Setting '{key}' {problem}.", field=key)


def get(session: Session, key: str) -> str | None:
    if key not in KNOWN:
        raise BadInput(f"Unknown setting '{key}'. Known: {', '.join(sorted(KNOWN))}.", field="key")
    row = session.scalars(
        select(LocalSetting).where(LocalSetting.key == key, LocalSetting.deleted_at.is_(None))
    ).first()
    if row is not None:
        return row.value
    return KNOWN[key].default


def put(session: Session, key: str, value: str) -> None:
    """Store a checked value (callers record the change in the audit log)."""
    check(key, value)
    row = session.scalars(
        select(LocalSetting).where(LocalSetting.key == key, LocalSetting.deleted_at.is_(None))
    ).first()
    if row is None:
        session.add(LocalSetting(id=uuid.uuid4(), key=key, value=value))
    else:
        row.value = value
    session.flush()


def peek(engine: Engine, key: str) -> str | None:
    """Read one setting outside any service transaction (start-up)."""
    with Session(engine) as session:
        return get(session, key)
