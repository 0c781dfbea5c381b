"""The transfer gate table G1-G13 of regulations.md §4.1.1, one row per test id."""

from __future__ import annotations

from typing import Any

import pytest

from tests.services.rules.rule_cases import (
    BIOLOGY,
    DENTISTRY,
    MEDICINE,
    decided,
    foreign_hei,
    from_abroad,
    hei,
    master_transfer,
    specialty,
    transfer,
)

GATE_ROWS = [
    pytest.param(transfer(level="doctoral"), "out_of_scope", ["1.1"], id="G1-doctoral-level"),
    pytest.param(
        transfer(target_hei=hei("Bakı", special_purpose=True)),
        "out_of_scope",
        ["1.2"],
        id="G2-special-purpose-target",
    ),
    pytest.param(
        transfer(source_hei=hei("Gəncə", special_purpose=True)),
        "out_of_scope",
        ["1.2"],
        id="G2-special-purpose-domestic-source",
    ),
    pytest.param(
        transfer(first_semester_completed=False), "not_yet", ["2.1"], id="G3-first-semester"
    ),
    pytest.param(
        from_abroad(source_hei=foreign_hei(accredited=False)),
        "not_eligible",
        ["1.7"],
        id="G4-foreign-unaccredited",
    ),
    pytest.param(
        from_abroad(source_study_form="extramural"),
        "not_eligible",
        ["2.1"],
        id="G5-foreign-extramural",
    ),
    pytest.param(
        from_abroad(source_study_form="evening"),
        "not_eligible",
        ["2.7", "2.8"],
        id="G6-foreign-az-citizen-evening",
    ),
    pytest.param(
        master_transfer(target_specialty=specialty("060101", 1)),
        "not_eligible",
        ["1.5"],
        id="G7-master-other-specialty",
    ),
    pytest.param(
        master_transfer(target_specialisation="Hidrotexnika"),
        "not_eligible",
        ["1.5"],
        id="G8-master-other-specialisation",
    ),
    pytest.param(
        master_transfer(master_year=2), "not_eligible", ["1.5", "2.5"], id="G9-master-year-2"
    ),
    pytest.param(
        master_transfer(kinds=["form_change"], master_year=2),
        "not_eligible",
        ["2.5"],
        id="G10-master-form-change-year-2",
    ),
    pytest.param(
        transfer(kinds=["specialty_change"], target_specialty=BIOLOGY),
        "not_eligible",
        ["2.2"],
        id="G11-group-I-to-group-IV",
    ),
    pytest.param(
        transfer(effective_date="2026-10-15"), "needs_consent", ["2.3"], id="G12-outside-window"
    ),
    pytest.param(transfer(tuition_debt=True), "blocked", ["2.9.5"], id="G13-tuition-debt"),
]


@pytest.mark.parametrize(("case", "status", "decided_by"), GATE_ROWS)
def test_each_gate_row_gives_its_status_and_paragraphs(
    case: dict[str, Any], status: str, decided_by: list[str]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["decided_by"]) == (status, decided_by)


def test_a_foreign_special_purpose_source_is_not_out_of_scope() -> None:
    decision = decided(from_abroad(source_hei=foreign_hei(special_purpose=True)))
    assert decision["status"] == "needs_consent"


def test_an_az_citizen_studying_by_distance_abroad_is_flagged_a17() -> None:
    assert "A-17" in decided(from_abroad(source_study_form="distance"))["flags"]


def test_a_foreigner_studying_in_the_evening_abroad_is_not_refused_by_g6() -> None:
    decision = decided(from_abroad(citizenship="foreign", source_study_form="evening"))
    assert decision["status"] == "needs_consent"


def test_a_refusal_at_a_gate_ends_the_evaluation_without_consents_or_fee() -> None:
    decision = decided(from_abroad(source_hei=foreign_hei(accredited=False)))
    assert (decision["consents"], decision["fee_after"], decision["score"]) == ([], None, None)


