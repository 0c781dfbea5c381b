"""Reference data read from resources/reference/: geography, institutions, specialties, options."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import logging
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, TypeVar, cast, get_args, get_origin, get_type_hints

from registrar.services.errors import BadInput, NotFound

log = logging.getLogger(__name__)

Level = Literal["bachelor", "master", "basic_medicine"]
SubdivisionType = Literal["city", "rayon", "autonomous_republic"]
InstitutionKind = Literal["hei", "ministry"]
Ownership = Literal["state", "private"]
AutoLoad = Literal["fin", "dim_document", "none"]
Widget = Literal["radio", "combo"]
StudyForm = Literal["full_time", "extramural", "evening", "distance"]
Basis = Literal["state_order", "fee_paying"]
ConditionOp = Literal["equals", "in", "all", "any"]

# The simple option lists; each is a CSV file named after the list.
CHOICE_LISTS = (
    "citizenship_types",
    "migration_document_types",
    "previous_education_stages",
    "education_levels",
)
FEE_CATEGORIES_FILE = "fee_categories.json"
MIN_SCORES_FILE = "min_passing_scores.csv"
PROVENANCE = ("source", "verified")  # the last two columns of every CSV file
_CHOICE_COLUMNS = ("code", "label_az", "label_en", "parent_code", "awaiting_confirmation")
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.csv": ("alpha_2", "alpha_3", "numeric", "name_en", "name_az"),
    "az_subdivisions.csv": ("code", "name", "type", "parent_code"),
    "institutions.csv": (
        *("code", "kind", "name_az", "city", "city_code", "country", "ownership"),
        *("founder_body", "special_purpose", "accredited"),
    ),
    "specialties.csv": (
        *("code", "name_az", "level", "dim_group", "law", "basic_medicine", "culture_arts"),
    ),
    "specialisations.csv": ("specialty_code", "code", "name_az"),
    **{f"{name}.csv": _CHOICE_COLUMNS for name in CHOICE_LISTS},
    "admission_lines.csv": (
        *("code", "label_az", "label_en", "auto_load", "manual_stage_and_level"),
        "awaiting_confirmation",
    ),
    "admission_documents.csv": ("line_code", "slot_id", "label_az", "label_en", "proposed"),
    MIN_SCORES_FILE: (
        *("institution_code", "specialty_code", "specialisation", "year", "form", "language"),
        *("basis", "score"),
    ),
}
FILES = (*sorted(COLUMNS), FEE_CATEGORIES_FILE)  # every file the loader reads and hashes
ROMAN = ("I", "II", "III", "IV", "V")

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_INSTITUTION_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
_ID = re.compile(r"[a-z][a-z0-9_]*")  # option-list codes, admission lines, fee categories
_FIELD_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")  # fee.sub.*, fee.doc.*, ad.docs.*


# ---- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    alpha_2: str
    alpha_3: str
    numeric: str
    name_en: str
    name_az: str | None  # None where pycountry's 'az' catalogue has no translation
    source: str
    verified: bool


@dataclass(frozen=True)
class Subdivision:
    """An ISO 3166-2:AZ entry: a city, a rayon (district) or the autonomous republic."""

    code: str
    name: str
    type: SubdivisionType
    parent_code: str | None
    source: str
    verified: bool


@dataclass(frozen=True)
class Institution:
    """An HEI (kind `hei`) or the Ministry's transfer desk (kind `ministry`).

    `founder_body` is `mse` or the body's name for state HEIs, and empty where none is recorded
    (private HEIs, the Ministry). Domestic rows carry `city_code`, the ISO 3166-2:AZ city or
    rayon whose name is `city`; foreign rows have none.
    """

    code: str
    kind: InstitutionKind
    name_az: str
    city: str
    city_code: str | None
    country: str
    ownership: Ownership
    founder_body: str
    special_purpose: bool
    accredited: bool
    source: str
    verified: bool

    @property
    def is_hei(self) -> bool:
        return self.kind == "hei"


@dataclass(frozen=True)
class Specialty:
    """Two specialties are the same when their codes are equal (rules-api.md)."""

    code: str
    name_az: str
    level: Level
    dim_group: int  # 1..5
    law: bool
    basic_medicine: bool
    culture_arts: bool
    source: str
    verified: bool

    @property
    def dim_group_roman(self) -> str:
        """The group as the UI shows it (I..V)."""
        return ROMAN[self.dim_group - 1]


@dataclass(frozen=True)
class Specialisation:
    specialty_code: str
    code: str
    name_az: str
    source: str
    verified: bool


@dataclass(frozen=True)
class Choice:
    """One option of a simple list; `position` is its 1-based place in the file (display order)."""

    list_name: str
    code: str
    label_az: str
    label_en: str
    position: int
    parent_code: str | None  # education_levels: a previous_education_stages code
    awaiting_confirmation: bool
    source: str
    verified: bool


@dataclass(frozen=True)
class Condition:
    """When a sub-question is shown or a document slot applies (format: README.md).

    `equals` / `in`: the answer to `field` is one of `values`; `all` / `any`: of `parts`.
    """

    op: ConditionOp
    field: str = ""
    values: tuple[str, ...] = ()
    parts: tuple[Condition, ...] = ()

    def holds(self, answers: Mapping[str, str]) -> bool:
        if self.op == "all":
            return all(part.holds(answers) for part in self.parts)
        if self.op == "any":
            return any(part.holds(answers) for part in self.parts)
        return answers.get(self.field) in self.values

    def leaves(self) -> Iterator[Condition]:
        if self.op in ("all", "any"):
            for part in self.parts:
                yield from part.leaves()
        else:
            yield self

    def as_json(self) -> dict[str, Any]:
        if self.op in ("all", "any"):
            return {self.op: [part.as_json() for part in self.parts]}
        return {
            "field": self.field,
            self.op: self.values[0] if self.op == "equals" else list(self.values),
        }


@dataclass(frozen=True, kw_only=True)
class DocumentSlot:
    """An upload slot. `proposed`: the label is ours, not the manual's. `label_truncated`: the
    manual's label is incomplete and is shown as it stands."""

    id: str
    label_az: str
    label_en: str
    required: bool = True
    proposed: bool = False
    label_truncated: bool = False
    when: Condition | None = None
    source: str
    verified: bool

    def as_json(self) -> dict[str, Any]:
        """The slot in the fee_categories.json format; parse_document_slot reads it back."""
        return cast(dict[str, Any], _to_json(self))


