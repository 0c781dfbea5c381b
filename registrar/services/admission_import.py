"""Import of DİM admission lists (CSV or XLSX): the data the identity check (YOXLA) shows.

The template (docs/intake.md) has one row per admitted person. Each row is checked on its
own; good rows are stored and bad ones reported by line and column, so one typo never
blocks a whole list. A row is keyed by (key type, national key, year): re-importing the same
row changes nothing, a changed row replaces the stored one. Nothing is logged about the
rows themselves (they hold personal data), only counts.
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Final, Literal, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models.admission import AdmissionListEntry
from registrar.models.base import utcnow
from registrar.services import audit
from registrar.services import field_ids as F
from registrar.services import validation as V
from registrar.services.canonical import canonical_json
from registrar.services.context import Actor, Workspace
from registrar.services.errors import BadInput
from registrar.services.reference import ReferenceData, StudyForm
from registrar.services.tabular import RowError, TableRow, read_table

log = logging.getLogger(__name__)

BAKU: Final = timezone(timedelta(hours=4))  # Azerbaijan keeps UTC+4 all year

KeyType = Literal["fin", "migration_fin", "dim_document"]
KEY_TYPES: Final = get_args(KeyType)
STUDY_FORMS: Final = get_args(StudyForm)

# The template's columns, in the documented order.
COLUMNS: Final = (
    "key_type",
    "national_key",
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "institution",
    "specialty",
    "specialisation",
    "study_form",
    "language",
    "basis",
    "score",
    "year",
    "admission_line",
    "reg_address",
)
REQUIRED_COLUMNS: Final = tuple(
    c for c in COLUMNS if c not in ("patronymic", "specialisation", "score", "reg_address")
)
# Accepted spellings of the basis besides the codes: the spec's proposed labels (P12).
_BASIS_LABELS: Final = {
    F.ADMISSION_BASIS_STATE_FUNDED: F.ADMISSION_BASIS_STATE_FUNDED,
    F.ADMISSION_BASIS_FEE_PAYING: F.ADMISSION_BASIS_FEE_PAYING,
    F.PROPOSED["ad.auto.basis.state_funded"].casefold(): F.ADMISSION_BASIS_STATE_FUNDED,
    F.PROPOSED["ad.auto.basis.fee_paying"].casefold(): F.ADMISSION_BASIS_FEE_PAYING,
}
# Which admission lines take which keys (AdmissionLine.auto_load).
_LINE_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "fin": ("fin", "migration_fin"),
    "dim_document": ("dim_document",),
}
YEAR_MIN: Final = 2000
YEAR_MAX: Final = 2100
SCORE_MAX: Final = 1000.0

# Messages (proposed by us; need native review).
MSG_ONE_OF: Final = "Dəyər bunlardan biri olmalıdır: {allowed}."
MSG_DATE: Final = "Tarix İİİİ-AA-GG (məsələn, 2003-05-17) və ya GG.AA.İİİİ şəklində olmalıdır."
MSG_UNKNOWN_INSTITUTION: Final = "Bu kodda təhsil müəssisəsi yoxdur."
MSG_OTHER_INSTITUTION: Final = "Sətir başqa təhsil müəssisəsinə aiddir; bu baza {code} üçündür."
MSG_UNKNOWN_SPECIALTY: Final = "Bu kodda ixtisas yoxdur."
MSG_UNKNOWN_SPECIALISATION: Final = "Bu ixtisasın belə ixtisaslaşması yoxdur."
MSG_LANGUAGE: Final = "Dil ISO 639-1 kodu ilə yazılmalıdır (məsələn, az, ru, en)."
MSG_SCORE: Final = "Bal 0 ilə 1000 arasında ədəd olmalıdır."
MSG_YEAR: Final = "İl {min} ilə {max} arasında olmalıdır."
MSG_LINE_KEY: Final = "Bu qəbul xətti üçün açar növü bunlardan biri olmalıdır: {allowed}."
MSG_DUPLICATE: Final = "Bu şəxs həmin il üçün faylda artıq var (sətir {line})."


@dataclass(frozen=True)
class AdmissionRow:
    """A checked row of an admission list, in stored form."""

    line: int
    key_type: str
    national_key: str
    first_name: str
    last_name: str
    patronymic: str
    birth_date: date
    institution_code: str
    specialty_code: str
    specialisation: str
    study_form: str
    language: str
    basis: str
    score: float | None
    year: int
    admission_line: str
    reg_address: str | None

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.key_type, self.national_key, self.year)

    def content_hash(self) -> str:
        """SHA-256 of the row's content (not its line), as the stored `content_hash`."""
        content = {k: v for k, v in asdict(self).items() if k != "line"}
        content["birth_date"] = self.birth_date.isoformat()
        return hashlib.sha256(canonical_json(content)).hexdigest()


