"""Headless intake records (`registrar intake FILE.json`): reading them, and their JSON Schema.

A record is one JSON object keyed by the spec's field ids, the same flat shape as the
wizard's values; document slots hold a path (or a list of paths) relative to the JSON file.
`parse` splits a record into text values and files read from disk and checked by content,
and reports every problem it finds (unknown keys, wrong types, missing or unusable files)
as violations, so the caller can list them together with the validation's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from registrar.services import evidence
from registrar.services import field_ids as F
from registrar.services import validation as V
from registrar.services.errors import BadInput
from registrar.services.intake_checks import Checker
from registrar.services.intake_types import (
    CITIZENSHIP_CODES,
    CONFIRMED_BY_SMS,
    CONFIRMED_IN_PERSON,
    MOB_CONFIRMED_BY,
    NO,
    YES,
    StoredFile,
)
from registrar.services.reference import ReferenceData

RULE_UNKNOWN_FIELD: Final = "field.unknown"
RULE_FILE: Final = "document.file"
RULE_NOT_APPLICABLE: Final = "document.not_applicable"
RULE_CONFIRMED_BY: Final = "mobile.confirmed_by"

# Proposed by us; need native review.
MSG_NOT_OBJECT: Final = "Fayl sahə identifikatorları ilə bir JSON obyekti olmalıdır."
MSG_UNKNOWN_FIELD: Final = "Naməlum sahə."
MSG_NOT_TEXT: Final = "Dəyər mətn olmalıdır."
MSG_DOC_PATHS: Final = "Sənəd faylın yolu (mətn) və ya yolların siyahısı olmalıdır."
MSG_FILE_MISSING: Final = "Fayl tapılmadı: {path}"
MSG_NOT_APPLICABLE: Final = "Bu sənəd seçilmiş cavablara görə tələb olunmur."
MSG_SMS_HEADLESS: Final = (
    "Komanda sətrindən qəbulda mobil nömrə yalnız şəxsən təsdiqlənə bilər: "
    '"in_person" yazın və təsdiqləyən əməkdaşı --operator ilə göstərin.'
)
MSG_NO_OPERATOR: Final = "Nömrəni şəxsən təsdiqləyən əməkdaşı --operator ilə göstərin."

TEXT_FIELDS: Final = (
    F.REG_CITIZENSHIP,
    F.REG_FIN,
    F.REG_MIGRATION_DOC_TYPE,
    F.REG_UNHCR_DOC_NO,
    F.REG_FIRST_NAME,
    F.REG_LAST_NAME,
    F.REG_PATRONYMIC,
    F.REG_BIRTH_DATE,
    F.MOB_COUNTRY,
    F.MOB_NUMBER,
    MOB_CONFIRMED_BY,
    F.EM_EMAIL,
    F.EM_EMAIL_REPEAT,
    F.PW_PASSWORD,
    F.PW_PASSWORD_REPEAT,
    F.APP_ADMISSION_LINE,
    F.PD_REG_ADDRESS,
    F.PD_SAME_ADDRESS,
    F.PD_ACTUAL_ADDRESS,
    F.PD_ACTUAL_DISTRICT,
    F.PD_COUNTRY,
    F.PD_PHONE,
    F.PD_EMAIL,
    F.PD_EMAIL_REPEAT,
    F.AD_PREV_STAGE,
    F.AD_EDU_LEVEL,
    F.FEE_VULNERABLE,
    F.FEE_CATEGORY,
    F.FEE_NOTES,
)
_OPERATOR_MAX: Final = 100


@dataclass
class ParsedRecord:
    values: dict[str, str] = field(default_factory=dict)  # text fields, passwords included
    files: dict[str, list[StoredFile]] = field(default_factory=dict)
    data: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    infos: dict[str, evidence.EvidenceInfo] = field(default_factory=dict)  # sha256 -> info
    violations: list[V.Violation] = field(default_factory=list)
    is_record: bool = True  # False: not a JSON object at all


def clean_operator(operator: str | None) -> str:
    text = unicodedata.normalize("NFC", operator or "").strip()
    if len(text) > _OPERATOR_MAX or any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise BadInput(
            f"--operator must be a name of at most {_OPERATOR_MAX} characters.", field="operator"
        )
    return text


def parse(
    record: object, base_dir: Path, checker: Checker, reference: ReferenceData, operator: str
) -> ParsedRecord:
    parsed = ParsedRecord()
    if not isinstance(record, Mapping):
        parsed.violations.append(V.Violation(V.RULE_INVALID, MSG_NOT_OBJECT, "record"))
        parsed.is_record = False
        return parsed
    sub_fields = {q.id for c in reference.fee_categories for q in c.sub_questions}
    slots = checker.known_slots()
    known_text = set(TEXT_FIELDS) | sub_fields
    for key, value in record.items():
        key = str(key)
        if key in known_text:
            if value is None:
                continue
            if isinstance(value, str):
                parsed.values[key] = value
            else:
                parsed.violations.append(V.Violation(V.RULE_INVALID, MSG_NOT_TEXT, key))
        elif key in slots:
            _read_files(parsed, key, value, base_dir)
        else:
            name = key[:64] or "record"  # an empty key is the record's problem
            parsed.violations.append(V.Violation(RULE_UNKNOWN_FIELD, MSG_UNKNOWN_FIELD, name))
    how = parsed.values.get(MOB_CONFIRMED_BY, "").strip()
    if not how:
        parsed.violations.append(V.Violation(V.RULE_REQUIRED, F.MSG_REQUIRED, MOB_CONFIRMED_BY))
    elif how == CONFIRMED_BY_SMS:
        parsed.violations.append(V.Violation(RULE_CONFIRMED_BY, MSG_SMS_HEADLESS, MOB_CONFIRMED_BY))
    elif how != CONFIRMED_IN_PERSON:
        parsed.violations.append(V.Violation(V.RULE_CHOICE, F.MSG_CHOICE_UNKNOWN, MOB_CONFIRMED_BY))
    elif not operator:
        parsed.violations.append(V.Violation(RULE_CONFIRMED_BY, MSG_NO_OPERATOR, MOB_CONFIRMED_BY))
    return parsed


def _read_files(parsed: ParsedRecord, slot: str, value: object, base_dir: Path) -> None:
    paths = [value] if isinstance(value, str) else value
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
        parsed.violations.append(V.Violation(V.RULE_INVALID, MSG_DOC_PATHS, slot))
        return
    for text in paths:
        problem = _read_file(parsed, slot, text, base_dir)
        if problem is not None:
            parsed.violations.append(V.Violation(RULE_FILE, problem, slot))
            return


def _read_file(parsed: ParsedRecord, slot: str, text: str, base_dir: Path) -> str | None:
    shown = text.strip()[:200]
    if not shown or "\x00" in text:
        return MSG_FILE_MISSING.format(path=repr(shown))
    path = base_dir / text.strip()
    try:
        if not path.is_file():
            return MSG_FILE_MISSING.format(path=shown)
        with path.open("rb") as handle:  # one byte past the limit is enough to refuse it
            data = handle.read(evidence.MAX_BYTES + 1)
    except (OSError, ValueError):
        return MSG_FILE_MISSING.format(path=shown)
    try:
        info = evidence.inspect_file(data, path.name, field=slot)
    except BadInput as error:
        return error.message
    stored = StoredFile(slot, _file_name(path.name), info.mime, info.size, info.sha256)
    present = parsed.files.setdefault(slot, [])
    if all(item.sha256 != info.sha256 for item in present):
        present.append(stored)
        parsed.data[info.sha256] = data
        parsed.infos[info.sha256] = info
    return None


def _file_name(name: str) -> str:
    from registrar.services.intake_drafts import clean_file_name

    return clean_file_name(name)


# ---- JSON Schema -----------------------------------------------------------------------------


def _text(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def intake_schema(reference: ReferenceData) -> dict[str, Any]:
    """The JSON Schema (2020-12) of a headless intake record, with this reference data's codes.

    It describes shapes and codes; the intake also applies every check of the wizard.
    """
    yes_no = [YES, NO]
    properties: dict[str, Any] = {
        F.REG_CITIZENSHIP: _text("P02 citizenship", enum=list(CITIZENSHIP_CODES)),
        F.REG_FIN: _text(
            "P02-A/P02-B FİN: 7 Latin capital letters or digits", pattern="^[A-Za-z0-9]{7}$"
        ),
        F.REG_MIGRATION_DOC_TYPE: _text(
            "P02-B migration document type",
            enum=[c.code for c in reference.choices("migration_document_types")],
        ),
        F.REG_UNHCR_DOC_NO: _text(
            "P02-C UNHCR document series and number: 3-20 letters or digits",
            pattern="^[A-Za-z0-9 ]{3,40}$",
        ),
        F.REG_FIRST_NAME: _text("P02-C first name (FİN paths: from the admission list)"),
        F.REG_LAST_NAME: _text("P02-C surname (FİN paths: from the admission list)"),
        F.REG_PATRONYMIC: _text("P02-C patronymic (FİN paths: from the admission list)"),
        F.REG_BIRTH_DATE: _text("P02-C date of birth, YYYY-MM-DD", format="date"),
        F.MOB_COUNTRY: _text(
            "P03 country of the mobile number, ISO 3166-1 alpha-2",
            enum=sorted(V.DIALLING_CODES),
        ),
        F.MOB_NUMBER: _text("P03 mobile number, as typed or E.164 (+994501234567)"),
        MOB_CONFIRMED_BY: _text(
            "how the mobile number was confirmed; headless: in_person with --operator NAME",
            enum=[CONFIRMED_IN_PERSON],
        ),
        F.EM_EMAIL: _text("P04 e-mail (the portal login; unique)", format="email"),
        F.EM_EMAIL_REPEAT: _text("P04 e-mail again"),
        F.PW_PASSWORD: _text(
            "P05 portal password: at least 8 characters with a letter and a digit; "
            "stored only as an argon2id hash"
        ),
        F.PW_PASSWORD_REPEAT: _text("P05 password again"),
        F.APP_ADMISSION_LINE: _text(
            "P10 admission line", enum=[line.code for line in reference.admission_lines]
        ),
        F.PD_REG_ADDRESS: _text(
            "P11 registered address; required unless the admission list gives it"
        ),
        F.PD_SAME_ADDRESS: _text("P11 is the actual address the registered one?", enum=yes_no),
        F.PD_ACTUAL_ADDRESS: _text("P11 actual address; required when pd.same_address is no"),
        F.PD_ACTUAL_DISTRICT: _text(
            "P11 district of actual residence, ISO 3166-2:AZ",
            enum=[s.code for s in reference.subdivisions],
        ),
        F.PD_COUNTRY: _text("P11 read-only copy of mob.country (ignored)"),
        F.PD_PHONE: _text("P11 read-only copy of mob.number (ignored)"),
        F.PD_EMAIL: _text("P11 contact e-mail", format="email"),
        F.PD_EMAIL_REPEAT: _text("P11 contact e-mail again"),
        F.AD_PREV_STAGE: _text(
            "P12 previous education stage (foreigners)",
            enum=[c.code for c in reference.choices("previous_education_stages")],
        ),
        F.AD_EDU_LEVEL: _text(
            "P12 education level (foreigners)",
            enum=[c.code for c in reference.choices("education_levels")],
        ),
        F.FEE_VULNERABLE: _text(
            "P13 fee exemption requested (fee-paying admissions only)", enum=yes_no
        ),
        F.FEE_CATEGORY: _text(
            "P13 fee-exemption category", enum=[c.code for c in reference.fee_categories]
        ),
        F.FEE_NOTES: _text("P13 notes for the institution", maxLength=V.NOTES_MAX),
    }
    for category in reference.fee_categories:
        for question in category.sub_questions:
            properties.setdefault(
                question.id,
                _text(
                    f"P13 sub-question of {category.code}: {question.label_en}",
                    enum=[option.id for option in question.options],
                ),
            )
    document = {
        "description": "path of a jpg, png or pdf file relative to the JSON file, or a list",
        "oneOf": [
            {"type": "string", "minLength": 1},
            {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ],
    }
    slots: dict[str, str] = {F.AD_DOCS_OTHER: "P12 other documents"}
    for line in reference.admission_lines:
        for slot in line.documents:
            slots.setdefault(slot.id, f"P12 document: {slot.label_en}")
    for category in reference.fee_categories:
        for slot in category.documents:
            slots.setdefault(slot.id, f"P13 document: {slot.label_en}")
    slots[F.FEE_DOCS_OTHER] = "P13 other documents"
    for slot_name, description in slots.items():
        properties[slot_name] = {
            **document,
            "description": f"{description}; {document['description']}",
        }

    def when(field_id: str, value: str, then: list[str]) -> dict[str, Any]:
        return {
            "if": {"properties": {field_id: {"const": value}}, "required": [field_id]},
            "then": {"required": then},
        }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Registrar Desk headless intake record",
        "description": (
            "One application, keyed by the field ids of spec/portal-steps.md; see docs/intake.md."
        ),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "required": [
            F.REG_CITIZENSHIP,
            F.MOB_COUNTRY,
            F.MOB_NUMBER,
            MOB_CONFIRMED_BY,
            F.EM_EMAIL,
            F.EM_EMAIL_REPEAT,
            F.PW_PASSWORD,
            F.PW_PASSWORD_REPEAT,
            F.APP_ADMISSION_LINE,
            F.PD_SAME_ADDRESS,
            F.PD_ACTUAL_DISTRICT,
            F.PD_EMAIL,
            F.PD_EMAIL_REPEAT,
        ],
        "allOf": [
            when(F.REG_CITIZENSHIP, "az_citizen", [F.REG_FIN]),
            when(F.REG_CITIZENSHIP, "migration_doc", [F.REG_FIN, F.REG_MIGRATION_DOC_TYPE]),
            when(
                F.REG_CITIZENSHIP,
                "unhcr",
                [
                    F.REG_UNHCR_DOC_NO,
                    F.REG_FIRST_NAME,
                    F.REG_LAST_NAME,
                    F.REG_PATRONYMIC,
                    F.REG_BIRTH_DATE,
                    F.PD_REG_ADDRESS,
                ],
            ),
            when(F.PD_SAME_ADDRESS, NO, [F.PD_ACTUAL_ADDRESS]),
            when(F.FEE_VULNERABLE, YES, [F.FEE_CATEGORY]),
        ],
    }