@dataclass(frozen=True)
class AdmissionLine:
    """An admission line (spec P10); `label_az` is None until the Ministry supplies the name."""

    code: str
    label_az: str | None
    label_en: str
    auto_load: AutoLoad  # P12 loads admission data by FİN, by DİM document number, or not
    manual_stage_and_level: bool  # P12: previous stage and education level chosen by hand
    documents: tuple[DocumentSlot, ...]  # the documents P12 requires
    awaiting_confirmation: bool
    source: str
    verified: bool

    @property
    def auto_admission_data(self) -> bool:
        return self.auto_load != "none"


@dataclass(frozen=True, kw_only=True)
class Option:
    id: str  # what is stored as the answer
    label_az: str
    label_en: str
    proposed: bool
    source: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class SubQuestion:
    id: str  # the field id, e.g. fee.sub.orphan_reason
    label_az: str
    label_en: str
    widget: Widget
    required: bool
    options: tuple[Option, ...]
    when: Condition | None = None  # refers to earlier sub-questions only
    proposed: bool
    source: str
    verified: bool


@dataclass(frozen=True, kw_only=True)
class FeeCategory:
    """A fee-exemption category (spec P13).

    Answers map sub-question ids to option ids; an empty string means unanswered. Answers to
    sub-questions that are hidden by the other answers are ignored.
    """

    code: str
    label_az: str
    label_en: str
    label_truncated: bool
    proposed: bool
    sub_questions: tuple[SubQuestion, ...]
    documents: tuple[DocumentSlot, ...]
    source: str
    verified: bool

    def effective_answers(self, answers: Mapping[str, str]) -> dict[str, str]:
        """The answers that count; an unknown question or option raises BadInput."""
        questions = {question.id: question for question in self.sub_questions}
        for key, value in answers.items():
            if key not in questions:
                raise BadInput(
                    f"'{key}' is not a question of fee category '{self.code}'.", field=key
                )
            if value and value not in {option.id for option in questions[key].options}:
                raise BadInput(f"'{value}' is not an option of '{key}'.", field=key)
        effective: dict[str, str] = {}
        for question in self.sub_questions:  # in order: a condition looks only backwards
            if answers.get(question.id) and _shown(question.when, effective):
                effective[question.id] = answers[question.id]
        return effective

    def visible_sub_questions(self, answers: Mapping[str, str]) -> list[SubQuestion]:
        effective = self.effective_answers(answers)
        return [q for q in self.sub_questions if _shown(q.when, effective)]

    def unanswered(self, answers: Mapping[str, str]) -> list[SubQuestion]:
        """Required sub-questions that are shown but not answered."""
        effective = self.effective_answers(answers)
        return [
            q for q in self.visible_sub_questions(answers) if q.required and q.id not in effective
        ]

    def applicable_documents(self, answers: Mapping[str, str]) -> list[DocumentSlot]:
        effective = self.effective_answers(answers)
        return [slot for slot in self.documents if _shown(slot.when, effective)]

    def required_documents(self, answers: Mapping[str, str]) -> list[DocumentSlot]:
        return [slot for slot in self.applicable_documents(answers) if slot.required]

    def as_json(self) -> dict[str, Any]:
        """The category in the fee_categories.json format; parse_fee_category reads it back."""
        return cast(dict[str, Any], _to_json(self))


