"""The identity check (YOXLA) and duplicate detection, on the imported lists and known persons.

A FİN (or a migration document's FİN, or a UNHCR document number) is looked up in this
institution's imported DİM admission lists and among the persons it already knows. The same
queries find an applicant who already exists by national key, mobile number or e-mail, so
nobody is entered twice, and one with an active application is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from registrar.models import Application, Person, PortalAccount
from registrar.models.admission import AdmissionListEntry
from registrar.services import validation as V
from registrar.services.errors import NotFound
from registrar.services.intake_types import (
    ADMISSION_KEY_TYPE,
    AdmissionData,
    ExistingApplicant,
    PersonMatch,
)
from registrar.services.reference import ReferenceData

# Statuses (spec P16) after which an application no longer blocks a new one.
INACTIVE_STATUSES: Final = frozenset({"REJECTED"})
PERSON_KEY_TYPES: Final = tuple(ADMISSION_KEY_TYPE)


def normalise_key(key_type: str, raw: str) -> str:
    return V.normalise_doc_no(raw) if key_type == "unhcr" else V.normalise_fin(raw)


def key_violations(key_type: str, raw: object, field: str) -> list[V.Violation]:
    if key_type == "unhcr":
        return V.validate_unhcr_doc_no(raw, field)
    return V.validate_fin(raw, field)


# Statements built once (building them costs more than running them); parameters at call.
_ENTRY = (
    select(AdmissionListEntry)
    .where(
        AdmissionListEntry.institution_id == bindparam("institution"),
        AdmissionListEntry.key_type == bindparam("key_type"),
        AdmissionListEntry.national_key == bindparam("key"),
        AdmissionListEntry.deleted_at.is_(None),
    )
    .order_by(AdmissionListEntry.year.desc())
    .limit(1)
)
_PERSON = select(Person).where(
    Person.institution_id == bindparam("institution"),
    Person.national_key_type == bindparam("key_type"),
    Person.national_key == bindparam("key"),
    Person.deleted_at.is_(None),
)
_ACCOUNT = (
    select(PortalAccount)
    .where(PortalAccount.person_id == bindparam("person"), PortalAccount.deleted_at.is_(None))
    .order_by(PortalAccount.created_at)
    .limit(1)
)
_ACTIVE = (
    select(Application.id, Application.number)
    .where(
        Application.person_id == bindparam("person"),
        Application.deleted_at.is_(None),
        Application.status_cache.not_in(INACTIVE_STATUSES),
    )
    .order_by(Application.confirmed_at.desc())
    .limit(1)
)
_MOBILE_OWNER = select(PortalAccount.person_id).where(
    PortalAccount.institution_id == bindparam("institution"),
    PortalAccount.mobile_e164 == bindparam("value"),
    PortalAccount.deleted_at.is_(None),
)
_EMAIL_OWNER = select(PortalAccount.person_id).where(
    PortalAccount.institution_id == bindparam("institution"),
    PortalAccount.email == bindparam("value"),
    PortalAccount.deleted_at.is_(None),
)


def admission_entry(
    session: Session, institution_id: uuid.UUID, key_type: str, key: str
) -> AdmissionListEntry | None:
    """The person's entry of the latest admission year, if any list holds it."""
    params = {"institution": institution_id, "key_type": ADMISSION_KEY_TYPE[key_type], "key": key}
    return session.scalars(_ENTRY, params).first()


def person_by_key(
    session: Session, institution_id: uuid.UUID, key_type: str, key: str
) -> Person | None:
    params = {"institution": institution_id, "key_type": key_type, "key": key}
    return session.scalars(_PERSON, params).first()


def account_of(session: Session, person_id: uuid.UUID) -> PortalAccount | None:
    return session.scalars(_ACCOUNT, {"person": person_id}).first()


def active_application_number(session: Session, person_id: uuid.UUID) -> str | None:
    """The number of the person's active application (one at a time, spec M11), if any."""
    row = session.execute(_ACTIVE, {"person": person_id}).first()
    if row is None:
        return None
    return row.number or "—"


