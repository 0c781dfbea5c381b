"""The case file of rules-api.md parsed into frozen dataclasses, with its field-level checks.

Parsing checks the type and enum value of every field that is present; whether a field is
needed depends on the path the rules take, so the rules ask for it with `need(...)` and a
missing one becomes `BadInput` naming the field. Unknown fields are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from registrar.services.errors import BadInput
from registrar.services.rules.fields import (
    ABSENT,
    Absent,
    choice,
    date_field,
    flag,
    integer,
    need,
    number,
    object_field,
    text,
    year,
)

LEVELS_IN_SCOPE = frozenset({"bachelor", "master", "basic_medicine"})
KINDS = ("inter_hei", "specialty_change", "form_change")
ORIGINS = frozenset({"domestic", "foreign"})
CITIZENSHIPS = frozenset({"az", "foreign", "stateless"})
STUDY_FORMS = frozenset({"full_time", "extramural", "evening", "distance"})
OWNERSHIPS = frozenset({"state", "private"})
ADMISSION_BASES = frozenset({"dim_exam", "international_exam", "other"})
FUNDINGS = frozenset({"state_order", "fee_paying"})
FROM_TYPES = frozenset({"same_hei", "other_domestic_hei", "special_purpose_hei", "foreign_hei"})
CASE_KINDS = ("transfer", "restoration", "academic_leave", "leave_return", "expulsion")


# ---- shared objects -------------------------------------------------------------------------


@dataclass(frozen=True)
class Hei:
    """A higher-education institution as the case describes it (rules-api.md)."""

    field: str  # where it sits in the case, for error messages
    name: str | None
    city: str | None
    country: str
    ownership: str | None
    founder_body: str | None
    special_purpose: bool
    accredited: bool | None

    def need_city(self) -> str:
        return need(self.city, f"{self.field}.city")

    def need_ownership(self) -> str:
        return need(self.ownership, f"{self.field}.ownership")

    def need_accredited(self) -> bool:
        return need(self.accredited, f"{self.field}.accredited")

    def founder_is_mse(self) -> bool:
        return need(self.founder_body, f"{self.field}.founder_body").strip().lower() == "mse"


def parse_hei(value: Any, field: str) -> Hei:
    data = object_field(value, field)
    return Hei(
        field=field,
        name=text(data, "name", field),
        city=text(data, "city", field),
        country=text(data, "country", field) or "AZ",
        ownership=choice(data, "ownership", OWNERSHIPS, field),
        founder_body=text(data, "founder_body", field),
        special_purpose=bool(flag(data, "special_purpose", field)),
        accredited=flag(data, "accredited", field),
    )


@dataclass(frozen=True)
class Specialty:
    """A specialty (degree programme); equal `code` means the same specialty."""

    field: str
    code: str
    name: str | None
    dim_group: int | None
    law: bool
    basic_medicine: bool
    culture_arts: bool

    def need_group(self) -> int:
        return need(self.dim_group, f"{self.field}.dim_group")


def parse_specialty(value: Any, field: str) -> Specialty:
    data = object_field(value, field)
    code = data.get("code")
    if not isinstance(code, str) or not code.strip():
        raise BadInput(f"'{field}.code' is required and must be a string.", field=f"{field}.code")
    return Specialty(
        field=field,
        code=code.strip(),
        name=text(data, "name", field),
        dim_group=integer(data, "dim_group", field),
        law=bool(flag(data, "law", field)),
        basic_medicine=bool(flag(data, "basic_medicine", field)),
        culture_arts=bool(flag(data, "culture_arts", field)),
    )


@dataclass(frozen=True)
class IntlResults:
    sat_total: float | None = None
    sat_math: float | None = None
    toefl_ibt: float | None = None
    ielts: float | None = None


def _optional(data: Mapping[str, Any], key: str, parse: Any) -> Any:
    value = data.get(key)
    return None if value is None else parse(value, key)


# ---- the move: transfer, and the move that follows a restoration or a return from leave ------


@dataclass(frozen=True)
class MoveFacts:
    """What the transfer rules (2.1-2.14, 1.5-1.9) read. A restoration or a return from leave
    is turned into one of these to reuse the group and score rules."""

    level: str
    kinds: frozenset[str] | None
    origin: str | None
    citizenship: str | None
    source_hei: Hei | None
    target_hei: Hei | None
    source_study_form: str | None
    target_study_form: str | None
    admitted_specialty: Specialty | None
    current_specialty: Specialty | None
    target_specialty: Specialty | None
    current_specialisation: str | None
    target_specialisation: str | None
    first_semester_completed: bool | None
    master_year: int | None
    effective_date: date | None
    returning_from_leave: bool
    own_programme_discontinued: bool
    admission_basis: str | None
    took_dim_exam: bool | None
    dim_score: float | None
    dim_score_given: bool
    admission_year: int | None
    target_min_score: float | Absent | None
    intl: IntlResults
    funding: str | None
    third_party_payer: bool
    tuition_debt: bool
    mse_letter_received: date | None
    consent_letter_received: date | None
    personal_file_received: date | None
    raw: Mapping[str, Any]  # the case itself: the score lookup receives its HEI and specialty
    # field names as the case spells them, for error messages (a restoration says own_specialty)
    current_specialty_field: str = "current_specialty"
    source_hei_field: str = "source_hei"

    @property
    def inter_hei(self) -> bool:
        return "inter_hei" in need(self.kinds, "kinds")

    @property
    def form_change(self) -> bool:
        return "form_change" in need(self.kinds, "kinds")

    def current(self) -> Specialty:
        return need(self.current_specialty, self.current_specialty_field)

    def target(self) -> Specialty:
        return need(self.target_specialty, "target_specialty")

    def admitted(self) -> Specialty:
        return need(self.admitted_specialty, "admitted_specialty")

    def target_hei_(self) -> Hei:
        return need(self.target_hei, "target_hei")

    def source_hei_(self) -> Hei:
        """The HEI the student leaves; for a move inside one HEI, the target HEI."""
        if self.source_hei is not None:
            return self.source_hei
        if not self.inter_hei:
            return self.target_hei_()
        return need(self.source_hei, self.source_hei_field)

    @property
    def same_specialty(self) -> bool:
        return self.target().code == self.current().code

    @property
    def same_specialisation(self) -> bool:
        return _same_text(self.target_specialisation, self.current_specialisation)

    @property
    def changes_specialty(self) -> bool:
        """A change of specialty (or of specialisation): declared in `kinds` or visible in the
        specialties themselves."""
        return (
            "specialty_change" in need(self.kinds, "kinds")
            or not self.same_specialty
            or not self.same_specialisation
        )

    @property
    def leave_case(self) -> bool:
        return self.returning_from_leave and self.own_programme_discontinued


def _same_text(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _kinds(data: Mapping[str, Any]) -> frozenset[str] | None:
    value = data.get("kinds")
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise BadInput("'kinds' must be a non-empty list.", field="kinds")
    for item in value:
        if item not in KINDS:
            raise BadInput(
                f"'kinds' items must be among {', '.join(KINDS)}; got {item!r}.", field="kinds"
            )
    return frozenset(value)


def _intl(data: Mapping[str, Any]) -> IntlResults:
    value = data.get("intl")
    if value is None:
        return IntlResults()
    intl = object_field(value, "intl")
    return IntlResults(
        sat_total=number(intl, "sat_total", "intl"),
        sat_math=number(intl, "sat_math", "intl"),
        toefl_ibt=number(intl, "toefl_ibt", "intl"),
        ielts=number(intl, "ielts", "intl"),
    )


def _min_score(data: Mapping[str, Any]) -> float | Absent | None:
    if "target_min_score" not in data:
        return ABSENT
    return number(data, "target_min_score")


def parse_move(
    data: Mapping[str, Any],
    *,
    level: str,
    origin: str | None = None,
    kinds: frozenset[str] | None = None,
    source_hei: Hei | None = None,
    current_specialty: Specialty | None = None,
    current_specialisation: str | None = None,
    returning_from_leave: bool | None = None,
    own_programme_discontinued: bool | None = None,
    effective_date: date | None = None,
    current_specialty_field: str = "current_specialty",
    source_hei_field: str = "source_hei",
) -> MoveFacts:
    """Read the transfer fields; keyword arguments replace what a restoration or a return from
    leave supplies under other names."""
    target_hei = _optional(data, "target_hei", parse_hei)
    return MoveFacts(
        level=level,
        kinds=kinds if kinds is not None else _kinds(data),
        origin=origin if origin is not None else choice(data, "origin", ORIGINS),
        citizenship=choice(data, "citizenship", CITIZENSHIPS),
        source_hei=source_hei
        if source_hei is not None
        else _optional(data, "source_hei", parse_hei),
        target_hei=target_hei,
        source_study_form=choice(data, "source_study_form", STUDY_FORMS),
        target_study_form=choice(data, "target_study_form", STUDY_FORMS),
        admitted_specialty=_optional(data, "admitted_specialty", parse_specialty),
        current_specialty=current_specialty
        if current_specialty is not None
        else _optional(data, "current_specialty", parse_specialty),
        target_specialty=_optional(data, "target_specialty", parse_specialty),
        current_specialisation=current_specialisation
        if current_specialisation is not None
        else text(data, "current_specialisation"),
        target_specialisation=text(data, "target_specialisation"),
        first_semester_completed=flag(data, "first_semester_completed"),
        master_year=integer(data, "master_year"),
        effective_date=effective_date
        if effective_date is not None
        else date_field(data, "effective_date"),
        returning_from_leave=bool(
            returning_from_leave
            if returning_from_leave is not None
            else flag(data, "returning_from_leave")
        ),
        own_programme_discontinued=bool(
            own_programme_discontinued
            if own_programme_discontinued is not None
            else flag(data, "own_programme_discontinued")
        ),
        admission_basis=choice(data, "admission_basis", ADMISSION_BASES),
        took_dim_exam=flag(data, "took_dim_exam"),
        dim_score=number(data, "dim_score"),
        dim_score_given="dim_score" in data,
        admission_year=year(data, "admission_year"),
        target_min_score=_min_score(data),
        intl=_intl(data),
        funding=choice(data, "funding", FUNDINGS),
        third_party_payer=bool(flag(data, "third_party_payer")),
        tuition_debt=bool(flag(data, "tuition_debt")),
        mse_letter_received=date_field(data, "mse_letter_received"),
        consent_letter_received=date_field(data, "consent_letter_received"),
        personal_file_received=date_field(data, "personal_file_received"),
        raw=data,
        current_specialty_field=current_specialty_field,
        source_hei_field=source_hei_field,
    )


def parse_level(data: Mapping[str, Any]) -> str:
    return need(text(data, "level"), "level")


# ---- restoration, leave, return, expulsion --------------------------------------------------


@dataclass(frozen=True)
class RestorationFacts:
    level: str
    from_type: str | None
    expelled_from: Hei | None
    target_hei: Hei | None
    expulsion_date: date | None
    expulsion_ground: str | None
    date: date | None
    own_specialty: Specialty | None
    target_specialty: Specialty | None
    own_specialisation: str | None
    target_specialisation: str | None
    raw: Mapping[str, Any]  # for the transfer fields of 4.2 and 4.3


def parse_restoration(data: Mapping[str, Any]) -> RestorationFacts:
    return RestorationFacts(
        level=parse_level(data),
        from_type=choice(data, "from_type", FROM_TYPES),
        expelled_from=_optional(data, "expelled_from", parse_hei),
        target_hei=_optional(data, "target_hei", parse_hei),
        expulsion_date=date_field(data, "expulsion_date"),
        expulsion_ground=text(data, "expulsion_ground"),
        date=date_field(data, "date"),
        own_specialty=_optional(data, "own_specialty", parse_specialty),
        target_specialty=_optional(data, "target_specialty", parse_specialty),
        own_specialisation=text(data, "own_specialisation"),
        target_specialisation=text(data, "target_specialisation"),
        raw=data,
    )


@dataclass(frozen=True)
class LeaveFacts:
    ground: str
    start: date | None
    end: date | None
    commission_certificate_end: date | None


def parse_leave(data: Mapping[str, Any]) -> LeaveFacts:
    return LeaveFacts(
        ground=need(text(data, "ground"), "ground"),
        start=date_field(data, "start"),
        end=date_field(data, "end"),
        commission_certificate_end=date_field(data, "commission_certificate_end"),
    )


@dataclass(frozen=True)
class ReturnFacts:
    level: str
    return_date: date | None
    order_date: date | None
    own_programme_discontinued: bool | None
    raw: Mapping[str, Any]


def parse_return(data: Mapping[str, Any]) -> ReturnFacts:
    return ReturnFacts(
        level=parse_level(data),
        return_date=date_field(data, "return_date"),
        order_date=date_field(data, "order_date"),
        own_programme_discontinued=flag(data, "own_programme_discontinued"),
        raw=data,
    )


@dataclass(frozen=True)
class ExpulsionFacts:
    ground: str
    order_date: date | None
    mse_letter_received: date | None
    commission_certificate: bool | None
    registered_for_next_year: bool | None
    last_contact_date: date | None
    academic_year_start: int | None
    on_military_register: bool | None


def parse_expulsion(data: Mapping[str, Any]) -> ExpulsionFacts:
    return ExpulsionFacts(
        ground=need(text(data, "ground"), "ground"),
        order_date=date_field(data, "order_date"),
        mse_letter_received=date_field(data, "mse_letter_received"),
        commission_certificate=flag(data, "commission_certificate"),
        registered_for_next_year=flag(data, "registered_for_next_year"),
        last_contact_date=date_field(data, "last_contact_date"),
        academic_year_start=year(data, "academic_year_start"),
        on_military_register=flag(data, "on_military_register"),
    )


def case_kind(data: Any) -> str:
    """The `case` of a case object, checked."""
    if not isinstance(data, Mapping):
        raise BadInput("A case must be a JSON object.", field="case")
    kind = data.get("case")
    if kind not in CASE_KINDS:
        raise BadInput(
            f"'case' must be one of {', '.join(CASE_KINDS)}; got {kind!r}.", field="case"
        )
    return str(kind)