def _shown(when: Condition | None, answers: Mapping[str, str]) -> bool:
    return when is None or when.holds(answers)


@dataclass(frozen=True)
class MinPassingScore:
    """A DİM minimum passing score; `specialisation` is empty for bachelor's rows."""

    institution_code: str
    specialty_code: str
    specialisation: str
    year: int
    form: StudyForm
    language: str  # ISO 639-1: az, ru, en, ...
    basis: Basis
    score: float
    source: str
    verified: bool

    @property
    def key(self) -> tuple[str, str, str, int, str, str, str]:
        return (
            self.institution_code,
            self.specialty_code,
            self.specialisation,
            self.year,
            self.form,
            self.language,
            self.basis,
        )


# ---- the whole set --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceData:
    """Everything the reference files hold, checked for consistency.

    Tuples keep file order, which is the display order. Lookups raise NotFound.
    """

    countries: tuple[Country, ...]
    subdivisions: tuple[Subdivision, ...]
    institutions: tuple[Institution, ...]
    specialties: tuple[Specialty, ...]
    specialisations: tuple[Specialisation, ...]
    choice_lists: Mapping[str, tuple[Choice, ...]]  # CHOICE_LISTS name -> options
    admission_lines: tuple[AdmissionLine, ...]
    fee_categories: tuple[FeeCategory, ...]
    min_passing_scores: tuple[MinPassingScore, ...]
    file_hashes: tuple[tuple[str, str], ...] = ()  # (file name, SHA-256 hex), sorted by name
    _index: dict[str, dict[Any, Any]] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, dict[Any, Any]] = {
            "country": {c.alpha_2: c for c in self.countries},
            "subdivision": {s.code: s for s in self.subdivisions},
            "institution": {i.code: i for i in self.institutions},
            "specialty": {s.code: s for s in self.specialties},
            "admission line": {line.code: line for line in self.admission_lines},
            "fee category": {c.code: c for c in self.fee_categories},
            "score": {row.key: row for row in self.min_passing_scores},
        }
        for name, options in self.choice_lists.items():
            index[name] = {choice.code: choice for choice in options}
        object.__setattr__(self, "_index", index)

    @classmethod
    def load(cls, directory: Path | None = None) -> ReferenceData:
        """Read and check every file; a bad row raises BadInput naming the file and line."""
        if directory is None:
            from registrar.paths import resource

            directory = resource("reference")
        data = _build({name: _read_file(directory / name) for name in FILES})
        log.debug(
            "reference data: %d institutions, %d specialties",
            len(data.institutions),
            len(data.specialties),
        )
        return data

    def sha256(self) -> str:
        """One digest over the files read (their `sha256sum` lines), for rule versions."""
        listing = "".join(f"{digest}  {name}\n" for name, digest in self.file_hashes)
        return hashlib.sha256(listing.encode("utf-8")).hexdigest()

    def _get(self, index: str, code: str) -> Any:
        try:
            return self._index[index][code]
        except KeyError:
            raise NotFound(f"No {index} with code '{code}'.", field=index) from None

    def country(self, alpha_2: str) -> Country:
        return cast(Country, self._get("country", alpha_2))

    def subdivision(self, code: str) -> Subdivision:
        return cast(Subdivision, self._get("subdivision", code))

    def institution(self, code: str) -> Institution:
        return cast(Institution, self._get("institution", code))

    def specialty(self, code: str) -> Specialty:
        return cast(Specialty, self._get("specialty", code))

    def specialisations_of(self, specialty_code: str) -> tuple[Specialisation, ...]:
        self.specialty(specialty_code)
        return tuple(s for s in self.specialisations if s.specialty_code == specialty_code)

    def choices(self, list_name: str) -> tuple[Choice, ...]:
        if list_name not in self.choice_lists:
            raise NotFound(f"No option list named '{list_name}'.", field="list_name")
        return self.choice_lists[list_name]

    def choice(self, list_name: str, code: str) -> Choice:
        self.choices(list_name)
        return cast(Choice, self._get(list_name, code))

    def admission_line(self, code: str) -> AdmissionLine:
        return cast(AdmissionLine, self._get("admission line", code))

    def fee_category(self, code: str) -> FeeCategory:
        return cast(FeeCategory, self._get("fee category", code))

    def sub_questions(self, category_code: str, answers: Mapping[str, str]) -> list[SubQuestion]:
        """The category's sub-questions shown for these answers, in order."""
        return self.fee_category(category_code).visible_sub_questions(answers)

    def required_fee_documents(
        self, category_code: str, answers: Mapping[str, str]
    ) -> list[DocumentSlot]:
        return self.fee_category(category_code).required_documents(answers)

    def min_passing_score(
        self,
        institution_code: str,
        specialty_code: str,
        year: int,
        *,
        form: StudyForm,
        language: str,
        basis: Basis,
        specialisation: str = "",
    ) -> float | None:
        """The imported minimum for exactly this key, or None when none was imported."""
        key = (institution_code, specialty_code, specialisation, year, form, language, basis)
        row: MinPassingScore | None = self._index["score"].get(key)
        return None if row is None else row.score

    def read_min_passing_scores(self, path: Path) -> tuple[MinPassingScore, ...]:
        """Check an import file in the min_passing_scores.csv format against this data."""
        rows = _csv_rows(path.name, _read_file(path), COLUMNS[MIN_SCORES_FILE])
        return _min_scores(rows, self)


