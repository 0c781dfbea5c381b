"""The score table S1-S13 of regulations.md §4.1.2 and its waivers, lookups and indicators."""

from __future__ import annotations

from typing import Any

import pytest

from tests.services.rules.rule_cases import (
    COMPUTER_SCIENCE,
    ENGINEERING,
    LAW,
    MEDICINE,
    decided,
    from_abroad,
    hei,
    master_transfer,
    transfer,
)

LEAVE_SAME_HEI = {
    "kinds": ["specialty_change"],
    "returning_from_leave": True,
    "own_programme_discontinued": True,
    "source_hei": hei("Gəncə"),
    "target_hei": hei("Gəncə"),
    "target_specialty": COMPUTER_SCIENCE,
}

SCORE_ROWS = [
    pytest.param(
        transfer(source_hei=hei("Bakı"), target_hei=hei("Gəncə"), dim_score=400),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.4.1"},
        id="S1-baku-state-to-region",
    ),
    pytest.param(
        transfer(source_hei=hei("Gəncə"), target_hei=hei("Lənkəran"), dim_score=400),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.4.2"},
        id="S2-region-to-other-region",
    ),
    pytest.param(
        transfer(**LEAVE_SAME_HEI, dim_score=400),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.4.3"},
        id="S3-return-from-leave-other-specialty-same-hei",
    ),
    pytest.param(
        transfer(admission_basis="international_exam", dim_score=None),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.4.4"},
        id="S4-admitted-on-international-exams",
    ),
    pytest.param(
        transfer(dim_score=512, target_min_score=530),
        "not_eligible",
        {"outcome": "fail", "paragraph": "2.3"},
        id="S5-other-case-score-below-minimum",
    ),
    pytest.param(
        transfer(
            source_hei=hei("Bakı"),
            target_hei=hei("Gəncə"),
            admitted_specialty=LAW,
            current_specialty=LAW,
            target_specialty=LAW,
            dim_score=512,
        ),
        "not_eligible",
        {"outcome": "fail", "paragraph": "2.3"},
        id="S5-law-gets-no-waiver",
    ),
    pytest.param(
        transfer(
            level="basic_medicine",
            source_hei=hei("Bakı"),
            target_hei=hei("Gəncə"),
            admitted_specialty=MEDICINE,
            current_specialty=MEDICINE,
            target_specialty=MEDICINE,
        ),
        "needs_consent",
        {"outcome": "pass", "paragraph": "2.3"},
        id="S6-basic-medicine-no-waiver",
    ),
    pytest.param(
        master_transfer(source_hei=hei("Bakı"), target_hei=hei("Şəki"), dim_score=400),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.6.1"},
        id="S7-master-baku-state-to-region",
    ),
    pytest.param(
        master_transfer(returning_from_leave=True, own_programme_discontinued=True, dim_score=400),
        "needs_consent",
        {"outcome": "waived", "paragraph": "2.6.2"},
        id="S8-master-return-from-leave",
    ),
    pytest.param(
        master_transfer(dim_score=500, target_min_score=520),
        "not_eligible",
        {"outcome": "fail", "paragraph": "2.5"},
        id="S9-master-other-case",
    ),
    pytest.param(
        from_abroad(dim_score=540, target_min_score=530),
        "needs_consent",
        {"outcome": "pass", "paragraph": "2.7"},
        id="S10-abroad-az-citizen-took-dim",
    ),
    pytest.param(
        from_abroad(took_dim_exam=False, dim_score=None),
        "mse_discretion",
        {"outcome": "not_applicable", "paragraph": "2.8"},
        id="S11-abroad-az-citizen-no-dim",
    ),
    pytest.param(
        from_abroad(citizenship="foreign", dim_score=None),
        "needs_consent",
        {"outcome": "not_applicable", "paragraph": "2.14"},
        id="S12-abroad-foreigner",
    ),
    pytest.param(
        from_abroad(citizenship="stateless", dim_score=None),
        "needs_consent",
        {"outcome": "not_applicable", "paragraph": "2.14"},
        id="S12-abroad-stateless",
    ),
    pytest.param(
        transfer(dim_score=None),
        "needs_consent",
        {"outcome": "data_missing", "paragraph": "2.3"},
        id="S13-no-dim-score",
    ),
    pytest.param(
        transfer(target_min_score=None),
        "needs_consent",
        {"outcome": "data_missing", "paragraph": "2.3"},
        id="S13-no-minimum",
    ),
]