def admission_data(entry: AdmissionListEntry, reference: ReferenceData) -> AdmissionData:
    def name(getter: str, code: str) -> str:
        try:
            return str(getattr(reference, getter)(code).name_az)
        except NotFound:
            return code

    return AdmissionData(
        institution_code=entry.institution_code,
        institution_name=name("institution", entry.institution_code),
        specialty_code=entry.specialty_code,
        specialty_name=name("specialty", entry.specialty_code),
        specialisation=entry.specialisation,
        study_form=entry.study_form,
        language=entry.language,
        basis=entry.basis,
        score=entry.score,
        year=entry.year,
        admission_line=entry.admission_line,
    )


def match(
    session: Session,
    institution_id: uuid.UUID,
    reference: ReferenceData,
    key_type: str,
    key: str,
) -> PersonMatch | None:
    entry = admission_entry(session, institution_id, key_type, key)
    person = person_by_key(session, institution_id, key_type, key)
    if entry is None and person is None:
        return None
    active = active_application_number(session, person.id) if person is not None else None
    if entry is not None:
        return PersonMatch(
            source="admission_list",
            key_type=key_type,
            national_key=key,
            first_name=entry.first_name,
            last_name=entry.last_name,
            patronymic=entry.patronymic,
            birth_date=entry.birth_date,
            reg_address=entry.reg_address or (person.reg_address if person else None),
            admission=admission_data(entry, reference),
            existing_person_id=person.id if person is not None else None,
            active_application_number=active,
        )
    assert person is not None
    return PersonMatch(
        source="known_person",
        key_type=key_type,
        national_key=key,
        first_name=person.first_name,
        last_name=person.last_name,
        patronymic=person.patronymic,
        birth_date=person.birth_date,
        reg_address=person.reg_address,
        admission=None,
        existing_person_id=person.id,
        active_application_number=active,
    )


def mobile_owner(session: Session, institution_id: uuid.UUID, phone_e164: str) -> uuid.UUID | None:
    params = {"institution": institution_id, "value": phone_e164}
    return session.scalars(_MOBILE_OWNER, params).first()


def email_owner(session: Session, institution_id: uuid.UUID, email: str) -> uuid.UUID | None:
    return session.scalars(_EMAIL_OWNER, {"institution": institution_id, "value": email}).first()


@dataclass(frozen=True)
class Lookup:
    """What identifies the applicant in a set of values, normalised; None where not given."""

    key_type: str | None
    key: str | None
    phone: str | None  # E.164
    email: str | None


def mask_phone(phone: str) -> str:
    if len(phone) <= 6:
        return "*" * len(phone)
    return phone[:6] + "*" * (len(phone) - 8) + phone[-2:]


def mask_email(email: str) -> str:
    local, at, domain = email.partition("@")
    if not at:
        return "***"
    return (local[:1] or "*") + "***@" + domain


def existing(
    session: Session, institution_id: uuid.UUID, lookup: Lookup
) -> list[ExistingApplicant]:
    """Known applicants sharing the key, the mobile or the e-mail; one entry per person."""
    found: dict[uuid.UUID, str] = {}
    if lookup.key_type and lookup.key:
        person = person_by_key(session, institution_id, lookup.key_type, lookup.key)
        if person is not None:
            found.setdefault(person.id, "national_key")
    if lookup.phone and (owner := mobile_owner(session, institution_id, lookup.phone)):
        found.setdefault(owner, "mobile")
    if lookup.email and (owner := email_owner(session, institution_id, lookup.email)):
        found.setdefault(owner, "email")
    result: list[ExistingApplicant] = []
    for person_id, reason in found.items():
        person = session.get(Person, person_id)
        if person is None:
            continue
        account = account_of(session, person_id)
        result.append(
            ExistingApplicant(
                person_id=person_id,
                reason=reason,
                display_name=" ".join(
                    part
                    for part in (person.last_name, person.first_name, person.patronymic)
                    if part
                ),
                masked_mobile=mask_phone(account.mobile_e164) if account else "",
                masked_email=mask_email(account.email) if account else "",
                active_application_number=active_application_number(session, person_id),
                account_id=account.id if account else None,
            )
        )
    return result
