"""Field validators for intake and review: Violations with Azerbaijani messages, never raising.

Every validator takes the raw value as `object` (what a widget, a JSON file or a spreadsheet
cell gave), returns a list of `Violation` (empty = valid) and never raises, whatever the
input: None, a number where text belongs, a huge or control-character string. Each violation
names its field id (`field_ids`). Values are checked after the same normalisation the
`normalise_*` functions apply, so store the normalised value (see `normalise_intake`).

Formats marked "Proposal" in the spec (FİN, names, dates, phone, e-mail, password) are
implemented as proposed there; reference data (admission lines, districts, fee categories
and their document slots) comes in through `IntakeReference`, so this module does no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Final

from registrar.services import field_ids as F
from registrar.services.errors import ValidationErrors
from registrar.services.folding import fold


@dataclass(frozen=True)
class Violation:
    rule: str  # stable id; tests and the UI key on it
    message: str
    field: str | None = None


# Stable rule ids.
RULE_REQUIRED: Final = "required"
RULE_INVALID: Final = "invalid"  # wrong type or unusable value
RULE_TOO_LONG: Final = "text.too_long"
RULE_TEXT_CHARS: Final = "text.chars"
RULE_CHOICE: Final = "choice.unknown"
RULE_YES_NO: Final = "yes_no.invalid"
RULE_FIN: Final = "fin.format"
RULE_UNHCR_DOC: Final = "unhcr_doc.format"
RULE_NAME_CHARS: Final = "name.chars"
RULE_DATE: Final = "date.format"
RULE_BIRTH_FUTURE: Final = "birth_date.future"
RULE_AGE: Final = "birth_date.age"
RULE_COUNTRY: Final = "phone.country"
RULE_PHONE_FORMAT: Final = "phone.format"
RULE_PHONE_COUNTRY_CODE: Final = "phone.country_code"
RULE_PHONE_LENGTH: Final = "phone.length"
RULE_PHONE_OPERATOR: Final = "phone.operator"
RULE_EMAIL: Final = "email.format"
RULE_EMAIL_MISMATCH: Final = "email.mismatch"
RULE_PASSWORD: Final = "password.weak"
RULE_PASSWORD_MISMATCH: Final = "password.mismatch"
RULE_SMS_CODE: Final = "sms_code.format"
RULE_TOO_MANY_DOCS: Final = "documents.too_many"
RULE_FEE_NOT_APPLICABLE: Final = "fee.not_applicable"

# Limits (spec proposals unless noted).
NAME_MAX: Final = 50
UNHCR_DOC_MIN: Final = 3
UNHCR_DOC_MAX: Final = 20
AGE_MIN: Final = 16
AGE_MAX: Final = 100
AZ_NATIONAL_DIGITS: Final = 9
PHONE_MIN_DIGITS: Final = 6
PHONE_MAX_DIGITS: Final = 12
EMAIL_MAX: Final = 254
EMAIL_LOCAL_MAX: Final = 64
PASSWORD_MIN: Final = 8
PASSWORD_MAX: Final = 128  # ours: bounds the hashing work
ADDRESS_MAX: Final = 250
NOTES_MAX: Final = 1000
SMS_CODE_LENGTH: Final = 6
MAX_OTHER_DOCUMENTS: Final = 10  # spec P13 ("Digər"); applied to P12's "other" list too

AZ_MOBILE_PREFIXES: Final = ("10", "50", "51", "55", "60", "70", "77", "99")

# ITU-T E.164 country calling codes, by ISO 3166-1 alpha-2: the countries applicants most
# often come from. Pass your own table through IntakeReference.dialling_codes to extend it.
DIALLING_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "AZ": "994", "AE": "971", "AF": "93", "AM": "374", "AT": "43", "AU": "61",
        "BD": "880", "BE": "32", "BG": "359", "BH": "973", "BR": "55", "BY": "375",
        "CA": "1", "CH": "41", "CN": "86", "CZ": "420", "DE": "49", "DZ": "213",
        "EE": "372", "EG": "20", "ES": "34", "FI": "358", "FR": "33", "GB": "44",
        "GE": "995", "GR": "30", "HU": "36", "ID": "62", "IL": "972", "IN": "91",
        "IQ": "964", "IR": "98", "IT": "39", "JO": "962", "JP": "81", "KG": "996",
        "KR": "82", "KW": "965", "KZ": "7", "LB": "961", "LK": "94", "LT": "370",
        "LV": "371", "LY": "218", "MA": "212", "MD": "373", "MY": "60", "NG": "234",
        "NL": "31", "NO": "47", "NP": "977", "OM": "968", "PK": "92", "PL": "48",
        "PS": "970", "QA": "974", "RO": "40", "RU": "7", "SA": "966", "SD": "249",
        "SE": "46", "SY": "963", "TJ": "992", "TM": "993", "TN": "216", "TR": "90",
        "UA": "380", "US": "1", "UZ": "998", "YE": "967",
    }
)  # fmt: skip


@dataclass(frozen=True)
class IntakeReference:
    """Reference data the record checks need; None means "not checked" for that item.

    `admission_documents(line)` gives the required document slot ids of an admission line;
    `fee_sub_fields(category, answers)` and `fee_documents(category, answers)` give the
    required `fee.sub.*` ids and `fee.doc.*` slot ids of a category, given the sub-answers
    so far (`answers` holds the record's `fee.sub.*` items). The callables are called only
    with a value that passed the matching container check.
    """

    admission_lines: Container[str] | None = None
    admission_documents: Callable[[str], Iterable[str]] | None = None
    districts: Container[str] | None = None
    migration_doc_types: Container[str] | None = None
    prev_stages: Container[str] | None = None
    edu_levels: Container[str] | None = None
    fee_categories: Container[str] | None = None
    fee_sub_fields: Callable[[str, Mapping[str, object]], Iterable[str]] | None = None
    fee_documents: Callable[[str, Mapping[str, object]], Iterable[str]] | None = None
    dialling_codes: Mapping[str, str] = field(default_factory=lambda: DIALLING_CODES)


NO_REFERENCE: Final = IntakeReference()

# ---------------------------------------------------------------------------------------------
# Small helpers

_FIN_RE: Final = re.compile(r"[A-Z0-9]{7}")
_DOC_NO_RE: Final = re.compile(r"[A-Z0-9]+")
_AZ_LETTERS: Final = "ƏəĞğIıİiÖöŞşÜüÇç"
_NAME_RE: Final = re.compile(rf"[A-Za-z{_AZ_LETTERS}' -]+")
_HAS_LETTER: Final = re.compile(rf"[A-Za-z{_AZ_LETTERS}]")
_APOSTROPHES: Final = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
_SPACES: Final = re.compile(r"\s+")
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIGITS: Final = re.compile(r"[0-9]+")
_PHONE_SEPARATORS: Final = re.compile(r"[\s\-().]")
_EMAIL_ATOM: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_EMAIL_RE: Final = re.compile(
    rf"(?P<local>{_EMAIL_ATOM}(?:\.{_EMAIL_ATOM})*)@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_ASCII_UPPER: Final = str.maketrans(
    {**{chr(c): chr(c - 32) for c in range(ord("a"), ord("z") + 1)}, "i": "I", "ı": "I", "İ": "I"}
)
_MULTILINE_OK: Final = frozenset("\n\r\t")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _missing(field_id: str, required: bool) -> list[Violation]:
    return [Violation(RULE_REQUIRED, F.MSG_REQUIRED, field_id)] if required else []


def _invalid(field_id: str) -> list[Violation]:
    return [Violation(RULE_INVALID, F.MSG_INVALID_VALUE, field_id)]


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _bad_chars(text: str, *, multiline: bool) -> bool:
    """Control characters, lone surrogates and line separators (except newlines if allowed)."""
    for ch in text:
        if multiline and ch in _MULTILINE_OK:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            return True
    return False


def is_filled(value: object) -> bool:
    """Whether a field or document slot holds something: not None, blank text or empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping | Sequence | set | frozenset):
        return len(value) > 0
    return True