@pytest.mark.parametrize(("case", "status", "score"), SCORE_ROWS)
def test_each_score_row_gives_its_outcome(
    case: dict[str, Any], status: str, score: dict[str, str]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["score"]) == (status, score)


def test_a_score_equal_to_the_minimum_passes() -> None:
    decision = decided(transfer(dim_score=530, target_min_score=530))
    assert decision["score"] == {"outcome": "pass", "paragraph": "2.3"}


def test_a_score_just_below_the_minimum_fails() -> None:
    assert decided(transfer(dim_score=529.9, target_min_score=530))["status"] == "not_eligible"


def test_an_allowed_transfer_is_decided_by_its_score_rule() -> None:
    decision = decided(transfer(source_hei=hei("Bakı"), target_hei=hei("Gəncə")))
    assert decision["decided_by"] == ["2.4.1"]


def test_baku_state_to_sumgait_gets_no_waiver() -> None:
    decision = decided(transfer(source_hei=hei("Bakı"), target_hei=hei("Sumqayıt")))
    assert decision["score"]["paragraph"] == "2.3"


def test_a_private_baku_source_gets_no_waiver_and_is_flagged_a14() -> None:
    case = transfer(source_hei=hei("Bakı", ownership="private"), target_hei=hei("Gəncə"))
    decision = decided(case)
    assert (decision["score"]["paragraph"], "A-14" in decision["flags"]) == ("2.3", True)


def test_region_to_baku_gets_no_waiver() -> None:
    decision = decided(transfer(source_hei=hei("Gəncə"), target_hei=hei("Bakı")))
    assert decision["score"]["paragraph"] == "2.3"


def test_region_to_sumgait_gets_no_waiver() -> None:
    decision = decided(transfer(source_hei=hei("Gəncə"), target_hei=hei("Sumqayıt")))
    assert decision["score"]["paragraph"] == "2.3"


def test_within_the_same_region_there_is_no_region_to_region_waiver() -> None:
    decision = decided(transfer(source_hei=hei("Gəncə"), target_hei=hei("Gəncə")))
    assert decision["score"]["paragraph"] == "2.3"


def test_sumgait_as_the_source_region_gets_the_2_4_2_waiver_flagged_a13() -> None:
    decision = decided(transfer(source_hei=hei("Sumqayıt"), target_hei=hei("Gəncə")))
    assert (decision["score"]["paragraph"], "A-13" in decision["flags"]) == ("2.4.2", True)


def test_the_baku_spelling_without_dotless_i_is_still_baku() -> None:
    decision = decided(transfer(source_hei=hei("BAKU"), target_hei=hei("Gəncə")))
    assert decision["score"]["paragraph"] == "2.4.1"


def test_a_waiver_into_law_from_another_specialty_is_excluded_and_flagged_a12() -> None:
    case = transfer(
        kinds=["specialty_change"],
        admission_basis="international_exam",
        admitted_specialty=LAW,
        current_specialty=COMPUTER_SCIENCE,
        target_specialty=LAW,
        dim_score=600,
    )
    decision = decided(case)
    assert (decision["score"]["paragraph"], "A-12" in decision["flags"]) == ("2.3", True)


def test_a_master_law_move_from_baku_state_to_a_region_checks_the_score() -> None:
    case = master_transfer(
        source_hei=hei("Bakı"),
        target_hei=hei("Şəki"),
        admitted_specialty=LAW,
        current_specialty=LAW,
        target_specialty=LAW,
    )
    assert decided(case)["score"]["paragraph"] == "2.5"


def test_there_is_no_region_to_region_waiver_at_the_master_level() -> None:
    case = master_transfer(source_hei=hei("Gəncə"), target_hei=hei("Şəki"))
    assert decided(case)["score"]["paragraph"] == "2.5"


def test_a_master_from_abroad_who_took_dim_is_scored_under_2_7_and_flagged_a16() -> None:
    case = master_transfer(origin="foreign", source_hei=hei("Ankara", country="TR"))
    decision = decided(case)
    assert (decision["score"]["paragraph"], "A-16" in decision["flags"]) == ("2.7", True)