def test_a_refusal_outranks_the_recorded_first_semester_not_yet() -> None:
    case = from_abroad(first_semester_completed=False, source_hei=foreign_hei(accredited=False))
    assert decided(case)["status"] == "not_eligible"


def test_not_yet_still_reports_the_score_consents_and_fee() -> None:
    decision = decided(transfer(first_semester_completed=False))
    assert (decision["score"]["outcome"], decision["consents"][0]["who"]) == ("pass", "mse")


def test_master_specialisation_change_at_the_same_hei_on_return_from_leave_is_allowed() -> None:
    case = master_transfer(
        kinds=["specialty_change"],
        target_specialisation="Hidrotexnika",
        returning_from_leave=True,
        own_programme_discontinued=True,
        source_hei=hei("Gəncə"),
        target_hei=hei("Gəncə"),
    )
    decision = decided(case)
    assert (decision["status"], "A-04" in decision["flags"]) == ("needs_consent", True)


def test_master_specialisation_change_at_another_hei_on_return_from_leave_is_refused() -> None:
    case = master_transfer(
        target_specialisation="Hidrotexnika",
        returning_from_leave=True,
        own_programme_discontinued=True,
    )
    assert decided(case)["status"] == "not_eligible"


def test_master_inter_hei_move_after_year_1_on_return_from_leave_is_allowed_and_flagged() -> None:
    case = master_transfer(
        master_year=2, returning_from_leave=True, own_programme_discontinued=True
    )
    decision = decided(case)
    assert (decision["status"], "A-04" in decision["flags"]) == ("needs_consent", True)


def test_master_form_change_in_year_2_is_flagged_a03() -> None:
    assert "A-03" in decided(master_transfer(kinds=["form_change"], master_year=2))["flags"]


def test_master_year_1_move_in_the_summer_vacation_counts_and_is_flagged_a02() -> None:
    decision = decided(master_transfer(effective_date="2026-07-06"))
    assert (decision["status"], "A-02" in decision["flags"]) == ("needs_consent", True)


def test_basic_medicine_specialty_change_outside_the_group_is_refused_and_flagged_a42() -> None:
    case = transfer(
        level="basic_medicine",
        kinds=["specialty_change"],
        admitted_specialty=MEDICINE,
        current_specialty=MEDICINE,
        target_specialty=specialty("050403", 1, basic_medicine=True),
    )
    decision = decided(case)
    assert (decision["status"], decision["flags"]) == ("not_eligible", ["A-42"])


def test_basic_medicine_change_within_the_group_passes_the_group_rule() -> None:
    case = transfer(
        level="basic_medicine",
        kinds=["specialty_change"],
        admitted_specialty=MEDICINE,
        current_specialty=MEDICINE,
        target_specialty=DENTISTRY,
    )
    assert decided(case)["status"] == "needs_consent"


def test_the_group_rule_compares_with_the_admitted_specialty_not_the_current_one() -> None:
    case = transfer(
        kinds=["specialty_change"],
        current_specialty=BIOLOGY,
        target_specialty=specialty("050509", 1),
    )
    decision = decided(case)
    assert (decision["status"], "A-48" in decision["flags"]) == ("needs_consent", True)


def test_outside_the_window_the_next_vacation_is_named_and_flagged() -> None:
    decision = decided(transfer(effective_date="2026-10-15"))
    assert (decision["window"], decision["flags"]) == (
        {"inside": False, "next_opens": "2027-01-25"},
        ["outside_window"],
    )


def test_inside_the_winter_vacation_the_window_is_open() -> None:
    assert decided(transfer(effective_date="2027-01-25"))["window"] == {
        "inside": True,
        "next_opens": None,
    }


def test_the_last_day_of_the_autumn_semester_is_outside_the_window() -> None:
    assert decided(transfer(effective_date="2027-01-24"))["window"]["inside"] is False