load = ReferenceData.load


# ---- CSV files ------------------------------------------------------------------------------

T = TypeVar("T")


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved field types of a dataclass, computed once per class."""
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path.name}: missing from {path.parent}.", field=path.name) from None


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(f"{name}, line {line}: not valid UTF-8.", field=name, line=line) from None


@dataclass(frozen=True)
class _Row:
    file: str
    line: int
    values: Mapping[str, str]

    def error(self, column: str | None, message: str) -> BadInput:
        where = f"{self.file}, line {self.line}" + (f", column {column}" if column else "")
        return BadInput(f"{where}: {message}", field=self.file, line=self.line)

    def text(self, column: str, *, optional: bool = False) -> str:
        if not self.values[column] and not optional:
            raise self.error(column, "must not be empty.")
        return self.values[column]

    def code(self, column: str, pattern: re.Pattern[str] = _CODE) -> str:
        if not pattern.fullmatch(value := self.values[column]):
            raise self.error(column, f"'{value}' is not a valid code.")
        return value

    def flag(self, column: str) -> bool:
        if (value := self.values[column]) not in ("true", "false"):
            raise self.error(column, f"must be true or false, not '{value}'.")
        return value == "true"

    def one_of(self, column: str, allowed: tuple[str, ...]) -> str:
        if (value := self.values[column]) not in allowed:
            raise self.error(column, f"'{value}' is not one of {', '.join(allowed)}.")
        return value

    def integer(self, column: str, low: int, high: int) -> int:
        value = self.values[column]
        if not re.fullmatch(r"[0-9]{1,6}", value) or not low <= int(value) <= high:
            raise self.error(column, f"'{value}' is not a whole number from {low} to {high}.")
        return int(value)

    def typed(self, cls: type[T], **given: Any) -> T:
        """An instance of `cls`, each field read from the column of the same name by its type:
        str (non-empty), str | None (empty -> None), bool, Literal[...]; `given` overrides."""
        hints = _hints(cls)
        values = dict(given)
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            if item.name in values or not item.init:
                continue
            if item.name not in self.values and item.default is not dataclasses.MISSING:
                continue  # no such column: the field's default (e.g. DocumentSlot.when)
            hint = hints[item.name]
            if hint is bool:
                values[item.name] = self.flag(item.name)
            elif hint is str:
                values[item.name] = self.text(item.name)
            elif hint == str | None:
                values[item.name] = self.values[item.name] or None
            elif get_origin(hint) is Literal:
                values[item.name] = self.one_of(item.name, get_args(hint))
            else:
                raise TypeError(f"{cls.__name__}.{item.name}: no column conversion for {hint}")
        return cls(**values)


def _csv_rows(name: str, data: bytes, columns: tuple[str, ...]) -> list[_Row]:
    expected = (*columns, *PROVENANCE)
    reader = csv.reader(io.StringIO(_decode(name, data), newline=""), strict=True)
    rows: list[_Row] = []
    try:
        header = next(reader, [])
        if len(set(header)) != len(header) or set(header) != set(expected):
            message = f"{name}, line 1: the header must name the columns {', '.join(expected)}."
            raise BadInput(message, field=name, line=1)
        for values in reader:
            if not values:
                continue  # a blank line
            row = _Row(name, reader.line_num, dict(zip(header, values, strict=False)))
            if len(values) != len(header):
                raise row.error(None, f"{len(values)} fields; the header has {len(header)}.")
            for column, value in row.values.items():
                if value != value.strip() or "\n" in value or "\r" in value:
                    raise row.error(column, "has spaces at either end or a line break.")
                if not unicodedata.is_normalized("NFC", value):
                    raise row.error(column, "is not in Unicode NFC form.")
            rows.append(row)
    except csv.Error as exc:
        line = reader.line_num
        raise BadInput(f"{name}, line {line}: {exc}.", field=name, line=line) from None
    return rows


def _unique(row: _Row, seen: set[Any], key: Any, column: str, what: str) -> None:
    if key in seen:
        raise row.error(column, f"duplicate {what}.")
    seen.add(key)


def _build(raw: Mapping[str, bytes]) -> ReferenceData:
    rows = {name: _csv_rows(name, raw[name], columns) for name, columns in COLUMNS.items()}
    countries = {r.alpha_2: r for r in _countries(rows["countries.csv"])}
    subdivisions = {s.code: s for s in _subdivisions(rows["az_subdivisions.csv"])}
    specialties = _specialties(rows["specialties.csv"])
    choice_lists: dict[str, tuple[Choice, ...]] = {}
    for name in CHOICE_LISTS:
        parents = choice_lists["previous_education_stages"] if name == "education_levels" else None
        choice_lists[name] = _choices(name, rows[f"{name}.csv"], parents)
    data = ReferenceData(
        countries=tuple(countries.values()),
        subdivisions=tuple(subdivisions.values()),
        institutions=_institutions(rows["institutions.csv"], countries, subdivisions),
        specialties=specialties,
        specialisations=_specialisations(rows["specialisations.csv"], specialties),
        choice_lists=choice_lists,
        admission_lines=_admission_lines(
            rows["admission_lines.csv"], rows["admission_documents.csv"]
        ),
        fee_categories=_fee_categories(_decode(FEE_CATEGORIES_FILE, raw[FEE_CATEGORIES_FILE])),
        min_passing_scores=(),
        file_hashes=tuple((name, hashlib.sha256(raw[name]).hexdigest()) for name in sorted(raw)),
    )
    return replace(data, min_passing_scores=_min_scores(rows[MIN_SCORES_FILE], data))


def _countries(rows: list[_Row]) -> list[Country]:
    seen: set[str] = set()
    for row in rows:
        row.code("alpha_2", re.compile(r"[A-Z]{2}"))
        row.code("alpha_3", re.compile(r"[A-Z]{3}"))
        row.code("numeric", re.compile(r"[0-9]{3}"))
        _unique(row, seen, row.values["alpha_2"], "alpha_2", "country code")
    return [row.typed(Country) for row in rows]


def _subdivisions(rows: list[_Row]) -> list[Subdivision]:
    codes = {row.code("code", re.compile(r"AZ-[A-Z0-9]{1,3}")) for row in rows}
    seen: set[str] = set()
    for row in rows:
        _unique(row, seen, row.values["code"], "code", "subdivision code")
        if (parent := row.values["parent_code"]) and parent not in codes:
            raise row.error("parent_code", f"'{parent}' is not a subdivision code.")
    return [row.typed(Subdivision) for row in rows]


def _institutions(
    rows: list[_Row], countries: Mapping[str, Country], subdivisions: Mapping[str, Subdivision]
) -> tuple[Institution, ...]:
    result: list[Institution] = []
    seen: set[str] = set()
    for row in rows:
        _unique(row, seen, row.code("code", _INSTITUTION_CODE), "code", "institution code")
        item = row.typed(Institution, founder_body=row.text("founder_body", optional=True))
        if item.country not in countries:
            raise row.error("country", f"'{item.country}' is not in countries.csv.")
        place = subdivisions.get(item.city_code or "")
        if item.country == "AZ" and (place is None or place.type == "autonomous_republic"):
            raise row.error("city_code", "must be a city or rayon code from az_subdivisions.csv.")
        if item.country != "AZ" and item.city_code is not None:
            raise row.error("city_code", "must be empty for an institution abroad.")
        if place is not None and place.name != item.city:
            raise row.error(
                "city", f"'{item.city}' is not the name of {place.code} ({place.name})."
            )
        if item.is_hei and item.ownership == "state" and not item.founder_body:
            raise row.error("founder_body", "a state HEI needs 'mse' or its founder body's name.")
        result.append(item)
    return tuple(result)


def _specialties(rows: list[_Row]) -> tuple[Specialty, ...]:
    result: list[Specialty] = []
    codes: set[str] = set()
    names: set[tuple[str, str]] = set()
    for row in rows:
        _unique(row, codes, row.code("code"), "code", "specialty code")
        item = row.typed(Specialty, dim_group=row.integer("dim_group", 1, 5))
        _unique(row, names, (item.name_az.casefold(), item.level), "name_az", "name at this level")
        if item.level == "basic_medicine" and not item.basic_medicine:
            raise row.error("basic_medicine", "must be true for a basic_medicine specialty.")
        result.append(item)
    return tuple(result)


def _specialisations(
    rows: list[_Row], specialties: tuple[Specialty, ...]
) -> tuple[Specialisation, ...]:
    masters = {s.code for s in specialties if s.level == "master"}
    codes: set[str] = set()
    names: set[tuple[str, str]] = set()
    for row in rows:
        if row.values["specialty_code"] not in masters:
            raise row.error("specialty_code", "is not a master's specialty in specialties.csv.")
        _unique(row, codes, row.code("code"), "code", "specialisation code")
        key = (row.values["specialty_code"], row.text("name_az"))
        _unique(row, names, key, "name_az", "specialisation of this specialty")
    return tuple(row.typed(Specialisation) for row in rows)


def _choices(
    list_name: str, rows: list[_Row], parents: tuple[Choice, ...] | None
) -> tuple[Choice, ...]:
    parent_codes = {parent.code for parent in parents or ()}
    seen: set[str] = set()
    for row in rows:
        _unique(row, seen, row.code("code", _ID), "code", "code")
        parent = row.values["parent_code"]
        if parents is None and parent:
            raise row.error("parent_code", "must be empty in this list.")
        if parents is not None and parent not in parent_codes:
            raise row.error("parent_code", f"'{parent}' is not a code of the parent list.")
    return tuple(
        row.typed(Choice, list_name=list_name, position=position)
        for position, row in enumerate(rows, start=1)
    )


def _admission_lines(lines: list[_Row], documents: list[_Row]) -> tuple[AdmissionLine, ...]:
    slots: dict[str, list[DocumentSlot]] = {}
    for row in lines:
        _unique(row, set(slots), row.code("code", _ID), "code", "admission line code")
        slots[row.values["code"]] = []
    for row in documents:
        if (line_code := row.values["line_code"]) not in slots:
            raise row.error("line_code", f"'{line_code}' is not in admission_lines.csv.")
        seen = {slot.id for slot in slots[line_code]}
        _unique(row, seen, row.code("slot_id", _FIELD_ID), "slot_id", "slot of this line")
        slots[line_code].append(row.typed(DocumentSlot, id=row.values["slot_id"]))
    return tuple(
        row.typed(AdmissionLine, documents=tuple(slots[row.values["code"]])) for row in lines
    )


def _min_scores(rows: list[_Row], data: ReferenceData) -> tuple[MinPassingScore, ...]:
    result: list[MinPassingScore] = []
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        hei = data._index["institution"].get(row.values["institution_code"])
        if hei is None or not hei.is_hei:
            raise row.error("institution_code", "is not an HEI code in institutions.csv.")
        if row.values["specialty_code"] not in data._index["specialty"]:
            raise row.error("specialty_code", "is not a code in specialties.csv.")
        row.code("language", re.compile(r"[a-z]{2}"))
        try:
            score = float(row.values["score"])
        except ValueError:
            score = math.nan
        if not math.isfinite(score) or score < 0:
            raise row.error("score", f"'{row.values['score']}' is not a score.")
        item = row.typed(
            MinPassingScore,
            specialisation=row.text("specialisation", optional=True),
            year=row.integer("year", 1990, 2100),
            score=score,
        )
        _unique(row, seen, item.key, "institution_code", "score for the same key")
        result.append(item)
    return tuple(result)


# ---- fee categories (JSON) ------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """Where a JSON value sits: its path, and its line when the file's text is known."""

    file: str
    text: str = ""
    path: str = ""
    pos: int = 0

    def at(self, step: str, ident: object = None) -> _Place:
        """A child; an object with an id or code is located by that id for the line number."""
        pos = self.pos
        if isinstance(ident, str) and self.text:
            quoted = re.escape(json.dumps(ident, ensure_ascii=False))
            found = re.compile(r'"(?:id|code)"\s*:\s*' + quoted).search(self.text, self.pos)
            pos = found.start() if found else pos
        return _Place(self.file, self.text, self.path + step, pos)

    def error(self, message: str) -> BadInput:
        line = self.text.count("\n", 0, self.pos) + 1 if self.text else None
        where = self.file + (f", line {line}" if line else "") + f", at {self.path or 'top'}"
        return BadInput(f"{where}: {message}", field=self.file, line=line)


