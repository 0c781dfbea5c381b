"""TƏSDİQ ET: storing a confirmed application, its hash and number, and reading its status.

`store` writes, in the caller's write transaction: the person (with identity document and
name history), the portal account, the application with its answers, documents, fee-exemption
request and first status event, all in one flush so the freeze (services.frozen) lets them
in, then the audit entries. The application's `data_hash` is the SHA-256 of the RFC 8785
canonical JSON of its answers and document hashes (`canonical_payload`), so anyone can
recompute it from the stored rows (`recompute_hash`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from registrar.models import (
    AdmissionLine,
    Application,
    ApplicationAnswer,
    ApplicationDocument,
    ApplicationEvent,
    FeeExemptionRequest,
    IdentityDocument,
    Person,
    PersonName,
    PortalAccount,
)
from registrar.services import audit, numbering
from registrar.services import field_ids as F
from registrar.services import validation as V
from registrar.services.canonical import sha256_hex
from registrar.services.context import Actor, Workspace
from registrar.services.folding import fold
from registrar.services.intake_checks import Checker, Facts, yes_no
from registrar.services.intake_identity import account_of
from registrar.services.intake_types import (
    MOB_CONFIRMED_BY,
    NO,
    YES,
    ConfirmedApplication,
    MobileConfirmation,
    StoredFile,
)
from registrar.services.reference import DocumentSlot

HASH_FORMAT: Final = 1
FIRST_STATUS: Final = "SUBMITTED"
FIRST_EVENT_KIND: Final = "submitted"

# Admission data snapshot answers (spec P12 `ad.auto.*`; the names follow the proposed label
# keys in field_ids.PROPOSED, plus language and basis).
AD_AUTO_INSTITUTION: Final = "ad.auto.institution"
AD_AUTO_SPECIALTY: Final = "ad.auto.specialty"
AD_AUTO_SPECIALISATION: Final = "ad.auto.specialization"
AD_AUTO_STUDY_FORM: Final = "ad.auto.study_form"
AD_AUTO_LANGUAGE: Final = "ad.auto.language"
AD_AUTO_SCORE: Final = "ad.auto.score"
AD_AUTO_YEAR: Final = "ad.auto.year"

_DOC_TYPES: Final = {
    "az_citizen": "id_card",
    "migration_doc": "migration_doc",
    "unhcr": "unhcr_card",
}
OTHER_TITLE: Final = F.ATTESTED["common.other"]  # "Digər"

_LINE_ID = select(AdmissionLine.id).where(
    AdmissionLine.code == bindparam("code"), AdmissionLine.deleted_at.is_(None)
)
_DOCUMENTS = select(IdentityDocument).where(
    IdentityDocument.person_id == bindparam("person"), IdentityDocument.deleted_at.is_(None)
)


def _score(score: float | None) -> str:
    if score is None:
        return ""
    return str(int(score)) if score.is_integer() else repr(score)


def answers(
    values: Mapping[str, object], facts: Facts, mobile: MobileConfirmation, checker: Checker
) -> dict[str, str]:
    """The confirmed answers, normalised, keyed by field id (empty ones left out).

    Call only with values that passed the checks.
    """

    def text(field: str) -> str:
        value = values.get(field)
        return value.strip() if isinstance(value, str) else ""

    found = facts.match
    out: dict[str, str] = {F.REG_CITIZENSHIP: facts.citizenship or ""}
    key = facts.lookup.key or ""
    if facts.fin_path and found is not None:
        out[F.REG_FIN] = key
        if facts.citizenship == "migration_doc":
            out[F.REG_MIGRATION_DOC_TYPE] = text(F.REG_MIGRATION_DOC_TYPE)
        out[F.REG_FIRST_NAME] = found.first_name
        out[F.REG_LAST_NAME] = found.last_name
        out[F.REG_PATRONYMIC] = found.patronymic
        out[F.REG_BIRTH_DATE] = found.birth_date.isoformat() if found.birth_date else ""
    else:
        out[F.REG_UNHCR_DOC_NO] = key
        for field in (F.REG_FIRST_NAME, F.REG_LAST_NAME, F.REG_PATRONYMIC):
            out[field] = V.normalise_name(text(field))
        birth = V.parse_date(text(F.REG_BIRTH_DATE))
        out[F.REG_BIRTH_DATE] = birth.isoformat() if birth else ""
    country = text(F.MOB_COUNTRY).upper()
    out[F.MOB_COUNTRY] = country
    out[F.MOB_NUMBER] = mobile.phone
    out[MOB_CONFIRMED_BY] = mobile.how
    out[F.EM_EMAIL] = V.normalise_email(text(F.EM_EMAIL))
    out[F.APP_ADMISSION_LINE] = text(F.APP_ADMISSION_LINE)
    reg_address = V.normalise_text(text(F.PD_REG_ADDRESS))
    if facts.fin_path and found is not None and found.reg_address:
        reg_address = found.reg_address
    same = yes_no(values.get(F.PD_SAME_ADDRESS)) is True
    out[F.PD_REG_ADDRESS] = reg_address
    out[F.PD_SAME_ADDRESS] = YES if same else NO
    out[F.PD_ACTUAL_ADDRESS] = reg_address if same else V.normalise_text(text(F.PD_ACTUAL_ADDRESS))
    out[F.PD_ACTUAL_DISTRICT] = text(F.PD_ACTUAL_DISTRICT)
    out[F.PD_COUNTRY] = country
    out[F.PD_PHONE] = mobile.phone
    out[F.PD_EMAIL] = V.normalise_email(text(F.PD_EMAIL))
    admission = found.admission if found is not None else None
    if admission is not None:
        out[AD_AUTO_INSTITUTION] = admission.institution_code
        out[AD_AUTO_SPECIALTY] = admission.specialty_code
        out[AD_AUTO_SPECIALISATION] = admission.specialisation
        out[AD_AUTO_STUDY_FORM] = admission.study_form
        out[AD_AUTO_LANGUAGE] = admission.language
        out[F.AD_AUTO_ADMISSION_BASIS] = admission.basis
        out[AD_AUTO_SCORE] = _score(admission.score)
        out[AD_AUTO_YEAR] = str(admission.year)
    out[F.AD_PREV_STAGE] = text(F.AD_PREV_STAGE)
    out[F.AD_EDU_LEVEL] = text(F.AD_EDU_LEVEL)
    if admission is not None and admission.basis == F.ADMISSION_BASIS_FEE_PAYING:
        vulnerable = yes_no(values.get(F.FEE_VULNERABLE)) is True
        out[F.FEE_VULNERABLE] = YES if vulnerable else NO
        category = checker.category(text(F.FEE_CATEGORY)) if vulnerable else None
        if category is not None:
            out[F.FEE_CATEGORY] = category.code
            out.update(category.effective_answers(checker.fee_answers(category, values)))
            out[F.FEE_NOTES] = V.normalise_text(text(F.FEE_NOTES))
    return {field: value for field, value in out.items() if value}


def applicable_slots(
    values: Mapping[str, object], facts: Facts, checker: Checker
) -> list[DocumentSlot | str]:
    """The document slots these answers call for, in display order ("other" slots as ids):
    the admission line's, and the fee category's when a fee-paying applicant asks for the
    exemption. Files in any other slot are not part of the application."""
    slots: list[DocumentSlot | str] = []
    line = checker.line(str(values.get(F.APP_ADMISSION_LINE, "")).strip())
    if line is not None:
        slots.extend(line.documents)
    slots.append(F.AD_DOCS_OTHER)
    admission = facts.match.admission if facts.match is not None else None
    category = checker.category(str(values.get(F.FEE_CATEGORY, "")).strip())
    if (
        admission is not None
        and admission.basis == F.ADMISSION_BASIS_FEE_PAYING
        and yes_no(values.get(F.FEE_VULNERABLE)) is True
        and category is not None
    ):
        slots.extend(category.applicable_documents(checker.fee_answers(category, values)))
        slots.append(F.FEE_DOCS_OTHER)
    return slots


def slot_id(slot: DocumentSlot | str) -> str:
    return slot if isinstance(slot, str) else slot.id


def canonical_payload(
    fields: Mapping[str, str], documents: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    """What the data hash covers: the answers, and each slot's sorted document hashes."""
    return {
        "format": HASH_FORMAT,
        "fields": dict(fields),
        "documents": {slot: sorted(hashes) for slot, hashes in documents.items() if hashes},
    }


