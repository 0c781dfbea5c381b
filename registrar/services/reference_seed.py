"""Load the shipped reference data (resources/reference/) into a database's reference tables.

Idempotent: rows are matched by code; missing ones are added, existing ones (which an admin may
have edited) are left alone. Reference rows are owned by the Ministry's institution row.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from registrar.models import (
    AdmissionLine,
    FeeCategory,
    Institution,
    MinPassingScore,
    ReferenceChoice,
    Specialisation,
    Specialty,
)
from registrar.services.reference import ReferenceData

log = logging.getLogger(__name__)

MINISTRY_CODE = "MSE"
# Reference rows get the same id on every workstation and at the centre (uuid5 over the table and
# the row's natural key), so independently set-up databases agree and sync cleanly.
NAMESPACE = uuid.UUID("5b1f3c6e-8d0a-4a57-9b1e-6f2d3c4b5a69")


def reference_id(table: str, *key: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join([table, *map(str, key)]))


@dataclass(frozen=True)
class SeedSummary:
    added: int
    kept: int


def seed_reference(session: Session, data: ReferenceData | None = None) -> SeedSummary:
    data = data or ReferenceData.load()
    added = kept = 0

    existing = {i.code: i for i in session.scalars(select(Institution))}
    ministry = existing.get(MINISTRY_CODE)
    ministry_id = ministry.id if ministry else reference_id("institution", MINISTRY_CODE)
    for row in data.institutions:
        if row.code in existing:
            kept += 1
            continue
        row_id = ministry_id if row.code == MINISTRY_CODE else reference_id("institution", row.code)
        institution = Institution(
            id=row_id,
            institution_id=ministry_id,
            code=row.code,
            kind=row.kind,
            name_az=row.name_az,
            city=row.city,
            city_code=row.city_code,
            country=row.country,
            ownership=row.ownership,
            founder_body=row.founder_body,
            special_purpose=row.special_purpose,
            accredited=row.accredited,
            source=row.source,
            verified=row.verified,
        )
        session.add(institution)
        existing[row.code] = institution
        added += 1
    session.flush()

    specialties = {(s.code, s.level): s for s in session.scalars(select(Specialty))}
    for spec in data.specialties:
        if (spec.code, spec.level) in specialties:
            kept += 1
            continue
        specialty = Specialty(
            id=reference_id("specialty", spec.code, spec.level),
            institution_id=ministry_id,
            code=spec.code,
            name_az=spec.name_az,
            level=spec.level,
            dim_group=spec.dim_group,
            law=spec.law,
            basic_medicine=spec.basic_medicine,
            culture_arts=spec.culture_arts,
            source=spec.source,
            verified=spec.verified,
        )
        session.add(specialty)
        specialties[(spec.code, spec.level)] = specialty
        added += 1
    session.flush()

    by_code = {code: s for (code, _level), s in specialties.items()}
    present = {(s.specialty_id, s.code) for s in session.scalars(select(Specialisation))}
    for item in data.specialisations:
        parent = by_code[item.specialty_code]
        if (parent.id, item.code) in present:
            kept += 1
            continue
        session.add(
            Specialisation(
                id=reference_id("specialisation", item.specialty_code, item.code),
                institution_id=ministry_id,
                specialty_id=parent.id,
                code=item.code,
                name_az=item.name_az,
                source=item.source,
                verified=item.verified,
            )
        )
        added += 1

    choices = {(c.list_name, c.code) for c in session.scalars(select(ReferenceChoice))}

    def choice(list_name: str, code: str, **values: object) -> None:
        nonlocal added, kept
        if (list_name, code) in choices:
            kept += 1
            return
        session.add(
            ReferenceChoice(
                id=uuid.uuid4(),
                institution_id=ministry_id,
                list_name=list_name,
                code=code,
                **values,
            )
        )
        choices.add((list_name, code))
        added += 1

    for list_name, options in data.choice_lists.items():
        for option in options:
            choice(
                list_name,
                option.code,
                label_az=option.label_az,
                label_en=option.label_en,
                position=option.position,
                parent_code=option.parent_code,
                awaiting_confirmation=option.awaiting_confirmation,
                source=option.source,
                verified=option.verified,
            )
    for position, sub in enumerate(data.subdivisions, start=1):
        choice(
            "district",
            sub.code,
            label_az=sub.name,
            position=position,
            parent_code=sub.parent_code,
            extra_json=json.dumps({"type": sub.type}),
            source=sub.source,
            verified=sub.verified,
        )
    for position, country in enumerate(data.countries, start=1):
        choice(
            "country",
            country.alpha_2,
            label_az=country.name_az or country.name_en,
            label_en=country.name_en,
            position=position,
            extra_json=json.dumps({"alpha_3": country.alpha_3, "numeric": country.numeric}),
            source=country.source,
            verified=country.verified,
        )

    lines = set(session.scalars(select(AdmissionLine.code)))
    for line in data.admission_lines:
        if line.code in lines:
            kept += 1
            continue
        session.add(
            AdmissionLine(
                id=reference_id("admission_line", line.code),
                institution_id=ministry_id,
                code=line.code,
                label_az=line.label_az,
                label_en=line.label_en,
                auto_load=line.auto_load,
                auto_admission_data=line.auto_admission_data,
                manual_stage_and_level=line.manual_stage_and_level,
                required_documents_json=json.dumps(
                    [slot.as_json() for slot in line.documents], ensure_ascii=False
                ),
                awaiting_confirmation=line.awaiting_confirmation,
                source=line.source,
                verified=line.verified,
            )
        )
        added += 1

    categories = set(session.scalars(select(FeeCategory.code)))
    for category in data.fee_categories:
        if category.code in categories:
            kept += 1
            continue
        session.add(
            FeeCategory(
                id=reference_id("fee_category", category.code),
                institution_id=ministry_id,
                code=category.code,
                label_az=category.label_az,
                definition_json=json.dumps(category.as_json(), ensure_ascii=False),
                source=category.source,
                verified=category.verified,
            )
        )
        added += 1

    scores = {
        (
            s.target_institution_id,
            s.specialty_code,
            s.specialisation,
            s.year,
            s.form,
            s.language,
            s.basis,
        )
        for s in session.scalars(select(MinPassingScore))
    }
    for score in data.min_passing_scores:
        target = existing[score.institution_code]
        key = (
            target.id,
            score.specialty_code,
            score.specialisation,
            score.year,
            score.form,
            score.language,
            score.basis,
        )
        if key in scores:
            kept += 1
            continue
        session.add(
            MinPassingScore(
                id=reference_id("min_passing_score", *key),
                institution_id=ministry_id,
                target_institution_id=target.id,
                specialty_code=score.specialty_code,
                specialisation=score.specialisation,
                year=score.year,
                form=score.form,
                language=score.language,
                basis=score.basis,
                score=score.score,
                source=score.source,
                verified=score.verified,
            )
        )
        added += 1
    session.flush()
    log.info("reference data: %d rows added, %d kept", added, kept)
    return SeedSummary(added=added, kept=kept)