def _typed_json(cls: type[T], value: Any, place: _Place, **given: Any) -> T:
    """Build `cls` from a JSON object whose keys are its field names: texts non-empty, flags
    boolean, fields with a default optional, `given` fields (the nested lists) supplied."""
    if not isinstance(value, dict):
        raise place.error("must be an object.")
    fields = {item.name: item for item in dataclasses.fields(cls)}  # type: ignore[arg-type]
    if unknown := set(value) - set(fields):
        raise place.error(f"unknown key(s) {', '.join(sorted(unknown))}.")
    optional = {name for name, item in fields.items() if item.default is not dataclasses.MISSING}
    if missing := set(fields) - set(value) - optional:
        raise place.error(f"missing {', '.join(sorted(missing))}.")
    hints = _hints(cls)
    values = dict(given)
    for name in set(value) - set(given):
        item, hint = value[name], hints[name]
        if hint is bool and not isinstance(item, bool):
            raise place.error(f"'{name}' must be true or false.")
        if hint is str and not (isinstance(item, str) and item and item == item.strip()):
            raise place.error(f"'{name}' must be a text without spaces at either end.")
        if isinstance(item, str) and not unicodedata.is_normalized("NFC", item):
            raise place.error(f"'{name}' is not in Unicode NFC form.")
        if get_origin(hint) is Literal and item not in get_args(hint):
            raise place.error(f"'{name}' must be one of {', '.join(get_args(hint))}.")
        values[name] = _condition(item, place.at(f".{name}")) if name == "when" else item
    return cls(**values)


