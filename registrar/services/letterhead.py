"""The letterhead and per-printer blank offsets, kept in the database's local settings table.

The keys are not in `settings.KNOWN` (the lead's list); until they are, this module reads and
writes them through the `LocalSetting` rows directly, with its own checks.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import Institution, LocalSetting
from registrar.services.errors import BadInput
from registrar.services.letters import Letterhead
from registrar.services.letters.blank import PrinterOffsets

KEYS: Final = (
    "letterhead_name",
    "letterhead_address",
    "letterhead_city",
    "letterhead_parent_body",
    "letterhead_contact",
    "letterhead_logo",
    "signatory_name",
    "signatory_title",
)
OFFSETS_PREFIX: Final = "printer_offsets:"
TEMPLATE_PREFIX: Final = "template:"
MAX_LENGTH: Final = 500


@dataclass(frozen=True)
class LetterheadSettings:
    """The stored values; empty strings where nothing is set."""

    values: dict[str, str]

    def get(self, key: str) -> str:
        return self.values.get(key, "")


def _row(session: Session, key: str) -> LocalSetting | None:
    return session.scalars(
        select(LocalSetting).where(LocalSetting.key == key, LocalSetting.deleted_at.is_(None))
    ).first()


def _read(session: Session, key: str) -> str | None:
    row = _row(session, key)
    return row.value if row is not None else None


def _write(session: Session, key: str, value: str) -> None:
    row = _row(session, key)
    if row is None:
        session.add(LocalSetting(id=uuid.uuid4(), key=key, value=value))
    else:
        row.value = value
    session.flush()


def read_settings(session: Session) -> LetterheadSettings:
    return LetterheadSettings({key: _read(session, key) or "" for key in KEYS})


def put(session: Session, key: str, value: str) -> None:
    """Store one letterhead value (callers audit the change); an empty value clears it."""
    if key not in KEYS:
        raise BadInput(
            f"Unknown letterhead setting '{key}'. Known: {', '.join(KEYS)}.", field="key"
        )
    value = value.strip()
    if len(value) > MAX_LENGTH:
        raise BadInput(f"'{key}' is longer than {MAX_LENGTH} characters.", field=key)
    if key == "letterhead_logo" and value:
        path = Path(value)
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg") or not path.is_file():
            raise BadInput("The logo must be an existing PNG or JPEG file.", field=key)
    _write(session, key, value)


def letterhead(
    session: Session,
    institution_id: uuid.UUID,
    *,
    signatory_name: str | None = None,
    signatory_title: str | None = None,
) -> Letterhead:
    """The letterhead of `institution_id`: stored values, else the institution's own row.

    `signatory_*` override the stored signatory (an order is signed by the one it names).
    """
    stored = read_settings(session)
    institution = session.get(Institution, institution_id)
    name = stored.get("letterhead_name") or (institution.name_az if institution else "")
    city = stored.get("letterhead_city") or (f"{institution.city} şəhəri" if institution else "")
    logo = stored.get("letterhead_logo")
    return Letterhead(
        institution_name=name,
        signatory_name=signatory_name or stored.get("signatory_name"),
        signatory_title=signatory_title or stored.get("signatory_title"),
        address=stored.get("letterhead_address"),
        city=city,
        parent_body=stored.get("letterhead_parent_body"),
        contact=stored.get("letterhead_contact"),
        logo_path=Path(logo) if logo and Path(logo).is_file() else None,
    )


def printer_offsets(session: Session, printer: str) -> PrinterOffsets:
    """The saved offsets of `printer` (zero when it was never calibrated)."""
    raw = _read(session, OFFSETS_PREFIX + printer)
    if not raw:
        return PrinterOffsets(0.0, 0.0)
    return PrinterOffsets.from_dict(json.loads(raw))


def put_printer_offsets(session: Session, printer: str, offsets: PrinterOffsets) -> None:
    if not printer.strip():
        raise BadInput("Choose a printer.", field="printer")
    key = OFFSETS_PREFIX + printer.strip()
    if len(key) > 64:
        key = OFFSETS_PREFIX + uuid.uuid5(uuid.NAMESPACE_URL, printer.strip()).hex
    _write(session, key, json.dumps(offsets.as_dict(), sort_keys=True))


def template_text(session: Session, kind: str) -> str | None:
    """The office's edited template of `kind`, or None for the shipped one."""
    return _read(session, TEMPLATE_PREFIX + kind) or None


def put_template(session: Session, kind: str, text: str | None) -> None:
    """Store an edited template after `validate_template` passed; None restores the shipped one.

    Callers check the text first (`letters.validate_template`) and audit the change.
    """
    from registrar.services.letters import validate_template

    if text is None:
        row = _row(session, TEMPLATE_PREFIX + kind)
        if row is not None:
            session.delete(row)
            session.flush()
        return
    validate_template(kind, text)
    _write(session, TEMPLATE_PREFIX + kind, text)