@dataclass(frozen=True)
class NewApplication:
    """Everything `store` needs; checked beforehand."""

    fields: dict[str, str]
    files: dict[str, list[StoredFile]]  # only applicable slots
    titles: dict[str, str]  # slot id -> AZ title
    blob_ids: dict[str, uuid.UUID]  # sha256 -> evidence blob id
    facts: Facts
    mobile: MobileConfirmation
    password_hash: str


def store(
    session: Session,
    workspace: Workspace,
    actor: Actor,
    new: NewApplication,
    now: datetime,
    year: int,
) -> ConfirmedApplication:
    fields = new.fields
    if session.get_bind().dialect.name == "sqlite":
        # The ORM orders a flush's INSERTs by class, not by foreign key (the models declare no
        # relationships): check the keys at COMMIT instead of per row. Ends with the transaction.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    number = numbering.issue_number(
        session,
        institution=workspace.institution_code,
        series=workspace.series,
        year=year,
        kind=None,
    )
    person = _person(session, new.facts, fields, now)
    account, created = _account(session, person, fields, new)
    documents = {slot: [f.sha256 for f in files] for slot, files in new.files.items()}
    data_hash = sha256_hex(canonical_payload(fields, documents))
    line_id = session.scalars(_LINE_ID, {"code": fields.get(F.APP_ADMISSION_LINE, "")}).first()
    application = Application(
        id=uuid.uuid4(),
        number=number,
        person_id=person.id,
        account_id=account.id,
        admission_line_id=line_id,
        basis=fields.get(F.AD_AUTO_ADMISSION_BASIS),
        exemption_requested=fields.get(F.FEE_VULNERABLE) == YES,
        confirmed_at=now,
        data_hash=data_hash,
        snapshot_first_name=fields.get(F.REG_FIRST_NAME, ""),
        snapshot_last_name=fields.get(F.REG_LAST_NAME, ""),
        snapshot_patronymic=fields.get(F.REG_PATRONYMIC, ""),
        snapshot_key_type=person.national_key_type,
        snapshot_key=person.national_key,
        search_folded=_folded(fields, person.national_key, number),
        status_cache=FIRST_STATUS,
    )
    rows: list[object] = [application]
    rows += [
        ApplicationAnswer(id=uuid.uuid4(), application_id=application.id, field_id=k, value=v)
        for k, v in sorted(fields.items())
    ]
    for slot, files in new.files.items():
        rows += [
            ApplicationDocument(
                id=uuid.uuid4(),
                application_id=application.id,
                slot_id=slot,
                title_az=new.titles.get(slot, OTHER_TITLE),
                blob_id=new.blob_ids[stored.sha256],
                file_name=stored.file_name,
                mime=stored.mime,
                size=stored.size,
                sha256=stored.sha256,
            )
            for stored in files
        ]
    if application.exemption_requested and F.FEE_CATEGORY in fields:
        rows.append(
            FeeExemptionRequest(
                id=uuid.uuid4(),
                application_id=application.id,
                category_code=fields[F.FEE_CATEGORY],
                notes=fields.get(F.FEE_NOTES),
            )
        )
    rows.append(
        ApplicationEvent(
            id=uuid.uuid4(),
            application_id=application.id,
            supersedes=None,
            kind=FIRST_EVENT_KIND,
            status=FIRST_STATUS,
            actor_id=actor.staff_id,
            at=now,
        )
    )
    session.add_all(rows)
    session.flush()  # the application and all its children in one flush (services.frozen)
    account_change = "created" if created else "updated"
    audit.record(
        session,
        actor,
        "application.confirm",
        f"application:{application.id}",
        f"portal_account:{account.id} {account_change}; mobile confirmed {new.mobile.how}",
    )
    return ConfirmedApplication(application.id, number, data_hash, now)