def _list(value: Any, key: str, place: _Place) -> list[Any]:
    items = value.get(key) if isinstance(value, dict) else None
    if not isinstance(items, list):
        raise place.error(f"'{key}' must be a list.")
    return items


def _ident(item: Any) -> object:
    return item.get("id", item.get("code")) if isinstance(item, dict) else None


def condition_from_json(value: Any) -> Condition:
    """Parse the condition format of README.md (`field` with `equals` or `in`; `all`; `any`)."""
    return _condition(value, _Place("condition"))


def _condition(value: Any, place: _Place) -> Condition:
    keys = set(value) if isinstance(value, dict) else set()
    if keys in ({"all"}, {"any"}):
        op = cast(ConditionOp, keys.pop())
        if not isinstance(value[op], list) or not value[op]:
            raise place.error(f"'{op}' must be a non-empty list of conditions.")
        parts = (_condition(part, place.at(f".{op}[{n}]")) for n, part in enumerate(value[op]))
        return Condition(op, parts=tuple(parts))
    if keys in ({"field", "equals"}, {"field", "in"}):
        op = "equals" if "equals" in keys else "in"
        values = [value["equals"]] if op == "equals" else value["in"]
        if not isinstance(values, list) or not values:
            raise place.error("'in' must be a non-empty list.")
        if not all(isinstance(text, str) and text for text in [value["field"], *values]):
            raise place.error("a condition's field and values must be non-empty texts.")
        return Condition(op, field=value["field"], values=tuple(values))
    raise place.error("a condition is {field, equals}, {field, in}, {all: [...]} or {any: [...]}.")