RowStatus = Literal["new", "changed", "unchanged"]


@dataclass(frozen=True)
class PreviewRow:
    row: AdmissionRow
    status: RowStatus


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, dry, would do). Changed rows count as imported."""

    imported: int
    unchanged: int
    errors: tuple[RowError, ...]
    rows: tuple[PreviewRow, ...] = ()  # the good rows, for the GUI's preview

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "unchanged": self.unchanged,
            "errors": [error.as_json() for error in self.errors],
        }


def parse_date_cell(text: str) -> date | None:
    """`YYYY-MM-DD` or `DD.MM.YYYY` (how Azerbaijani documents write dates), else None."""
    match = re.fullmatch(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})", text)
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    return V.parse_date(text)


def _number(text: str) -> float | None:
    if not re.fullmatch(r"[0-9]{1,4}([.,][0-9]{1,4})?", text):
        return None
    return float(text.replace(",", "."))


def _language_codes() -> frozenset[str]:
    import pycountry

    return frozenset(
        str(language.alpha_2)
        for language in pycountry.languages
        if getattr(language, "alpha_2", None)
    )


class _RowChecker:
    """Checks one row at a time against the reference data and this database's institution."""

    def __init__(self, reference: ReferenceData, institution_code: str, today: date) -> None:
        self._reference = reference
        self._institution = institution_code
        self._today = today
        self._lines = {line.code: line for line in reference.admission_lines}
        self._institutions = {item.code for item in reference.institutions if item.is_hei}
        self._specialties = {item.code for item in reference.specialties}
        self._languages = _language_codes()

    def check(self, row: TableRow) -> tuple[AdmissionRow | None, list[RowError]]:
        values = row.values
        errors: list[RowError] = []

        def fail(column: str, message: str) -> None:
            errors.append(RowError(row.line, column, message))

        def violations(column: str, found: list[V.Violation]) -> None:
            for violation in found[:1]:
                fail(column, violation.message)

        def one_of(column: str, allowed: tuple[str, ...]) -> str:
            value = values[column]
            if not value:
                fail(column, F.MSG_REQUIRED)
            elif value not in allowed:
                fail(column, MSG_ONE_OF.format(allowed=", ".join(allowed)))
            return value

        key_type = one_of("key_type", KEY_TYPES)
        raw_key = values["national_key"]
        if key_type == "dim_document":
            national_key = V.normalise_doc_no(raw_key)
            violations("national_key", V.validate_unhcr_doc_no(raw_key, "national_key"))
        else:
            national_key = V.normalise_fin(raw_key)
            violations("national_key", V.validate_fin(raw_key, "national_key"))
        for column in ("last_name", "first_name"):
            violations(column, V.validate_name(values[column], column))
        violations(
            "patronymic", V.validate_name(values["patronymic"], "patronymic", required=False)
        )
        birth = parse_date_cell(values["birth_date"])
        if not values["birth_date"]:
            fail("birth_date", F.MSG_REQUIRED)
        elif birth is None:
            fail("birth_date", MSG_DATE)
        else:
            violations("birth_date", V.validate_birth_date(birth, "birth_date", today=self._today))
        institution = values["institution"].upper()
        if not institution:
            fail("institution", F.MSG_REQUIRED)
        elif institution not in self._institutions:
            fail("institution", MSG_UNKNOWN_INSTITUTION)
        elif institution != self._institution:
            fail("institution", MSG_OTHER_INSTITUTION.format(code=self._institution))
        specialty = values["specialty"]
        specialisation = values["specialisation"]
        if not specialty:
            fail("specialty", F.MSG_REQUIRED)
        elif specialty not in self._specialties:
            fail("specialty", MSG_UNKNOWN_SPECIALTY)
        elif specialisation:
            specialisation = self._specialisation(specialty, specialisation) or ""
            if not specialisation:
                fail("specialisation", MSG_UNKNOWN_SPECIALISATION)
        study_form = one_of("study_form", STUDY_FORMS)
        language = values["language"].lower()
        if not language:
            fail("language", F.MSG_REQUIRED)
        elif language not in self._languages:
            fail("language", MSG_LANGUAGE)
        basis = _BASIS_LABELS.get(values["basis"].casefold(), "")
        if not values["basis"]:
            fail("basis", F.MSG_REQUIRED)
        elif not basis:
            fail("basis", MSG_ONE_OF.format(allowed=", ".join(F.ADMISSION_BASES)))
        score = _number(values["score"]) if values["score"] else None
        if values["score"] and (score is None or not 0 <= score <= SCORE_MAX):
            fail("score", MSG_SCORE)
        year = int(values["year"]) if re.fullmatch(r"[0-9]{4}", values["year"]) else 0
        if not values["year"]:
            fail("year", F.MSG_REQUIRED)
        elif not YEAR_MIN <= year <= YEAR_MAX:
            fail("year", MSG_YEAR.format(min=YEAR_MIN, max=YEAR_MAX))
        line_code = one_of("admission_line", tuple(self._lines))
        line = self._lines.get(line_code)
        if line is not None and key_type in KEY_TYPES:
            allowed = _LINE_KEYS.get(line.auto_load, ())
            if key_type not in allowed:
                fail("key_type", MSG_LINE_KEY.format(allowed=", ".join(allowed) or "—"))
        violations("reg_address", V.validate_address(values["reg_address"], required=False))
        if errors or birth is None:
            return None, errors
        return (
            AdmissionRow(
                line=row.line,
                key_type=key_type,
                national_key=national_key,
                first_name=V.normalise_name(values["first_name"]),
                last_name=V.normalise_name(values["last_name"]),
                patronymic=V.normalise_name(values["patronymic"]),
                birth_date=birth,
                institution_code=institution,
                specialty_code=specialty,
                specialisation=specialisation,
                study_form=study_form,
                language=language,
                basis=basis,
                score=score,
                year=year,
                admission_line=line_code,
                reg_address=V.normalise_text(values["reg_address"]) or None,
            ),
            [],
        )

    def _specialisation(self, specialty: str, text: str) -> str | None:
        """The specialisation's code, given its code or its name (case-insensitive)."""
        wanted = text.casefold()
        for item in self._reference.specialisations_of(specialty):
            if wanted in (item.code.casefold(), item.name_az.casefold()):
                return item.code
        return None