def _folded(fields: Mapping[str, str], key: str, number: str) -> str:
    parts = (
        fields.get(F.REG_LAST_NAME, ""),
        fields.get(F.REG_FIRST_NAME, ""),
        fields.get(F.REG_PATRONYMIC, ""),
        key,
        number,
    )
    return fold(" ".join(part for part in parts if part))


def _person(session: Session, facts: Facts, fields: Mapping[str, str], now: datetime) -> Person:
    key_type, key = facts.lookup.key_type or "", facts.lookup.key or ""
    first = fields.get(F.REG_FIRST_NAME, "")
    last = fields.get(F.REG_LAST_NAME, "")
    patronymic = fields.get(F.REG_PATRONYMIC, "")
    birth = V.parse_date(fields.get(F.REG_BIRTH_DATE, ""))
    address = fields.get(F.PD_REG_ADDRESS)
    person = session.get(Person, facts.person_id) if facts.person_id else None
    if person is None:
        person = Person(
            id=uuid.uuid4(),
            national_key_type=key_type,
            national_key=key,
            citizenship_type=facts.citizenship or "",
            first_name=first,
            last_name=last,
            patronymic=patronymic,
            birth_date=birth,
            reg_address=address,
        )
        session.add(person)
        known, renamed = False, True
    else:
        known = True
        renamed = (person.first_name, person.last_name, person.patronymic) != (
            first,
            last,
            patronymic,
        )
        if renamed:
            person.first_name, person.last_name, person.patronymic = first, last, patronymic
        if birth is not None and person.birth_date != birth:
            person.birth_date = birth
        if address and person.reg_address != address:
            person.reg_address = address
        if person.citizenship_type != facts.citizenship:
            person.citizenship_type = facts.citizenship or person.citizenship_type
    folded = fold(" ".join(p for p in (last, first, patronymic, key) if p))
    if person.search_folded != folded:
        person.search_folded = folded
    if renamed:
        session.add(
            PersonName(
                id=uuid.uuid4(),
                person_id=person.id,
                first_name=first,
                last_name=last,
                patronymic=patronymic,
                valid_from=now,
                reason="intake",
            )
        )
    doc_type = _DOC_TYPES.get(facts.citizenship or "", "id_card")
    migration_type = fields.get(F.REG_MIGRATION_DOC_TYPE)
    fin = key if facts.fin_path else None
    series = key if not facts.fin_path else None
    documents = session.scalars(_DOCUMENTS, {"person": person.id}).all() if known else ()
    if not any(
        (d.doc_type, d.fin, d.series_number, d.migration_doc_type)
        == (doc_type, fin, series, migration_type)
        for d in documents
    ):
        session.add(
            IdentityDocument(
                id=uuid.uuid4(),
                person_id=person.id,
                doc_type=doc_type,
                migration_doc_type=migration_type,
                series_number=series,
                fin=fin,
            )
        )
    return person


