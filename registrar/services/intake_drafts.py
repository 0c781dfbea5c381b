"""Intake drafts: the wizard's values, SMS state and attached files, in the local database.

A draft is one `draft` row (local-only, never synced) whose `data_json` holds the values
keyed by field id, the SMS confirmation state and the recorded mobile confirmation; attached
files are `draft_file` rows pointing at evidence blobs stored once by SHA-256. Passwords and
typed SMS codes are never written: `save_values` drops them. Each function works in the
caller's session (one service call, one transaction).
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from registrar.models import Draft, DraftFile, EvidenceBlob
from registrar.models.base import utcnow
from registrar.services import field_ids as F
from registrar.services.context import Actor
from registrar.services.errors import BadInput, Conflict, NotFound
from registrar.services.evidence import EvidenceInfo
from registrar.services.intake_types import (
    MOB_CONFIRMED_BY,
    PAGES,
    DraftSummary,
    MobileConfirmation,
    StoredFile,
)

DRAFT_KIND: Final = "intake"
FORMAT: Final = 1
NEVER_SAVED: Final = frozenset({F.PW_PASSWORD, F.PW_PASSWORD_REPEAT, F.MOB_CODE, MOB_CONFIRMED_BY})
MAX_VALUE: Final = 10_000  # characters in one saved value
MAX_VALUES: Final = 500
MAX_FILES_PER_SLOT: Final = 10

MSG_DRAFT_CLOSED: Final = "Bu qaralama artıq bağlanıb (təsdiq edilib və ya silinib)."
MSG_DRAFT_MISSING: Final = "Qaralama tapılmadı."
MSG_FILE_MISSING: Final = "Fayl tapılmadı."


@dataclass(frozen=True)
class DraftData:
    """The decoded `data_json` of a draft."""

    values: dict[str, str]
    sms: dict[str, Any] | None  # ConfirmationState.as_dict() plus "phone" (E.164)
    mobile: MobileConfirmation | None
    application_id: str | None = None  # set when the draft was confirmed

    def encode(self) -> str:
        mobile = None
        if self.mobile is not None:
            mobile = {
                "how": self.mobile.how,
                "by": self.mobile.by,
                "at": self.mobile.at.isoformat(),
                "phone": self.mobile.phone,
            }
        document = {
            "format": FORMAT,
            "values": self.values,
            "sms": self.sms,
            "mobile": mobile,
            "application_id": self.application_id,
        }
        return json.dumps(document, ensure_ascii=False, sort_keys=True)


def decode(text: str) -> DraftData:
    document = json.loads(text or "{}")
    raw_values = document.get("values") or {}
    values = {str(k): str(v) for k, v in raw_values.items() if isinstance(v, str)}
    raw_mobile = document.get("mobile")
    mobile = None
    if isinstance(raw_mobile, dict):
        mobile = MobileConfirmation(
            how=str(raw_mobile["how"]),
            by=str(raw_mobile["by"]),
            at=datetime.fromisoformat(str(raw_mobile["at"])),
            phone=str(raw_mobile["phone"]),
        )
    sms = document.get("sms")
    return DraftData(
        values=values,
        sms=sms if isinstance(sms, dict) else None,
        mobile=mobile,
        application_id=document.get("application_id"),
    )


def label(values: Mapping[str, str]) -> str:
    name = " ".join(
        part.strip()
        for part in (values.get(F.REG_LAST_NAME, ""), values.get(F.REG_FIRST_NAME, ""))
        if part.strip()
    )
    return name or "—"


def clean_values(values: Mapping[str, str]) -> dict[str, str]:
    """The values a draft may keep: text keyed by field id, never a password or code."""
    if not isinstance(values, Mapping):
        raise BadInput("Values must be a mapping of field ids to text.", field="values")
    if len(values) > MAX_VALUES:
        raise BadInput("Too many values for one draft.", field="values")
    cleaned: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise BadInput("Values must be a mapping of field ids to text.", field=str(key))
        if key in NEVER_SAVED:
            continue
        if len(value) > MAX_VALUE:
            raise BadInput(F.MSG_TOO_LONG.format(max=MAX_VALUE), field=key)
        cleaned[key] = value
    return cleaned


def clean_file_name(name: str) -> str:
    """The base name of an uploaded file, without path or control characters, at most 255."""
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    if len(base) > 255:
        stem, dot, extension = base.rpartition(".")
        base = (stem[: 250 - len(extension)] + dot + extension) if dot else base[:255]
    return base or "file"


def create(session: Session, actor: Actor, page: str = "P02") -> uuid.UUID:
    draft = Draft(
        id=uuid.uuid4(),
        kind=DRAFT_KIND,
        page=page,
        data_json=DraftData({}, None, None).encode(),
        staff_id=actor.staff_id,
    )
    session.add(draft)
    session.flush()
    return draft.id


def get(session: Session, draft_id: uuid.UUID, *, open_only: bool = True) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None or draft.kind != DRAFT_KIND or draft.deleted_at is not None:
        raise NotFound(MSG_DRAFT_MISSING, field="draft")
    if open_only and draft.closed_at is not None:
        raise Conflict(MSG_DRAFT_CLOSED, field="draft")
    return draft


def check_page(page: str) -> None:
    if page not in PAGES:
        raise BadInput(f"Unknown page '{str(page)[:10]}'.", field="page")


def save(session: Session, draft_id: uuid.UUID, page: str, values: Mapping[str, str]) -> None:
    check_page(page)
    cleaned = clean_values(values)
    draft = get(session, draft_id)
    data = decode(draft.data_json)
    text = DraftData(cleaned, data.sms, data.mobile).encode()
    if draft.page != page:
        draft.page = page
    if draft.data_json != text:
        draft.data_json = text


def write_data(draft: Draft, data: DraftData) -> None:
    draft.data_json = data.encode()


def summaries(session: Session) -> list[DraftSummary]:
    drafts = session.scalars(
        select(Draft)
        .where(
            Draft.kind == DRAFT_KIND,
            Draft.closed_at.is_(None),
            Draft.deleted_at.is_(None),
        )
        .order_by(Draft.updated_at.desc())
    )
    return [
        DraftSummary(draft.id, draft.page, draft.updated_at, label(decode(draft.data_json).values))
        for draft in drafts
    ]


def files(session: Session, draft_id: uuid.UUID) -> dict[str, list[StoredFile]]:
    rows = session.execute(
        select(DraftFile, EvidenceBlob.sha256, EvidenceBlob.mime, EvidenceBlob.size)
        .join(EvidenceBlob, EvidenceBlob.id == DraftFile.blob_id)
        .where(DraftFile.draft_id == draft_id, DraftFile.deleted_at.is_(None))
        .order_by(DraftFile.created_at, DraftFile.id)
    )
    result: dict[str, list[StoredFile]] = {}
    for draft_file, sha256, mime, size in rows:
        stored = StoredFile(draft_file.slot_id, draft_file.file_name, mime, size, sha256)
        result.setdefault(draft_file.slot_id, []).append(stored)
    return result


_BLOB = select(EvidenceBlob).where(
    EvidenceBlob.institution_id == bindparam("institution"),
    EvidenceBlob.sha256 == bindparam("sha256"),
    EvidenceBlob.deleted_at.is_(None),
)


def blob_for(session: Session, institution_id: uuid.UUID, sha256: str) -> EvidenceBlob | None:
    return session.scalars(_BLOB, {"institution": institution_id, "sha256": sha256}).first()


def store_blob(
    session: Session, institution_id: uuid.UUID, info: EvidenceInfo, data: bytes
) -> EvidenceBlob:
    """The blob holding these bytes, stored now if this institution does not have it yet."""
    blob = blob_for(session, institution_id, info.sha256)
    if blob is None:
        blob = EvidenceBlob(
            id=uuid.uuid4(),
            institution_id=institution_id,
            sha256=info.sha256,
            mime=info.mime,
            size=info.size,
            data=data,
        )
        session.add(blob)
        session.flush()
    return blob


def attach(
    session: Session,
    draft_id: uuid.UUID,
    institution_id: uuid.UUID,
    slot_id: str,
    file_name: str,
    info: EvidenceInfo,
    data: bytes,
) -> StoredFile:
    get(session, draft_id)
    name = clean_file_name(file_name)
    present = files(session, draft_id).get(slot_id, [])
    for stored in present:
        if stored.sha256 == info.sha256:
            return stored  # the same file twice in one slot is kept once
    if len(present) >= MAX_FILES_PER_SLOT:
        raise BadInput(F.MSG_TOO_MANY_DOCUMENTS.format(max=MAX_FILES_PER_SLOT), field=slot_id)
    blob = store_blob(session, institution_id, info, data)
    session.add(
        DraftFile(
            id=uuid.uuid4(), draft_id=draft_id, slot_id=slot_id, blob_id=blob.id, file_name=name
        )
    )
    session.flush()
    return StoredFile(slot_id, name, blob.mime, blob.size, blob.sha256)


def detach(session: Session, draft_id: uuid.UUID, slot_id: str, sha256: str) -> None:
    get(session, draft_id)
    row = session.scalars(
        select(DraftFile)
        .join(EvidenceBlob, EvidenceBlob.id == DraftFile.blob_id)
        .where(
            DraftFile.draft_id == draft_id,
            DraftFile.slot_id == slot_id,
            DraftFile.deleted_at.is_(None),
            EvidenceBlob.sha256 == sha256,
        )
    ).first()
    if row is None:
        raise NotFound(MSG_FILE_MISSING, field=slot_id)
    row.deleted_at = utcnow()


def close(session: Session, draft: Draft, application_id: uuid.UUID | None) -> None:
    """Close a draft: its personal data are dropped and its files detached."""
    now = utcnow()
    draft.closed_at = now
    draft.data_json = DraftData(
        {}, None, None, str(application_id) if application_id else None
    ).encode()
    for row in session.scalars(
        select(DraftFile).where(DraftFile.draft_id == draft.id, DraftFile.deleted_at.is_(None))
    ):
        row.deleted_at = now