def test_an_az_citizen_from_abroad_who_took_dim_must_meet_the_group_rule_too() -> None:
    case = from_abroad(kinds=["inter_hei", "specialty_change"], target_specialty=LAW)
    decision = decided(case)
    assert (decision["status"], decision["decided_by"]) == ("not_eligible", ["2.7", "2.2"])


def test_a_foreigner_from_abroad_is_not_held_to_the_dim_group_rule() -> None:
    case = from_abroad(citizenship="foreign", kinds=["inter_hei"], target_specialty=LAW)
    assert decided(case)["status"] == "needs_consent"


def test_a_foreigner_from_abroad_is_decided_by_2_14() -> None:
    assert decided(from_abroad(citizenship="foreign"))["decided_by"] == ["2.14"]


def test_mse_discretion_is_decided_by_2_8_and_still_lists_the_mse_consent() -> None:
    decision = decided(from_abroad(took_dim_exam=False))
    assert (decision["decided_by"], decision["consents"][0]["who"]) == (["2.8"], "mse")


INDICATOR_ROWS = [
    pytest.param({"sat_total": 1010, "sat_math": 550}, False, id="T-2.8-1-sat-math-too-low"),
    pytest.param(
        {"sat_total": 1010, "sat_math": 550, "toefl_ibt": 75}, True, id="T-2.8-1-toefl-75-meets"
    ),
    pytest.param({"ielts": 5.5}, False, id="T-2.8-2-ielts-5.5"),
    pytest.param({"ielts": 6.0}, True, id="ielts-6.0-meets"),
    pytest.param({"sat_total": 1000, "sat_math": 560}, True, id="sat-at-both-thresholds"),
    pytest.param({"sat_total": 1200}, False, id="sat-total-without-math"),
    pytest.param({}, False, id="no-exam"),
]


@pytest.mark.parametrize(("intl", "exam_ok"), INDICATOR_ROWS)
def test_the_2_8_1_exam_indicator(intl: dict[str, float], exam_ok: bool) -> None:
    decision = decided(from_abroad(took_dim_exam=False, intl=intl))
    assert (decision["status"], decision["indicators"]) == ("mse_discretion", {"exam_ok": exam_ok})


def test_indicators_appear_only_when_2_8_applies() -> None:
    assert "indicators" not in decided(transfer())


def test_no_dim_score_is_flagged_a11_and_never_refuses() -> None:
    decision = decided(transfer(dim_score=None))
    assert (decision["status"], decision["flags"]) == ("needs_consent", ["A-11"])


def test_an_unknown_minimum_is_flagged_a10() -> None:
    assert decided(transfer(target_min_score=None))["flags"] == ["A-10"]


def test_an_absent_minimum_is_looked_up_with_the_target_and_the_admission_year() -> None:
    calls: list[tuple[Any, ...]] = []

    def lookup(
        hei_: Any, specialty_: Any, specialisation: str | None, form: str | None, year: int
    ) -> float | None:
        calls.append((hei_["city"], specialty_["code"], specialisation, form, year))
        return 560.0

    case = transfer()
    del case["target_min_score"]
    decision = decided(case, min_score_lookup=lookup)
    assert (decision["status"], calls) == (
        "not_eligible",
        [("Bakı", ENGINEERING["code"], None, "full_time", 2024)],
    )


def test_an_absent_minimum_the_lookup_does_not_know_is_data_missing() -> None:
    case = transfer()
    del case["target_min_score"]
    decision = decided(case, min_score_lookup=lambda *args: None)
    assert (decision["score"]["outcome"], decision["flags"]) == ("data_missing", ["A-10"])


def test_an_absent_minimum_without_any_lookup_is_data_missing() -> None:
    case = transfer()
    del case["target_min_score"]
    assert decided(case)["score"]["outcome"] == "data_missing"


def test_a_given_minimum_is_used_without_calling_the_lookup() -> None:
    def lookup(*args: Any) -> float:
        raise AssertionError("the lookup must not be called")

    assert decided(transfer(), min_score_lookup=lookup)["score"]["outcome"] == "pass"


def test_a_waived_score_needs_no_minimum_lookup() -> None:
    case = transfer(source_hei=hei("Bakı"), target_hei=hei("Gəncə"))
    del case["target_min_score"]

    def lookup(*args: Any) -> float:
        raise AssertionError("the lookup must not be called")

    assert decided(case, min_score_lookup=lookup)["score"]["outcome"] == "waived"
