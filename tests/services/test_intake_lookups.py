"""The reference lookups the intake pages show, and P12's automatic admission data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from registrar.services.intake import IntakeService
from tests.services.intake_fixtures import fresh_workspace, import_examples, service


@pytest.fixture
def intake(tmp_path: Path) -> Iterator[IntakeService]:
    db, workspace, _key = fresh_workspace(tmp_path)
    import_examples(workspace)
    yield service(workspace)
    db.dispose()


def test_districts_are_the_iso_codes_with_their_azerbaijani_names(intake: IntakeService) -> None:
    districts = {choice.code: choice.label_az for choice in intake.districts()}
    assert districts["AZ-BA"] == "Bakı" and districts["AZ-SM"] == "Sumqayıt"


def test_mobile_countries_start_with_azerbaijan_and_all_have_a_dialling_code(
    intake: IntakeService,
) -> None:
    countries = intake.countries()
    assert countries[0].code == "AZ"
    assert {"TR", "RU", "GE"} <= {choice.code for choice in countries}
    assert "AQ" not in {choice.code for choice in countries}  # Antarctica: no dialling code


def test_education_levels_follow_the_chosen_stage(intake: IntakeService) -> None:
    assert [level.code for level in intake.education_levels("higher")] == [
        "bachelor",
        "master",
        "basic_medicine",
    ]
    assert intake.education_levels("nowhere") == []


def test_sub_questions_appear_with_the_answers_that_open_them(intake: IntakeService) -> None:
    asked = [q.id for q in intake.sub_questions("orphan", {})]
    opened = [q.id for q in intake.sub_questions("orphan", {"fee.sub.orphan_reason": "other"})]
    assert asked == ["fee.sub.orphan_reason"]
    assert opened == ["fee.sub.orphan_reason", "fee.sub.care_reason"]


def test_the_admission_data_of_p12_come_from_the_imported_list(intake: IntakeService) -> None:
    data = intake.admission_data({"reg.citizenship": "unhcr", "reg.unhcr_doc_no": "unhcr 0012345"})
    assert data is not None
    assert (data.basis, data.admission_line, data.language, data.score) == (
        "fee_paying",
        "dim_document_foreigner",
        "en",
        47.25,
    )
    assert intake.admission_data({"reg.citizenship": "az_citizen", "reg.fin": "ZZZZZZ9"}) is None