def check_rows(
    data: bytes, reference: ReferenceData, institution_code: str, today: date
) -> tuple[list[AdmissionRow], list[RowError]]:
    """Every good row and every problem of a file; a file-level problem is one error."""
    try:
        table = read_table(data, columns=COLUMNS, required=REQUIRED_COLUMNS)
    except BadInput as error:
        return [], [RowError(error.line or 1, error.field or "file", error.message)]
    checker = _RowChecker(reference, institution_code, today)
    rows: list[AdmissionRow] = []
    errors = list(table.errors)
    first_line: dict[tuple[str, str, int], int] = {}
    for raw in table.rows:
        row, problems = checker.check(raw)
        if row is not None and row.key in first_line:
            problems = [
                RowError(raw.line, "national_key", MSG_DUPLICATE.format(line=first_line[row.key]))
            ]
            row = None
        errors.extend(problems)
        if row is not None:
            first_line[row.key] = row.line
            rows.append(row)
    errors.sort(key=lambda error: error.line)
    return rows, errors


class AdmissionListImporter:
    """Imports admission lists into this institution's `admission_list_entry` rows."""

    def __init__(
        self,
        workspace: Workspace,
        reference: ReferenceData,
        actor: Actor,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._workspace = workspace
        self._reference = reference
        self._actor = actor
        self._clock = clock

    def preview(self, data: bytes, file_name: str) -> ImportResult:
        """What `run` would do, without writing anything."""
        return self.run(data, file_name, dry_run=True)

    def run(self, data: bytes, file_name: str, *, dry_run: bool = False) -> ImportResult:
        now = self._clock()
        rows, errors = check_rows(
            data, self._reference, self._workspace.institution_code, now.astimezone(BAKU).date()
        )
        source = (file_name.replace("\\", "/").rsplit("/", 1)[-1] or "admission-list")[:255]
        if dry_run:
            with self._workspace.read() as session:
                preview = self._apply(session, rows, source, write=False)
        else:
            with self._workspace.write() as session:
                preview = self._apply(session, rows, source, write=True)
                imported = sum(item.status != "unchanged" for item in preview)
                audit.record(
                    session,
                    self._actor,
                    "admission_list.import",
                    f"file:{hashlib.sha256(data).hexdigest()[:16]}",
                    f"imported {imported}, unchanged {len(preview) - imported}, "
                    f"refused {len({e.line for e in errors})}",
                )
        imported = sum(item.status != "unchanged" for item in preview)
        log.info(
            "admission list%s: %d imported, %d unchanged, %d errors",
            " (dry run)" if dry_run else "",
            imported,
            len(preview) - imported,
            len(errors),
        )
        return ImportResult(imported, len(preview) - imported, tuple(errors), tuple(preview))

    def _apply(
        self, session: Session, rows: list[AdmissionRow], source: str, *, write: bool
    ) -> list[PreviewRow]:
        existing = {
            (entry.key_type, entry.national_key, entry.year): entry
            for entry in session.scalars(
                select(AdmissionListEntry).where(
                    AdmissionListEntry.institution_id == self._workspace.institution_id,
                    AdmissionListEntry.deleted_at.is_(None),
                )
            )
        }
        preview: list[PreviewRow] = []
        for row in rows:
            digest = row.content_hash()
            entry = existing.get(row.key)
            if entry is not None and entry.content_hash == digest:
                preview.append(PreviewRow(row, "unchanged"))
                continue
            preview.append(PreviewRow(row, "new" if entry is None else "changed"))
            if not write:
                continue
            if entry is None:
                entry = AdmissionListEntry(
                    id=uuid.uuid4(), institution_id=self._workspace.institution_id
                )
                session.add(entry)
                existing[row.key] = entry
            _fill(entry, row, source, digest)
        session.flush()
        return preview


def _fill(entry: AdmissionListEntry, row: AdmissionRow, source: str, digest: str) -> None:
    entry.key_type = row.key_type
    entry.national_key = row.national_key
    entry.first_name = row.first_name
    entry.last_name = row.last_name
    entry.patronymic = row.patronymic
    entry.birth_date = row.birth_date
    entry.institution_code = row.institution_code
    entry.specialty_code = row.specialty_code
    entry.specialisation = row.specialisation
    entry.study_form = row.study_form
    entry.language = row.language
    entry.basis = row.basis
    entry.score = row.score
    entry.year = row.year
    entry.admission_line = row.admission_line
    entry.reg_address = row.reg_address
    entry.source_file = source
    entry.content_hash = digest