def _check_condition(
    when: Condition | None, questions: Mapping[str, SubQuestion], place: _Place
) -> None:
    for leaf in when.leaves() if when is not None else ():
        if (question := questions.get(leaf.field)) is None:
            raise place.error(f"'{leaf.field}' is not an earlier sub-question of this category.")
        if unknown := set(leaf.values) - {option.id for option in question.options}:
            raise place.error(f"{sorted(unknown)} not among the options of '{question.id}'.")


def _checked_id(item: Any, pattern: re.Pattern[str], seen: set[str], place: _Place) -> None:
    if not isinstance(item, str) or not pattern.fullmatch(item) or item in seen:
        raise place.error(f"'{item}' is not a valid id, or is used twice.")
    seen.add(item)


def parse_fee_category(value: Any) -> FeeCategory:
    """One category in the fee_categories.json format (for example as stored in a table)."""
    return _fee_category(value, _Place("fee category"))


def parse_document_slot(value: Any) -> DocumentSlot:
    """One slot as DocumentSlot.as_json() wrote it (e.g. an admission line's stored documents).

    A stand-alone slot has no sub-questions, so it cannot carry a condition.
    """
    place = _Place("document slot")
    _checked_id(_ident(value), _FIELD_ID, set(), place)
    slot = _typed_json(DocumentSlot, value, place)
    _check_condition(slot.when, {}, place.at(".when"))
    return slot