# ---------------------------------------------------------------------------------------------
# Normalisers: what the validators check and what should be stored


def normalise_fin(value: str) -> str:
    """Trimmed, with Latin letters upper-cased; the dotted and dotless i both become `I`."""
    return value.strip().translate(_ASCII_UPPER)


def normalise_doc_no(value: str) -> str:
    """UNHCR document series and number: spaces removed, Latin letters upper-cased."""
    return _SPACES.sub("", value).translate(_ASCII_UPPER)


def normalise_name(value: str) -> str:
    """NFC (so NFD input from some keyboards compares equal), one space, plain apostrophe."""
    return _SPACES.sub(" ", _nfc(value).translate(_APOSTROPHES)).strip()


def normalise_text(value: str) -> str:
    """NFC and trimmed: addresses and notes."""
    return _nfc(value)


def normalise_email(value: str) -> str:
    """Trimmed and lower-cased: the form e-mails are compared and stored in (unique key)."""
    return value.strip().lower()


def parse_date(value: object) -> date | None:
    """A date from a `date`, a `datetime` or an ISO `YYYY-MM-DD` string; else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def parse_yes_no(value: object) -> bool | None:
    """True for `Bəli`, False for `Xeyr` (also typed without Azerbaijani letters), or a bool."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        folded = fold(value)
        if folded == fold(F.YES):
            return True
        if folded == fold(F.NO):
            return False
    return None


