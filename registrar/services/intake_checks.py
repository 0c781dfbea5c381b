"""Intake validation: the validation module's field checks plus the checks that need data.

The wizard, the headless intake and the demo generator all come through `check`: the values
(flat, keyed by field id, as in docs/intake.md) are turned into the record the validators
expect, the facts the database holds about the applicant are added (YOXLA result, admission
data, who already uses the mobile number or e-mail), and every problem is returned at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy.orm import Session

from registrar.services import field_ids as F
from registrar.services import validation as V
from registrar.services.intake_identity import (
    Lookup,
    email_owner,
    key_violations,
    match,
    mobile_owner,
    normalise_key,
)
from registrar.services.intake_types import (
    CITIZENSHIP_CODES,
    KEY_TYPE_BY_CITIZENSHIP,
    NO,
    YES,
    PersonMatch,
    StoredFile,
)
from registrar.services.integrity import UNIQUE_FIELDS
from registrar.services.reference import AdmissionLine, FeeCategory, ReferenceData

# Rule ids of the checks that need data (the field checks' ids are in services.validation).
RULE_NOT_FOUND: Final = "identity.not_found"
RULE_IDENTITY_MISMATCH: Final = "identity.mismatch"
RULE_NO_ADMISSION: Final = "admission.not_found"
RULE_LINE_MISMATCH: Final = "admission_line.mismatch"
RULE_ACTIVE: Final = "applicant.active_application"
RULE_MOBILE_TAKEN: Final = "mobile.taken"
RULE_EMAIL_TAKEN: Final = "email.taken"
RULE_UNCONFIRMED: Final = "mobile.unconfirmed"
RULE_LEVEL_STAGE: Final = "edu_level.stage"

MSG_NOT_FOUND: Final = F.PROPOSED["reg.not_found"]  # "Məlumat tapılmadı."
MSG_MOBILE_TAKEN: Final = F.PROPOSED["mob.in_use"]
MSG_EMAIL_TAKEN: Final = UNIQUE_FIELDS["uq_portal_account_email"][1]
# Proposed by us; need native review.
MSG_IDENTITY_MISMATCH: Final = "Bu məlumat FİN üzrə tapılan məlumatla uyğun gəlmir."
MSG_NO_ADMISSION: Final = "Bu şəxs idxal edilmiş qəbul siyahılarında yoxdur."
MSG_LINE_MISMATCH: Final = "Qəbul siyahısına görə bu şəxsin qəbul xətti başqadır."
MSG_ACTIVE: Final = "Bu şəxsin aktiv müraciəti var: {number}."
MSG_UNCONFIRMED: Final = (
    "Mobil nömrə təsdiqlənməyib: SMS ilə gələn şifrəni daxil edin və ya nömrəni şəxsən təsdiqləyin."
)
MSG_LEVEL_STAGE: Final = "Təhsil səviyyəsi seçilmiş təhsil pilləsinə aid deyil."

_CITIZENSHIP_TO_VALIDATION: Final = {
    "az_citizen": F.CITIZENSHIP_AZ_CITIZEN,
    "migration_doc": F.CITIZENSHIP_MIGRATION_DOC,
    "unhcr": F.CITIZENSHIP_UNHCR,
}
_YES_NO_FIELDS: Final = (F.PD_SAME_ADDRESS, F.FEE_VULNERABLE)
_IDENTITY_FIELDS: Final = (F.REG_FIRST_NAME, F.REG_LAST_NAME, F.REG_PATRONYMIC)


def citizenship(values: Mapping[str, object]) -> str | None:
    """The citizenship code (az_citizen, migration_doc, unhcr) of the values, if valid."""
    value = values.get(F.REG_CITIZENSHIP)
    if isinstance(value, str) and value.strip() in CITIZENSHIP_CODES:
        return value.strip()
    parsed = V.parse_citizenship(value)
    if parsed is None:
        return None
    return {v: k for k, v in _CITIZENSHIP_TO_VALIDATION.items()}[parsed]


def key_field(code: str | None) -> str:
    return F.REG_UNHCR_DOC_NO if code == "unhcr" else F.REG_FIN


def yes_no(value: object) -> bool | None:
    """True for "yes", False for "no" (also Bəli/Xeyr), else None."""
    if isinstance(value, str) and value.strip().lower() in (YES, NO):
        return value.strip().lower() == YES
    return V.parse_yes_no(value)


def phone_of(values: Mapping[str, object], codes: Mapping[str, str]) -> str | None:
    country, number = values.get(F.MOB_COUNTRY), values.get(F.MOB_NUMBER)
    if isinstance(country, str) and isinstance(number, str):
        return V.normalise_phone(country, number, codes)
    return None


def email_of(values: Mapping[str, object]) -> str | None:
    value = values.get(F.EM_EMAIL)
    if isinstance(value, str) and not V.validate_email(value):
        return V.normalise_email(value)
    return None


def lookup_of(values: Mapping[str, object], codes: Mapping[str, str]) -> Lookup:
    code = citizenship(values)
    key_type = KEY_TYPE_BY_CITIZENSHIP.get(code or "")
    raw = values.get(key_field(code))
    key = None
    if key_type and isinstance(raw, str) and not key_violations(key_type, raw, "key"):
        key = normalise_key(key_type, raw)
    return Lookup(key_type, key, phone_of(values, codes), email_of(values))


@dataclass(frozen=True)
class Facts:
    """What the database says about the applicant the values describe."""

    citizenship: str | None
    lookup: Lookup
    match: PersonMatch | None
    phone_owner: uuid.UUID | None
    email_owner: uuid.UUID | None

    @property
    def person_id(self) -> uuid.UUID | None:
        return self.match.existing_person_id if self.match else None

    @property
    def fin_path(self) -> bool:
        return self.citizenship in ("az_citizen", "migration_doc")


def gather(
    session: Session,
    institution_id: uuid.UUID,
    reference: ReferenceData,
    values: Mapping[str, object],
    codes: Mapping[str, str],
) -> Facts:
    lookup = lookup_of(values, codes)
    found = None
    if lookup.key_type and lookup.key:
        found = match(session, institution_id, reference, lookup.key_type, lookup.key)
    return Facts(
        citizenship=citizenship(values),
        lookup=lookup,
        match=found,
        phone_owner=mobile_owner(session, institution_id, lookup.phone) if lookup.phone else None,
        email_owner=email_owner(session, institution_id, lookup.email) if lookup.email else None,
    )


class Checker:
    """Field and data checks of intake values, page by page (one per service)."""

    def __init__(self, reference: ReferenceData, codes: Mapping[str, str] = V.DIALLING_CODES):
        self._reference = reference
        self.codes = codes
        self._lines = {line.code: line for line in reference.admission_lines}
        self._categories = {category.code: category for category in reference.fee_categories}
        levels = reference.choices("education_levels")
        self._level_stage = {level.code: level.parent_code for level in levels}
        self.ref = V.IntakeReference(
            admission_lines=frozenset(self._lines),
            admission_documents=self._line_documents,
            districts=frozenset(item.code for item in reference.subdivisions),
            migration_doc_types=_codes(reference, "migration_document_types"),
            prev_stages=_codes(reference, "previous_education_stages"),
            edu_levels=frozenset(self._level_stage),
            fee_categories=frozenset(self._categories),
            fee_sub_fields=self._fee_sub_fields,
            fee_documents=self._fee_documents,
            dialling_codes=codes,
        )

    # -- reference callables for services.validation -------------------------------------

    def _line_documents(self, code: str) -> list[str]:
        return [slot.id for slot in self._lines[code].documents if slot.required]

    def fee_answers(self, category: FeeCategory, record: Mapping[str, object]) -> dict[str, str]:
        """The record's valid answers to the category's sub-questions (others are ignored)."""
        answers: dict[str, str] = {}
        for question in category.sub_questions:
            value = record.get(question.id)
            if isinstance(value, str) and value in {option.id for option in question.options}:
                answers[question.id] = value
        return answers

    def _fee_sub_fields(self, code: str, record: Mapping[str, object]) -> list[str]:
        category = self._categories[code]
        answers = self.fee_answers(category, record)
        return [q.id for q in category.visible_sub_questions(answers) if q.required]

    def _fee_documents(self, code: str, record: Mapping[str, object]) -> list[str]:
        category = self._categories[code]
        return [slot.id for slot in category.required_documents(self.fee_answers(category, record))]

    # -- the record the validators read ---------------------------------------------------

    def record(
        self,
        values: Mapping[str, object],
        files: Mapping[str, Sequence[StoredFile]],
        facts: Facts | None,
    ) -> dict[str, object]:
        record: dict[str, object] = dict(values)
        code = citizenship(values)
        if code is not None:
            record[F.REG_CITIZENSHIP] = _CITIZENSHIP_TO_VALIDATION[code]
        for field in _YES_NO_FIELDS:
            answer = yes_no(values.get(field))
            if answer is not None:
                record[field] = answer
        for slot, stored in files.items():
            if stored:
                record[slot] = list(stored)
        if facts is not None and facts.match is not None:
            found = facts.match
            if facts.fin_path:
                record[F.REG_FIRST_NAME] = found.first_name
                record[F.REG_LAST_NAME] = found.last_name
                record[F.REG_PATRONYMIC] = found.patronymic
                record[F.REG_BIRTH_DATE] = found.birth_date
                if found.reg_address:
                    record[F.PD_REG_ADDRESS] = found.reg_address
            if found.admission is not None:
                record[F.AD_AUTO_ADMISSION_BASIS] = found.admission.basis
        return record

    # -- checks ---------------------------------------------------------------------------

    def page(
        self,
        page: str,
        values: Mapping[str, object],
        files: Mapping[str, Sequence[StoredFile]],
        facts: Facts,
        *,
        today: date,
        mobile_confirmed: bool,
    ) -> list[V.Violation]:
        """Every problem of one page (P14: of the whole application)."""
        if page == "P14":
            return self.all(values, files, facts, today=today, mobile_confirmed=mobile_confirmed)
        record = self.record(values, files, facts)
        found: list[V.Violation] = []
        if page == "P02":
            found += V.validate_document_page(record, self.ref, today=today)
            found += self._identity(values, facts)
        elif page == "P03":
            found += V.validate_mobile_page(record, self.ref)
            found += self._mobile(facts, mobile_confirmed)
        elif page == "P04":
            found += V.validate_email_page(record)
            found += self._email(facts)
        elif page == "P05":
            found += V.validate_password_page(record)
        elif page == "P10":
            found += V.validate_admission_line_page(record, self.ref)
            found += self._admission(values, facts)
        elif page == "P11":
            found += V.validate_personal_page(record, self.ref)
        elif page == "P12":
            found += V.validate_admission_page(record, self.ref)
            found += self._stage_and_level(record)
        elif page == "P13":
            found += V.validate_fee_page(record, self.ref)
            found += self._fee_options(record)
        return _unique(found)

    def all(
        self,
        values: Mapping[str, object],
        files: Mapping[str, Sequence[StoredFile]],
        facts: Facts,
        *,
        today: date,
        mobile_confirmed: bool,
        password: bool = False,
    ) -> list[V.Violation]:
        """Every problem of a whole application; passwords are checked only with `password`."""
        record = self.record(values, files, facts)
        found = V.validate_document_page(record, self.ref, today=today)
        found += self._identity(values, facts)
        if facts.fin_path and facts.match is not None:
            found += V.validate_identity(record, today=today)
        found += V.validate_mobile_page(record, self.ref)
        found += self._mobile(facts, mobile_confirmed)
        found += V.validate_email_page(record)
        found += self._email(facts)
        if password:
            found += V.validate_password_page(record)
        found += V.validate_admission_line_page(record, self.ref)
        found += self._admission(values, facts)
        found += V.validate_personal_page(record, self.ref)
        found += V.validate_admission_page(record, self.ref)
        found += self._stage_and_level(record)
        found += V.validate_fee_page(record, self.ref)
        found += self._fee_options(record)
        return _unique(found)

    def _identity(self, values: Mapping[str, object], facts: Facts) -> list[V.Violation]:
        field = key_field(facts.citizenship)
        if facts.lookup.key is None:
            return []  # the field check reports the format
        if facts.fin_path and facts.match is None:
            return [V.Violation(RULE_NOT_FOUND, MSG_NOT_FOUND, field)]
        found: list[V.Violation] = []
        if facts.match is not None and facts.match.active_application_number:
            message = MSG_ACTIVE.format(number=facts.match.active_application_number)
            found.append(V.Violation(RULE_ACTIVE, message, field))
        if facts.fin_path and facts.match is not None:
            looked_up = {
                F.REG_FIRST_NAME: facts.match.first_name,
                F.REG_LAST_NAME: facts.match.last_name,
                F.REG_PATRONYMIC: facts.match.patronymic,
            }
            for name_field in _IDENTITY_FIELDS:
                given = values.get(name_field)
                if (
                    isinstance(given, str)
                    and given.strip()
                    and V.normalise_name(given) != looked_up[name_field]
                ):
                    found.append(
                        V.Violation(RULE_IDENTITY_MISMATCH, MSG_IDENTITY_MISMATCH, name_field)
                    )
            given_birth = values.get(F.REG_BIRTH_DATE)
            if (
                isinstance(given_birth, str)
                and given_birth.strip()
                and V.parse_date(given_birth) != facts.match.birth_date
            ):
                found.append(
                    V.Violation(RULE_IDENTITY_MISMATCH, MSG_IDENTITY_MISMATCH, F.REG_BIRTH_DATE)
                )
        return found

    def _mobile(self, facts: Facts, confirmed: bool) -> list[V.Violation]:
        if facts.lookup.phone is None:
            return []  # the field check reports the format
        if facts.phone_owner is not None and facts.phone_owner != facts.person_id:
            return [V.Violation(RULE_MOBILE_TAKEN, MSG_MOBILE_TAKEN, F.MOB_NUMBER)]
        if not confirmed:
            return [V.Violation(RULE_UNCONFIRMED, MSG_UNCONFIRMED, F.MOB_CODE)]
        return []

    def _email(self, facts: Facts) -> list[V.Violation]:
        if facts.email_owner is not None and facts.email_owner != facts.person_id:
            return [V.Violation(RULE_EMAIL_TAKEN, MSG_EMAIL_TAKEN, F.EM_EMAIL)]
        return []

    def _admission(self, values: Mapping[str, object], facts: Facts) -> list[V.Violation]:
        if facts.lookup.key is None:
            return []
        admission = facts.match.admission if facts.match is not None else None
        if admission is None:
            return [V.Violation(RULE_NO_ADMISSION, MSG_NO_ADMISSION, key_field(facts.citizenship))]
        line = values.get(F.APP_ADMISSION_LINE)
        if (
            isinstance(line, str)
            and line.strip() in self._lines
            and line.strip() != admission.admission_line
        ):
            return [V.Violation(RULE_LINE_MISMATCH, MSG_LINE_MISMATCH, F.APP_ADMISSION_LINE)]
        return []

    def _stage_and_level(self, record: Mapping[str, object]) -> list[V.Violation]:
        found: list[V.Violation] = []
        line = self._lines.get(str(record.get(F.APP_ADMISSION_LINE, "")).strip())
        if line is not None and line.manual_stage_and_level:
            for field in (F.AD_PREV_STAGE, F.AD_EDU_LEVEL):
                found += V.validate_required(record.get(field), field)
        stage, level = record.get(F.AD_PREV_STAGE), record.get(F.AD_EDU_LEVEL)
        if (
            isinstance(stage, str)
            and isinstance(level, str)
            and level.strip() in self._level_stage
            and self._level_stage[level.strip()] != stage.strip()
        ):
            found.append(V.Violation(RULE_LEVEL_STAGE, MSG_LEVEL_STAGE, F.AD_EDU_LEVEL))
        return found

    def _fee_options(self, record: Mapping[str, object]) -> list[V.Violation]:
        """An answer to a sub-question of the chosen category that is not one of its options."""
        if record.get(F.FEE_VULNERABLE) is not True:
            return []
        category = self._categories.get(str(record.get(F.FEE_CATEGORY, "")).strip())
        if category is None:
            return []
        found: list[V.Violation] = []
        for question in category.sub_questions:
            value = record.get(question.id)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if not isinstance(value, str) or value not in {o.id for o in question.options}:
                found.append(V.Violation(V.RULE_CHOICE, F.MSG_CHOICE_UNKNOWN, question.id))
        return found

    # -- reference helpers for the service --------------------------------------------------

    def category(self, code: str) -> FeeCategory | None:
        return self._categories.get(code)

    def line(self, code: str) -> AdmissionLine | None:
        return self._lines.get(code)

    def known_slots(self) -> frozenset[str]:
        slots = {F.AD_DOCS_OTHER, F.FEE_DOCS_OTHER}
        for line in self._lines.values():
            slots.update(slot.id for slot in line.documents)
        for category in self._categories.values():
            slots.update(slot.id for slot in category.documents)
        return frozenset(slots)


def _codes(reference: ReferenceData, list_name: str) -> frozenset[str]:
    return frozenset(choice.code for choice in reference.choices(list_name))


def _unique(violations: Iterable[V.Violation]) -> list[V.Violation]:
    seen: set[tuple[str | None, str]] = set()
    result: list[V.Violation] = []
    for violation in violations:
        if (violation.field, violation.rule) not in seen:
            seen.add((violation.field, violation.rule))
            result.append(violation)
    return result


def as_errors(violations: Iterable[V.Violation]) -> list[dict[str, object]]:
    return [{"field": v.field, "rule": v.rule, "message": v.message} for v in violations]