def _fee_category(value: Any, place: _Place) -> FeeCategory:
    questions: dict[str, SubQuestion] = {}
    for n, raw in enumerate(_list(value, "sub_questions", place)):
        here = place.at(f".sub_questions[{n}]", _ident(raw))
        options: list[Option] = []
        for m, raw_option in enumerate(_list(raw, "options", here)):
            there = here.at(f".options[{m}]", _ident(raw_option))
            _checked_id(_ident(raw_option), _ID, {o.id for o in options}, there)
            options.append(_typed_json(Option, raw_option, there))
        if not options:
            raise here.error("a sub-question needs at least one option.")
        _checked_id(_ident(raw), _FIELD_ID, set(questions), here)
        question = _typed_json(SubQuestion, raw, here, options=tuple(options))
        _check_condition(question.when, questions, here.at(".when"))
        questions[question.id] = question
    documents: list[DocumentSlot] = []
    for n, raw in enumerate(_list(value, "documents", place)):
        here = place.at(f".documents[{n}]", _ident(raw))
        _checked_id(_ident(raw), _FIELD_ID, {d.id for d in documents}, here)
        slot = _typed_json(DocumentSlot, raw, here)
        _check_condition(slot.when, questions, here.at(".when"))
        documents.append(slot)
    _checked_id(_ident(value), _ID, set(), place)
    nested = {"sub_questions": tuple(questions.values()), "documents": tuple(documents)}
    return _typed_json(FeeCategory, value, place, **nested)


def _fee_categories(text: str) -> tuple[FeeCategory, ...]:
    top = _Place(FEE_CATEGORIES_FILE, text)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"{FEE_CATEGORIES_FILE}, line {exc.lineno}: {exc.msg}."
        raise BadInput(message, field=FEE_CATEGORIES_FILE, line=exc.lineno) from None
    if not isinstance(document, dict) or set(document) - {"format", "description", "categories"}:
        raise top.error("the file holds one object with format, description and categories.")
    if document.get("format") != 1:
        raise top.error("'format' must be 1.")
    categories: list[FeeCategory] = []
    for n, raw in enumerate(_list(document, "categories", top)):
        here = top.at(f"categories[{n}]", _ident(raw))
        _checked_id(_ident(raw), _ID, {c.code for c in categories}, here)
        categories.append(_fee_category(raw, here))
    return tuple(categories)


def _to_json(value: Any) -> Any:
    if isinstance(value, Condition):
        return value.as_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = ((item.name, getattr(value, item.name)) for item in dataclasses.fields(value))
        return {name: _to_json(item) for name, item in items if item is not None}
    if isinstance(value, tuple):
        return [_to_json(item) for item in value]
    return value