def parse_citizenship(value: object) -> str | None:
    """The citizenship code (`AZ_CITIZEN`, ...) from a code or the spec's option label."""
    if not isinstance(value, str):
        return None
    text = _nfc(value)
    if text in F.CITIZENSHIPS:
        return text
    for code, label in F.CITIZENSHIP_LABELS.items():
        if text == label:
            return code
    return None


def _parse_phone(
    country: str, number: str, codes: Mapping[str, str]
) -> tuple[str | None, list[Violation]]:
    dial = codes.get(country.strip().upper())
    if dial is None:
        return None, [Violation(RULE_COUNTRY, F.MSG_COUNTRY_UNKNOWN, F.MOB_COUNTRY)]
    digits = _PHONE_SEPARATORS.sub("", number)
    international = None
    if digits.startswith("+"):
        international = digits[1:]
    elif digits.startswith("00"):
        international = digits[2:]
    if international is not None:
        if not _DIGITS.fullmatch(international):
            return None, [Violation(RULE_PHONE_FORMAT, F.MSG_PHONE_FORMAT, F.MOB_NUMBER)]
        if not international.startswith(dial):
            message = F.MSG_PHONE_COUNTRY_CODE.format(code=dial)
            return None, [Violation(RULE_PHONE_COUNTRY_CODE, message, F.MOB_NUMBER)]
        national = international[len(dial) :]
    else:
        national = digits
        if dial == "994":
            # Typed the Azerbaijani way (050 123 45 67) or with the code but without "+".
            if len(national) == AZ_NATIONAL_DIGITS + 1 and national.startswith("0"):
                national = national[1:]
            elif len(national) == AZ_NATIONAL_DIGITS + 3 and national.startswith("994"):
                national = national[3:]
    if not _DIGITS.fullmatch(national):
        return None, [Violation(RULE_PHONE_FORMAT, F.MSG_PHONE_FORMAT, F.MOB_NUMBER)]
    if dial == "994":
        if len(national) != AZ_NATIONAL_DIGITS:
            return None, [Violation(RULE_PHONE_LENGTH, F.MSG_PHONE_LENGTH_AZ, F.MOB_NUMBER)]
        if national[:2] not in AZ_MOBILE_PREFIXES:
            message = F.MSG_PHONE_OPERATOR.format(codes=", ".join(AZ_MOBILE_PREFIXES))
            return None, [Violation(RULE_PHONE_OPERATOR, message, F.MOB_NUMBER)]
    elif not PHONE_MIN_DIGITS <= len(national) <= PHONE_MAX_DIGITS:
        message = F.MSG_PHONE_LENGTH.format(min=PHONE_MIN_DIGITS, max=PHONE_MAX_DIGITS)
        return None, [Violation(RULE_PHONE_LENGTH, message, F.MOB_NUMBER)]
    return f"+{dial}{national}", []


def normalise_phone(
    country: str, number: str, dialling_codes: Mapping[str, str] = DIALLING_CODES
) -> str | None:
    """The E.164 form (`+994501234567`) of a mobile number, or None if it is not valid.

    `country` is an ISO 3166-1 alpha-2 code. The number may carry the international prefix
    (`+` or `00`) and separators; an Azerbaijani number may also start with the trunk `0`.
    """
    if not isinstance(country, str) or not isinstance(number, str):
        return None
    e164, _ = _parse_phone(country, number, dialling_codes)
    return e164


# ---------------------------------------------------------------------------------------------
# Field validators


def validate_required(value: object, field_id: str) -> list[Violation]:
    return _missing(field_id, True) if not is_filled(value) else []


def validate_text(
    value: object,
    field_id: str,
    *,
    max_len: int,
    required: bool = True,
    multiline: bool = False,
) -> list[Violation]:
    """Free text: at most `max_len` characters after NFC and trimming, no control characters."""
    if _blank(value):
        return _missing(field_id, required)
    if not isinstance(value, str):
        return _invalid(field_id)
    text = normalise_text(value)
    if len(text) > max_len:
        return [Violation(RULE_TOO_LONG, F.MSG_TOO_LONG.format(max=max_len), field_id)]
    if _bad_chars(text, multiline=multiline):
        return [Violation(RULE_TEXT_CHARS, F.MSG_TEXT_CHARS, field_id)]
    return []