def _account(
    session: Session, person: Person, fields: Mapping[str, str], new: NewApplication
) -> tuple[PortalAccount, bool]:
    """The person's portal account, made or brought up to date; True if made now."""
    account = account_of(session, person.id) if new.facts.person_id is not None else None
    created = account is None
    if account is None:
        account = PortalAccount(id=uuid.uuid4(), person_id=person.id)
        session.add(account)
    account.mobile_country = fields.get(F.MOB_COUNTRY, "")
    account.mobile_e164 = new.mobile.phone
    account.email = fields.get(F.EM_EMAIL, "")
    account.password_hash = new.password_hash
    account.mobile_confirmed_how = new.mobile.how
    account.mobile_confirmed_by = new.mobile.by[:100]
    account.mobile_confirmed_at = new.mobile.at
    return account, created


def recompute_hash(session: Session, application_id: uuid.UUID) -> str:
    """The data hash recomputed from the stored answers and documents."""
    fields = {
        answer.field_id: answer.value
        for answer in session.scalars(
            select(ApplicationAnswer).where(
                ApplicationAnswer.application_id == application_id,
                ApplicationAnswer.deleted_at.is_(None),
            )
        )
    }
    documents: dict[str, list[str]] = {}
    for document in session.scalars(
        select(ApplicationDocument).where(
            ApplicationDocument.application_id == application_id,
            ApplicationDocument.deleted_at.is_(None),
        )
    ):
        documents.setdefault(document.slot_id, []).append(document.sha256)
    return sha256_hex(canonical_payload(fields, documents))
