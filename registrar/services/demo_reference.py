"""The reference data the demo generator draws from: from the database or the shipped files.

A fill reads the demo database's own reference tables (so every foreign key is right); the
intake records for validation read resources/reference/. Lists are in code order in both, so
both give the same demo data on a freshly seeded database.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import (
    AdmissionLine,
    FeeCategory,
    Institution,
    ReferenceChoice,
    Specialisation,
    Specialty,
)
from registrar.services.errors import BadInput
from registrar.services.reference import FeeCategory as FeeCategoryDef
from registrar.services.reference import parse_fee_category

MINISTRY_NAME: Final = "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi"  # if none is listed


@dataclass(frozen=True)
class Hei:
    code: str
    name: str
    city: str
    country: str
    ownership: str
    founder_body: str
    special_purpose: bool
    accredited: bool

    def as_case(self) -> dict[str, object]:
        return {
            "name": self.name,
            "city": self.city,
            "country": self.country,
            "ownership": self.ownership,
            "founder_body": self.founder_body,
            "special_purpose": self.special_purpose,
            "accredited": self.accredited,
        }


@dataclass(frozen=True)
class Spec:
    code: str
    name: str
    level: str
    dim_group: int
    law: bool
    basic_medicine: bool
    culture_arts: bool

    def as_case(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "dim_group": self.dim_group,
            "law": self.law,
            "basic_medicine": self.basic_medicine,
            "culture_arts": self.culture_arts,
        }


@dataclass(frozen=True)
class Slot:
    id: str
    label_az: str
    required: bool


@dataclass(frozen=True)
class Line:
    code: str
    manual_stage_and_level: bool
    documents: tuple[Slot, ...]


@dataclass(frozen=True)
class District:
    code: str
    label: str
    kind: str  # city | rayon


@dataclass(frozen=True)
class DemoReference:
    """The reference data the generator draws from, in a fixed order (by code).

    Built from the database's reference tables for a fill, or from resources/reference/ for
    `demo_intake_records`; both give the same data on a freshly seeded database.
    """

    own: Hei
    heis: tuple[Hei, ...]  # other domestic HEIs
    master_specialties: tuple[Spec, ...]
    bachelor_specialties: tuple[Spec, ...]
    specialisations: Mapping[str, tuple[tuple[str, str], ...]]  # specialty -> (code, name)
    districts: tuple[District, ...]
    migration_doc_types: tuple[str, ...]
    prev_stages: tuple[str, ...]
    edu_levels: tuple[tuple[str, str | None], ...]  # (code, parent stage)
    lines: tuple[Line, ...]
    fee_categories: tuple[FeeCategoryDef, ...]
    ministry_name: str
    ids: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (kind, code) -> id hex


def _check_reference(ref: DemoReference) -> DemoReference:
    if not (ref.master_specialties and ref.bachelor_specialties and ref.districts and ref.lines):
        raise BadInput(
            "The reference data lack master's or bachelor's specialties, districts or admission "
            "lines; the demo data cannot be made.",
            field="reference",
        )
    if not ref.heis:
        raise BadInput("The reference data hold no other institution.", field="reference")
    return ref


def _usable_spec(spec: Spec) -> bool:
    return not spec.basic_medicine and not spec.culture_arts


def reference_from_files(own_code: str) -> DemoReference:
    from registrar.services.reference import ReferenceData

    data = ReferenceData.load()
    heis = {
        i.code: Hei(
            i.code,
            i.name_az,
            i.city,
            i.country,
            i.ownership,
            i.founder_body,
            i.special_purpose,
            i.accredited,
        )
        for i in data.institutions
        if i.kind == "hei"
    }
    specs = sorted(
        (
            Spec(s.code, s.name_az, s.level, s.dim_group, s.law, s.basic_medicine, s.culture_arts)
            for s in data.specialties
        ),
        key=lambda s: (s.level, s.code),
    )
    specialisations: dict[str, list[tuple[str, str]]] = {}
    for item in sorted(data.specialisations, key=lambda s: (s.specialty_code, s.code)):
        specialisations.setdefault(item.specialty_code, []).append((item.code, item.name_az))
    districts = tuple(
        District(s.code, s.name, s.type)
        for s in sorted(data.subdivisions, key=lambda s: s.code)
        if s.type != "autonomous_republic"
    )
    return _check_reference(
        DemoReference(
            own=heis[own_code],
            heis=tuple(h for code, h in sorted(heis.items()) if code != own_code),
            master_specialties=tuple(s for s in specs if s.level == "master"),
            bachelor_specialties=tuple(
                s for s in specs if s.level == "bachelor" and _usable_spec(s)
            ),
            specialisations={k: tuple(v) for k, v in specialisations.items()},
            districts=districts,
            migration_doc_types=tuple(
                sorted(c.code for c in data.choice_lists["migration_document_types"])
            ),
            prev_stages=tuple(
                sorted(c.code for c in data.choice_lists["previous_education_stages"])
            ),
            edu_levels=tuple(
                sorted((c.code, c.parent_code) for c in data.choice_lists["education_levels"])
            ),
            lines=tuple(
                Line(
                    line.code,
                    line.manual_stage_and_level,
                    tuple(Slot(s.id, s.label_az, s.required) for s in line.documents),
                )
                for line in sorted(data.admission_lines, key=lambda line: line.code)
            ),
            fee_categories=tuple(sorted(data.fee_categories, key=lambda c: c.code)),
            ministry_name=next(
                (i.name_az for i in data.institutions if i.kind == "ministry"), MINISTRY_NAME
            ),
        )
    )


def reference_from_db(session: Session, own_code: str) -> DemoReference:
    live = Institution.deleted_at.is_(None)
    ids: dict[tuple[str, str], str] = {}
    heis: dict[str, Hei] = {}
    for i in session.scalars(select(Institution).where(live, Institution.kind == "hei")):
        heis[i.code] = Hei(
            i.code,
            i.name_az,
            i.city,
            i.country,
            i.ownership,
            i.founder_body,
            i.special_purpose,
            i.accredited,
        )
        ids[("institution", i.code)] = i.id.hex
    ministry_name = MINISTRY_NAME
    for i in session.scalars(select(Institution).where(live, Institution.kind == "ministry")):
        ministry_name = i.name_az
    specs: list[Spec] = []
    for s in session.scalars(select(Specialty).where(Specialty.deleted_at.is_(None))):
        specs.append(
            Spec(s.code, s.name_az, s.level, s.dim_group, s.law, s.basic_medicine, s.culture_arts)
        )
        ids[("specialty", f"{s.level}:{s.code}")] = s.id.hex
    specs.sort(key=lambda s: (s.level, s.code))
    master_codes = {
        ids[("specialty", f"master:{s.code}")]: s.code for s in specs if s.level == "master"
    }
    specialisations: dict[str, list[tuple[str, str]]] = {}
    rows = session.scalars(select(Specialisation).where(Specialisation.deleted_at.is_(None)))
    for item in sorted(rows, key=lambda s: s.code):
        parent = master_codes.get(item.specialty_id.hex)
        if parent is not None:
            specialisations.setdefault(parent, []).append((item.code, item.name_az))
    choices: dict[str, list[ReferenceChoice]] = {}
    for choice in session.scalars(
        select(ReferenceChoice).where(ReferenceChoice.deleted_at.is_(None))
    ):
        choices.setdefault(choice.list_name, []).append(choice)
    districts = []
    for choice in sorted(choices.get("district", []), key=lambda c: c.code):
        kind = json.loads(choice.extra_json or "{}").get("type", "rayon")
        if kind != "autonomous_republic":
            districts.append(District(choice.code, choice.label_az, kind))
    lines = []
    for line in session.scalars(select(AdmissionLine).where(AdmissionLine.deleted_at.is_(None))):
        slots = tuple(
            Slot(s["id"], s.get("label_az") or "", bool(s.get("required", True)))
            for s in json.loads(line.required_documents_json or "[]")
        )
        lines.append(Line(line.code, line.manual_stage_and_level, slots))
        ids[("line", line.code)] = line.id.hex
    categories = [
        parse_fee_category(json.loads(c.definition_json))
        for c in session.scalars(select(FeeCategory).where(FeeCategory.deleted_at.is_(None)))
    ]
    if own_code not in heis:
        raise BadInput(f"Unknown institution '{own_code}'.", field="institution")
    return _check_reference(
        DemoReference(
            own=heis[own_code],
            heis=tuple(h for code, h in sorted(heis.items()) if code != own_code),
            master_specialties=tuple(s for s in specs if s.level == "master"),
            bachelor_specialties=tuple(
                s for s in specs if s.level == "bachelor" and _usable_spec(s)
            ),
            specialisations={k: tuple(v) for k, v in specialisations.items()},
            districts=tuple(districts),
            migration_doc_types=tuple(
                sorted(c.code for c in choices.get("migration_document_types", []))
            ),
            prev_stages=tuple(sorted(c.code for c in choices.get("previous_education_stages", []))),
            edu_levels=tuple(
                sorted((c.code, c.parent_code) for c in choices.get("education_levels", []))
            ),
            lines=tuple(sorted(lines, key=lambda line: line.code)),
            fee_categories=tuple(sorted(categories, key=lambda c: c.code)),
            ministry_name=ministry_name,
            ids=ids,
        )
    )