def validate_address(
    value: object, field_id: str = F.PD_REG_ADDRESS, *, required: bool = True
) -> list[Violation]:
    return validate_text(value, field_id, max_len=ADDRESS_MAX, required=required)


def validate_notes(value: object, field_id: str = F.FEE_NOTES) -> list[Violation]:
    return validate_text(value, field_id, max_len=NOTES_MAX, required=False, multiline=True)


def validate_choice(
    value: object, field_id: str, options: Container[str] | None, *, required: bool = True
) -> list[Violation]:
    """A coded choice; `options` None accepts any non-blank text."""
    if _blank(value):
        return _missing(field_id, required)
    if not isinstance(value, str):
        return [Violation(RULE_CHOICE, F.MSG_CHOICE_UNKNOWN, field_id)]
    if options is not None and value.strip() not in options:
        return [Violation(RULE_CHOICE, F.MSG_CHOICE_UNKNOWN, field_id)]
    return []


def validate_yes_no(value: object, field_id: str, *, required: bool = True) -> list[Violation]:
    if _blank(value):
        return _missing(field_id, required)
    if parse_yes_no(value) is None:
        return [Violation(RULE_YES_NO, F.MSG_YES_NO, field_id)]
    return []


def validate_citizenship(value: object, field_id: str = F.REG_CITIZENSHIP) -> list[Violation]:
    if _blank(value):
        return _missing(field_id, True)
    if parse_citizenship(value) is None:
        return [Violation(RULE_CHOICE, F.MSG_CHOICE_UNKNOWN, field_id)]
    return []


def validate_fin(
    value: object, field_id: str = F.REG_FIN, *, required: bool = True
) -> list[Violation]:
    """FİN: exactly 7 Latin capital letters or digits, after `normalise_fin` (spec P02-A)."""
    if _blank(value):
        return _missing(field_id, required)
    if not isinstance(value, str) or not _FIN_RE.fullmatch(normalise_fin(value)):
        return [Violation(RULE_FIN, F.MSG_FIN_FORMAT, field_id)]
    return []


def validate_migration_fin(
    value: object, field_id: str = F.REG_FIN, *, required: bool = True
) -> list[Violation]:
    """FİN of a migration document (P02-B). Same format as a citizen's FİN for now; kept as
    its own entry point because the Ministry has not confirmed the format."""
    return validate_fin(value, field_id, required=required)


def validate_unhcr_doc_no(
    value: object, field_id: str = F.REG_UNHCR_DOC_NO, *, required: bool = True
) -> list[Violation]:
    """UNHCR document series and number: 3–20 Latin letters or digits (spaces ignored)."""
    if _blank(value):
        return _missing(field_id, required)
    if isinstance(value, str):
        doc_no = normalise_doc_no(value)
        if UNHCR_DOC_MIN <= len(doc_no) <= UNHCR_DOC_MAX and _DOC_NO_RE.fullmatch(doc_no):
            return []
    message = F.MSG_UNHCR_DOC_FORMAT.format(min=UNHCR_DOC_MIN, max=UNHCR_DOC_MAX)
    return [Violation(RULE_UNHCR_DOC, message, field_id)]


def validate_name(value: object, field_id: str, *, required: bool = True) -> list[Violation]:
    """A first name, surname or patronymic: 1–50 Latin letters (with the Azerbaijani ones),
    spaces, hyphens and apostrophes, checked in NFC."""
    if _blank(value):
        return _missing(field_id, required)
    if not isinstance(value, str):
        return _invalid(field_id)
    name = normalise_name(value)
    if len(name) > NAME_MAX:
        return [Violation(RULE_TOO_LONG, F.MSG_TOO_LONG.format(max=NAME_MAX), field_id)]
    if not _NAME_RE.fullmatch(name) or not _HAS_LETTER.search(name):
        return [Violation(RULE_NAME_CHARS, F.MSG_NAME_CHARS, field_id)]
    return []


