"""The rules engine's minimum-score lookup over imported DİM minimums."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from registrar.models import Institution, MinPassingScore
from registrar.services.min_scores import lookup_in
from registrar.services.rules import decide
from tests.foundation import bare_workspace


def _score(workspace, target: uuid.UUID, *, language: str, score: float, basis: str) -> None:
    with workspace.write() as session:
        session.add(
            MinPassingScore(
                id=uuid.uuid4(),
                target_institution_id=target,
                specialty_code="050407",
                specialisation="",
                year=2024,
                form="full_time",
                language=language,
                basis=basis,
                score=score,
                source="test",
                verified=False,
            )
        )


def test_the_fee_paying_minimum_of_the_azerbaijani_section_is_used(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    with workspace.read() as session:
        target = session.scalar(select(Institution.id))  # the fixture's one institution
    _score(workspace, target, language="az", score=530, basis="fee_paying")
    _score(workspace, target, language="ru", score=480, basis="fee_paying")
    _score(workspace, target, language="az", score=610, basis="state_order")
    lookup = lookup_in(db.engine)
    found = lookup({"code": "TEST"}, {"code": "050407"}, None, "full_time", 2024)
    assert found == 530
    assert (
        lookup({"name": "Sınaq Universiteti"}, {"code": "050407"}, None, "full_time", 2024) == 530
    )
    assert lookup({"code": "TEST"}, {"code": "050407"}, None, "full_time", 2023) is None
    db.dispose()


def test_an_absent_minimum_is_looked_up_and_decides_the_score(tmp_path: Path) -> None:
    db, workspace, _ = bare_workspace(tmp_path / "a.db")
    with workspace.read() as session:
        target = session.scalar(select(Institution.id))
    _score(workspace, target, language="az", score=530, basis="fee_paying")
    hei = {
        "name": "Sınaq Universiteti",
        "code": "TEST",
        "city": "Gəncə",
        "country": "AZ",
        "ownership": "state",
        "founder_body": "mse",
        "special_purpose": False,
        "accredited": True,
    }
    source = {
        **hei,
        "name": "Başqa Universitet",
        "code": "OTHER",
        "city": "Bakı",
        "ownership": "private",
    }
    law = {
        "code": "050407",
        "name": "Hüquqşünaslıq",
        "dim_group": 3,
        "law": True,
        "basic_medicine": False,
        "culture_arts": False,
    }
    case = {
        "case": "transfer",
        "level": "bachelor",
        "kinds": ["inter_hei"],
        "origin": "domestic",
        "citizenship": "az",
        "source_hei": source,
        "target_hei": hei,
        "source_study_form": "full_time",
        "admitted_specialty": law,
        "current_specialty": law,
        "target_specialty": law,
        "first_semester_completed": True,
        "effective_date": "2025-07-10",
        "admission_basis": "dim_exam",
        "took_dim_exam": True,
        "dim_score": 512,
        "admission_year": 2024,
        "funding": "fee_paying",
    }
    decision = decide(case, min_score_lookup=lookup_in(db.engine))
    assert decision["score"]["outcome"] == "fail" and decision["status"] == "not_eligible"
    db.dispose()
