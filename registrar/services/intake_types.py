"""The frozen dataclasses the intake service hands out (re-exported by services.intake)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

# Page ids of the wizard (spec/portal-steps.md).
PAGES: Final = ("P02", "P03", "P04", "P05", "P10", "P11", "P12", "P13", "P14", "P15", "P16")

# Values of the flat values dict that are not free text (docs/intake.md).
CITIZENSHIP_CODES: Final = ("az_citizen", "migration_doc", "unhcr")
YES: Final = "yes"
NO: Final = "no"
CONFIRMED_BY_SMS: Final = "sms"
CONFIRMED_IN_PERSON: Final = "in_person"
MOB_CONFIRMED_BY: Final = "mob.confirmed_by"

# Person.national_key_type for each citizenship path.
KEY_TYPE_BY_CITIZENSHIP: Final = {
    "az_citizen": "fin",
    "migration_doc": "migration_fin",
    "unhcr": "unhcr",
}
# AdmissionListEntry.key_type that holds the admission data of each person key type.
ADMISSION_KEY_TYPE: Final = {
    "fin": "fin",
    "migration_fin": "migration_fin",
    "unhcr": "dim_document",
}


@dataclass(frozen=True)
class StoredFile:
    slot_id: str
    file_name: str
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True)
class AdmissionData:
    """A person's admission, from the imported DİM admission list."""

    institution_code: str
    institution_name: str
    specialty_code: str
    specialty_name: str
    specialisation: str
    study_form: str
    language: str
    basis: str  # "state_funded" | "fee_paying"
    score: float | None
    year: int
    admission_line: str


@dataclass(frozen=True)
class PersonMatch:
    """The YOXLA result, shown read-only for the applicant to confirm."""

    source: str  # "admission_list" | "known_person"
    key_type: str  # "fin" | "migration_fin" | "unhcr"
    national_key: str
    first_name: str
    last_name: str
    patronymic: str
    birth_date: date | None
    reg_address: str | None
    admission: AdmissionData | None
    existing_person_id: uuid.UUID | None
    active_application_number: str | None  # already has an active application: refuse


@dataclass(frozen=True)
class ExistingApplicant:
    """An applicant already known ("found and offered, never entered twice")."""

    person_id: uuid.UUID
    reason: str  # "national_key" | "mobile" | "email"
    display_name: str
    masked_mobile: str
    masked_email: str
    active_application_number: str | None
    account_id: uuid.UUID | None = None  # for reset_portal_password


@dataclass(frozen=True)
class DraftSummary:
    id: uuid.UUID
    page: str
    updated_at: datetime
    label: str  # the applicant's name, or "—"


@dataclass(frozen=True)
class DraftState:
    id: uuid.UUID
    page: str
    values: dict[str, str]
    files: dict[str, list[StoredFile]]


@dataclass(frozen=True)
class CodeStatus:
    sent_to_masked: str
    seconds_until_resend: int
    expires_in: int


@dataclass(frozen=True)
class ConfirmedApplication:
    id: uuid.UUID
    number: str
    data_hash: str
    confirmed_at: datetime


@dataclass(frozen=True)
class StatusView:
    """P16: progress (part 1) and status (part 2). No payment step until P17 is specified."""

    number: str
    steps: list[tuple[str, str]]  # (AZ step label, "done" | "current" | "todo")
    status_code: str
    status_label_az: str
    last_message: str | None
    last_message_at: datetime | None


@dataclass(frozen=True)
class MobileConfirmation:
    """How, by whom and when a mobile number was confirmed, and which number (E.164)."""

    how: str  # "sms" | "in_person"
    by: str
    at: datetime
    phone: str