def age_on(birth: date, today: date) -> int:
    """Completed years on `today` (a 29 February birthday counts from 1 March)."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def validate_birth_date(
    value: object, field_id: str = F.REG_BIRTH_DATE, *, today: date, required: bool = True
) -> list[Violation]:
    """In the past, and age 16–100 on `today`."""
    if _blank(value):
        return _missing(field_id, required)
    birth = parse_date(value)
    if birth is None:
        return [Violation(RULE_DATE, F.MSG_DATE_FORMAT, field_id)]
    if birth >= today:
        return [Violation(RULE_BIRTH_FUTURE, F.MSG_BIRTH_DATE_FUTURE, field_id)]
    if not AGE_MIN <= age_on(birth, today) <= AGE_MAX:
        return [Violation(RULE_AGE, F.MSG_AGE_RANGE.format(min=AGE_MIN, max=AGE_MAX), field_id)]
    return []


def validate_mobile(
    country: object, number: object, dialling_codes: Mapping[str, str] = DIALLING_CODES
) -> list[Violation]:
    """Country (ISO alpha-2, field `mob.country`) and mobile number (field `mob.number`).

    Azerbaijan: +994 and 9 digits starting with an operator code (10 50 51 55 60 70 77 99).
    Elsewhere: the country's calling code and 6–12 digits.
    """
    problems: list[Violation] = []
    if _blank(country):
        problems += _missing(F.MOB_COUNTRY, True)
    elif not isinstance(country, str) or country.strip().upper() not in dialling_codes:
        problems.append(Violation(RULE_COUNTRY, F.MSG_COUNTRY_UNKNOWN, F.MOB_COUNTRY))
    if _blank(number):
        problems += _missing(F.MOB_NUMBER, True)
    elif not isinstance(number, str):
        problems.append(Violation(RULE_PHONE_FORMAT, F.MSG_PHONE_FORMAT, F.MOB_NUMBER))
    elif not problems and isinstance(country, str):
        problems += _parse_phone(country, number, dialling_codes)[1]
    return problems


def validate_email(
    value: object, field_id: str = F.EM_EMAIL, *, required: bool = True
) -> list[Violation]:
    """Basic `local@domain.tld` in ASCII, at most 254 characters after trimming."""
    if _blank(value):
        return _missing(field_id, required)
    if not isinstance(value, str):
        return [Violation(RULE_EMAIL, F.MSG_EMAIL_FORMAT, field_id)]
    email = value.strip()
    if len(email) > EMAIL_MAX:
        return [Violation(RULE_TOO_LONG, F.MSG_TOO_LONG.format(max=EMAIL_MAX), field_id)]
    match = _EMAIL_RE.fullmatch(email)
    if match is None or len(match["local"]) > EMAIL_LOCAL_MAX:
        return [Violation(RULE_EMAIL, F.MSG_EMAIL_FORMAT, field_id)]
    return []


def validate_email_repeat(
    email: object, repeat: object, field_id: str = F.EM_EMAIL_REPEAT
) -> list[Violation]:
    """The repeat must equal the e-mail, ignoring case and surrounding spaces."""
    if _blank(repeat):
        return _missing(field_id, True)
    if not isinstance(repeat, str):
        return [Violation(RULE_EMAIL_MISMATCH, F.MSG_EMAIL_MISMATCH, field_id)]
    if (
        isinstance(email, str)
        and email.strip()
        and normalise_email(email) != normalise_email(repeat)
    ):
        return [Violation(RULE_EMAIL_MISMATCH, F.MSG_EMAIL_MISMATCH, field_id)]
    return []


def validate_password(value: object, field_id: str = F.PW_PASSWORD) -> list[Violation]:
    """At least 8 characters with a letter and a digit; spaces count (never trimmed)."""
    if value is None or value == "":
        return _missing(field_id, True)
    if not isinstance(value, str):
        return _invalid(field_id)
    if len(value) > PASSWORD_MAX:
        return [Violation(RULE_TOO_LONG, F.MSG_TOO_LONG.format(max=PASSWORD_MAX), field_id)]
    if (
        len(value) < PASSWORD_MIN
        or not any(ch.isalpha() for ch in value)
        or not any(ch.isdecimal() for ch in value)
    ):
        return [Violation(RULE_PASSWORD, F.MSG_PASSWORD_RULES.format(min=PASSWORD_MIN), field_id)]
    return []


def validate_password_repeat(
    password: object, repeat: object, field_id: str = F.PW_PASSWORD_REPEAT
) -> list[Violation]:
    if repeat is None or repeat == "":
        return _missing(field_id, True)
    if isinstance(password, str) and password and repeat != password:
        return [Violation(RULE_PASSWORD_MISMATCH, F.MSG_PASSWORD_MISMATCH, field_id)]
    return []


def validate_sms_code(
    value: object, field_id: str = F.MOB_CODE, *, length: int = SMS_CODE_LENGTH
) -> list[Violation]:
    """The typed SMS code has the right shape (whether it is right is `confirmation`'s job)."""
    if _blank(value):
        return _missing(field_id, True)
    if not isinstance(value, str) or not re.fullmatch(rf"[0-9]{{{length}}}", value.strip()):
        return [Violation(RULE_SMS_CODE, F.MSG_SMS_CODE_FORMAT.format(length=length), field_id)]
    return []


def validate_document(value: object, field_id: str, *, required: bool = True) -> list[Violation]:
    """A document slot holds a file reference (its content is checked by `evidence`)."""
    return _missing(field_id, required) if not is_filled(value) else []


def validate_other_documents(
    value: object, field_id: str, *, max_count: int = MAX_OTHER_DOCUMENTS
) -> list[Violation]:
    """An optional list of file references, at most `max_count`."""
    if value is None:
        return []
    if not isinstance(value, list | tuple) or not all(is_filled(item) for item in value):
        return _invalid(field_id)
    if len(value) > max_count:
        return [
            Violation(RULE_TOO_MANY_DOCS, F.MSG_TOO_MANY_DOCUMENTS.format(max=max_count), field_id)
        ]
    return []


# ---------------------------------------------------------------------------------------------
# Pages and the whole record. A record is a mapping keyed by field ids, in the shape of the
# headless intake JSON; document slots are keyed by their slot ids.


def _record(record: object) -> Mapping[str, object]:
    # Anything that is not a mapping is treated as empty: every required field is reported.
    return record if isinstance(record, Mapping) else {}


def _identity(
    r: Mapping[str, object], *, today: date, patronymic_required: bool
) -> list[Violation]:
    return [
        *validate_name(r.get(F.REG_FIRST_NAME), F.REG_FIRST_NAME),
        *validate_name(r.get(F.REG_LAST_NAME), F.REG_LAST_NAME),
        *validate_name(r.get(F.REG_PATRONYMIC), F.REG_PATRONYMIC, required=patronymic_required),
        *validate_birth_date(r.get(F.REG_BIRTH_DATE), F.REG_BIRTH_DATE, today=today),
    ]


def validate_document_page(
    record: object, ref: IntakeReference = NO_REFERENCE, *, today: date
) -> list[Violation]:
    """P02 as the applicant fills it: citizenship, then the branch's fields.

    For the FİN paths (P02-A, P02-B) only what is typed is checked; names and birth date come
    from the FİN check and are checked by `validate_identity`. The UNHCR path (P02-C) has all
    six fields typed, all required (V3).
    """
    r = _record(record)
    problems = validate_citizenship(r.get(F.REG_CITIZENSHIP))
    citizenship = parse_citizenship(r.get(F.REG_CITIZENSHIP))
    if citizenship == F.CITIZENSHIP_AZ_CITIZEN:
        problems += validate_fin(r.get(F.REG_FIN))
    elif citizenship == F.CITIZENSHIP_MIGRATION_DOC:
        problems += validate_choice(
            r.get(F.REG_MIGRATION_DOC_TYPE), F.REG_MIGRATION_DOC_TYPE, ref.migration_doc_types
        )
        problems += validate_migration_fin(r.get(F.REG_FIN))
    elif citizenship == F.CITIZENSHIP_UNHCR:
        problems += validate_unhcr_doc_no(r.get(F.REG_UNHCR_DOC_NO))
        problems += _identity(r, today=today, patronymic_required=True)
    return problems


def validate_identity(record: object, *, today: date) -> list[Violation]:
    """Names and birth date on the FİN paths (filled from the FİN check): first name, surname
    and birth date required; the patronymic optional (many foreigners have none)."""
    return _identity(_record(record), today=today, patronymic_required=False)


def validate_mobile_page(record: object, ref: IntakeReference = NO_REFERENCE) -> list[Violation]:
    """P03: country and number (the SMS code is checked by `confirmation`)."""
    r = _record(record)
    return validate_mobile(r.get(F.MOB_COUNTRY), r.get(F.MOB_NUMBER), ref.dialling_codes)


def validate_email_page(record: object) -> list[Violation]:
    """P04: e-mail typed twice (V7)."""
    r = _record(record)
    return [
        *validate_email(r.get(F.EM_EMAIL), F.EM_EMAIL),
        *validate_email_repeat(r.get(F.EM_EMAIL), r.get(F.EM_EMAIL_REPEAT), F.EM_EMAIL_REPEAT),
    ]


def validate_password_page(record: object) -> list[Violation]:
    """P05: password typed twice (V8)."""
    r = _record(record)
    return [
        *validate_password(r.get(F.PW_PASSWORD), F.PW_PASSWORD),
        *validate_password_repeat(
            r.get(F.PW_PASSWORD), r.get(F.PW_PASSWORD_REPEAT), F.PW_PASSWORD_REPEAT
        ),
    ]


def validate_admission_line_page(
    record: object, ref: IntakeReference = NO_REFERENCE
) -> list[Violation]:
    """P10: an admission line from the configuration."""
    r = _record(record)
    return validate_choice(r.get(F.APP_ADMISSION_LINE), F.APP_ADMISSION_LINE, ref.admission_lines)


def validate_personal_page(record: object, ref: IntakeReference = NO_REFERENCE) -> list[Violation]:
    """P11: registered address, same-address branch (V11), district, e-mail twice (V7).

    `pd.country` and `pd.phone` are read-only copies of the verified mobile (P03) and are
    not read from the record. Under `Bəli` the actual address is the registered one and
    `pd.actual_address` is ignored.
    """
    r = _record(record)
    problems = validate_address(r.get(F.PD_REG_ADDRESS), F.PD_REG_ADDRESS)
    problems += validate_yes_no(r.get(F.PD_SAME_ADDRESS), F.PD_SAME_ADDRESS)
    if parse_yes_no(r.get(F.PD_SAME_ADDRESS)) is False:
        problems += validate_address(r.get(F.PD_ACTUAL_ADDRESS), F.PD_ACTUAL_ADDRESS)
    problems += validate_choice(r.get(F.PD_ACTUAL_DISTRICT), F.PD_ACTUAL_DISTRICT, ref.districts)
    problems += validate_email(r.get(F.PD_EMAIL), F.PD_EMAIL)
    problems += validate_email_repeat(
        r.get(F.PD_EMAIL), r.get(F.PD_EMAIL_REPEAT), F.PD_EMAIL_REPEAT
    )
    return problems


def _admission_basis(r: Mapping[str, object]) -> str | None:
    basis = r.get(F.AD_AUTO_ADMISSION_BASIS)
    return basis if isinstance(basis, str) and basis in F.ADMISSION_BASES else None


def _documents(r: Mapping[str, object], slots: Iterable[str]) -> list[Violation]:
    return [problem for slot in slots for problem in validate_document(r.get(slot), slot)]


def validate_admission_page(record: object, ref: IntakeReference = NO_REFERENCE) -> list[Violation]:
    """P12: previous stage and level for foreigners (V12), the line's documents (V13)."""
    r = _record(record)
    citizenship = parse_citizenship(r.get(F.REG_CITIZENSHIP))
    foreigner = citizenship in (F.CITIZENSHIP_MIGRATION_DOC, F.CITIZENSHIP_UNHCR)
    problems = validate_choice(
        r.get(F.AD_PREV_STAGE), F.AD_PREV_STAGE, ref.prev_stages, required=foreigner
    )
    problems += validate_choice(
        r.get(F.AD_EDU_LEVEL), F.AD_EDU_LEVEL, ref.edu_levels, required=foreigner
    )
    problems += validate_choice(
        r.get(F.AD_AUTO_ADMISSION_BASIS),
        F.AD_AUTO_ADMISSION_BASIS,
        F.ADMISSION_BASES,
        required=False,
    )
    line = r.get(F.APP_ADMISSION_LINE)
    if (
        ref.admission_documents is not None
        and isinstance(line, str)
        and not validate_admission_line_page(r, ref)
    ):
        problems += _documents(r, ref.admission_documents(line.strip()))
    problems += validate_other_documents(r.get(F.AD_DOCS_OTHER), F.AD_DOCS_OTHER)
    return problems


def validate_fee_page(record: object, ref: IntakeReference = NO_REFERENCE) -> list[Violation]:
    """P13: fee exemption, for fee-paying admissions only (V15, V17).

    Required when `ad.auto.admission_basis` is `fee_paying`; a `Bəli` on a state-funded
    admission is refused; with the basis unknown, checked only if answered. Under `Xeyr`
    the category, sub-answers, notes and documents are ignored.
    """
    r = _record(record)
    basis = _admission_basis(r)
    vulnerable = r.get(F.FEE_VULNERABLE)
    if basis == F.ADMISSION_BASIS_STATE_FUNDED:
        if parse_yes_no(vulnerable) is True:
            return [Violation(RULE_FEE_NOT_APPLICABLE, F.MSG_FEE_NOT_APPLICABLE, F.FEE_VULNERABLE)]
        return []
    if _blank(vulnerable):
        return _missing(F.FEE_VULNERABLE, basis == F.ADMISSION_BASIS_FEE_PAYING)
    problems = validate_yes_no(vulnerable, F.FEE_VULNERABLE)
    if parse_yes_no(vulnerable) is not True:
        return problems
    category = r.get(F.FEE_CATEGORY)
    category_problems = validate_choice(category, F.FEE_CATEGORY, ref.fee_categories)
    problems += category_problems
    problems += validate_notes(r.get(F.FEE_NOTES), F.FEE_NOTES)
    problems += validate_other_documents(r.get(F.FEE_DOCS_OTHER), F.FEE_DOCS_OTHER)
    if category_problems or not isinstance(category, str):
        return problems
    answers = {
        key: value
        for key, value in r.items()
        if isinstance(key, str) and key.startswith(F.FEE_SUB_PREFIX)
    }
    if ref.fee_sub_fields is not None:
        for sub in ref.fee_sub_fields(category.strip(), answers):
            problems += validate_required(r.get(sub), sub)
    if ref.fee_documents is not None:
        problems += _documents(r, ref.fee_documents(category.strip(), answers))
    return problems


def validate_intake(
    record: object,
    ref: IntakeReference = NO_REFERENCE,
    *,
    today: date,
    identity_required: bool = True,
) -> list[Violation]:
    """Every field-level problem of a whole intake record at once, page by page.

    `identity_required=False` skips names and birth date on the FİN paths, for a caller that
    fills them from the FİN check afterwards. The SMS code and the FİN check itself (V2, V5)
    are not field-level and are not checked here.
    """
    r = _record(record)
    problems = validate_document_page(r, ref, today=today)
    if identity_required and parse_citizenship(r.get(F.REG_CITIZENSHIP)) in (
        F.CITIZENSHIP_AZ_CITIZEN,
        F.CITIZENSHIP_MIGRATION_DOC,
    ):
        problems += validate_identity(r, today=today)
    problems += validate_mobile_page(r, ref)
    problems += validate_email_page(r)
    problems += validate_password_page(r)
    problems += validate_admission_line_page(r, ref)
    problems += validate_personal_page(r, ref)
    problems += validate_admission_page(r, ref)
    problems += validate_fee_page(r, ref)
    return problems


def raise_if_invalid(violations: Sequence[Violation]) -> None:
    """Raise `ValidationErrors` listing each violation (field, rule, message), if any."""
    if violations:
        raise ValidationErrors(
            [{"field": v.field, "rule": v.rule, "message": v.message} for v in violations]
        )


_NORMALISERS: Final[Mapping[str, Callable[[str], object]]] = MappingProxyType(
    {
        F.REG_CITIZENSHIP: lambda v: parse_citizenship(v) or v,
        F.REG_FIN: normalise_fin,
        F.REG_UNHCR_DOC_NO: normalise_doc_no,
        F.REG_FIRST_NAME: normalise_name,
        F.REG_LAST_NAME: normalise_name,
        F.REG_PATRONYMIC: normalise_name,
        F.MOB_COUNTRY: lambda v: v.strip().upper(),
        F.EM_EMAIL: normalise_email,
        F.EM_EMAIL_REPEAT: normalise_email,
        F.PD_EMAIL: normalise_email,
        F.PD_EMAIL_REPEAT: normalise_email,
        F.PD_REG_ADDRESS: normalise_text,
        F.PD_ACTUAL_ADDRESS: normalise_text,
        F.FEE_NOTES: normalise_text,
    }
)
_YES_NO_FIELDS: Final = (F.PD_SAME_ADDRESS, F.FEE_VULNERABLE)


def normalise_intake(
    record: Mapping[str, object], dialling_codes: Mapping[str, str] = DIALLING_CODES
) -> dict[str, object]:
    """A copy of a valid record in stored form: normalised text, E.164 mobile, ISO date,
    citizenship code, booleans for Bəli/Xeyr. Other keys (passwords, codes, documents,
    `fee.sub.*`) are copied as they are; values of an unexpected type are left alone."""
    out = dict(record)
    for key, normalise in _NORMALISERS.items():
        value = out.get(key)
        if isinstance(value, str):
            out[key] = normalise(value)
    birth = parse_date(out.get(F.REG_BIRTH_DATE))
    if birth is not None:
        out[F.REG_BIRTH_DATE] = birth.isoformat()
    for key in _YES_NO_FIELDS:
        answer = parse_yes_no(out.get(key))
        if answer is not None:
            out[key] = answer
    country, number = out.get(F.MOB_COUNTRY), out.get(F.MOB_NUMBER)
    if isinstance(country, str) and isinstance(number, str):
        out[F.MOB_NUMBER] = normalise_phone(country, number, dialling_codes) or number
    return out
