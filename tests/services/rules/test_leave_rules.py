"""Academic leave L1-L7 and the return from it LR1-LR8 (regulations.md §4.3)."""

from __future__ import annotations

from typing import Any

import pytest

from registrar.services.errors import BadInput
from tests.services.rules.rule_cases import (
    COMPUTER_SCIENCE,
    ENGINEERING,
    LAW,
    MEDICINE,
    decided,
    discontinued_return,
    hei,
    leave,
    leave_return,
    master_transfer,
    specialty,
)

LEAVE_ROWS = [
    pytest.param(
        leave(ground="conscription", start="2026-02-01", end="2027-02-01"),
        "eligible",
        ["5.1.1"],
        [{"what": "leave_end", "due": "2027-02-01", "paragraph": "5.1.1"}],
        id="L1-conscription",
    ),
    pytest.param(
        leave(ground="mobilisation", start="2026-02-01", end=None),
        "eligible",
        ["5.1.1"],
        [],
        id="L2-mobilisation-open-end",
    ),
    pytest.param(
        leave(ground="family", start="2026-02-01", end="2027-08-01"),
        "eligible",
        ["5.1.2"],
        [{"what": "leave_end", "due": "2027-08-01", "paragraph": "5.1.2"}],
        id="L3-family-18-months",
    ),
    pytest.param(
        leave(
            ground="health", start="2026-02-01", end=None, commission_certificate_end="2026-09-01"
        ),
        "eligible",
        ["5.1.3"],
        [{"what": "leave_end", "due": "2026-09-01", "paragraph": "5.1.3"}],
        id="L4-health-certificate-period",
    ),
    pytest.param(
        leave(ground="social_leave", start="2026-02-01", end="2027-02-01"),
        "eligible",
        ["5.1.4"],
        [{"what": "leave_end", "due": "2027-02-01", "paragraph": "5.1.4"}],
        id="L5-social-leave",
    ),
    pytest.param(
        leave(ground="study_abroad", start="2026-02-01", end="2026-06-30"),
        "eligible",
        ["5.1.5"],
        [{"what": "leave_end", "due": "2026-06-30", "paragraph": "5.1.5"}],
        id="L6-study-abroad",
    ),
    pytest.param(leave(ground="travel"), "not_eligible", ["5.1"], [], id="L7-other-ground"),
]


@pytest.mark.parametrize(("case", "status", "decided_by", "deadlines"), LEAVE_ROWS)
def test_each_leave_row_gives_its_status_and_end(
    case: dict[str, Any], status: str, decided_by: list[str], deadlines: list[dict[str, str]]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["decided_by"], decision["deadlines"]) == (
        status,
        decided_by,
        deadlines,
    )


def test_t_5_1_1_family_leave_for_30_months_is_not_eligible() -> None:
    decision = decided(leave(start="2026-02-01", end="2028-08-01"))
    assert (decision["status"], decision["decided_by"]) == ("not_eligible", ["5.1.2"])


def test_family_leave_of_exactly_2_years_is_granted() -> None:
    assert decided(leave(start="2026-02-01", end="2028-02-01"))["status"] == "eligible"


def test_family_leave_one_day_over_2_years_is_refused() -> None:
    assert decided(leave(start="2026-02-01", end="2028-02-02"))["status"] == "not_eligible"


def test_family_leave_from_29_february_may_end_on_28_february_two_years_later() -> None:
    assert decided(leave(start="2028-02-29", end="2030-02-28"))["status"] == "eligible"


def test_mobilisation_leave_is_flagged_a35() -> None:
    assert decided(leave(ground="mobilisation", end=None))["flags"] == ["A-35"]


def test_an_unknown_leave_ground_is_flagged_a34() -> None:
    assert decided(leave(ground="travel"))["flags"] == ["A-34"]


def test_leave_has_no_score_window_or_fee() -> None:
    decision = decided(leave())
    assert (decision["score"], decision["window"], decision["fee_after"]) == (None, None, None)


def test_a_leave_ending_before_it_starts_is_bad_input() -> None:
    with pytest.raises(BadInput) as raised:
        decided(leave(start="2026-02-01", end="2026-01-01"))
    assert raised.value.field == "end"


def test_family_leave_without_an_end_is_bad_input() -> None:
    case = leave()
    del case["end"]
    with pytest.raises(BadInput) as raised:
        decided(case)
    assert raised.value.field == "end"


def test_health_leave_needs_the_commission_certificate_end() -> None:
    with pytest.raises(BadInput) as raised:
        decided(leave(ground="health"))
    assert raised.value.field == "commission_certificate_end"


# ---- return from leave ----------------------------------------------------------------------


def master_return(**changes: Any) -> dict[str, Any]:
    move = master_transfer(kinds=["inter_hei"])
    move.pop("case")
    move.pop("effective_date")
    base = {**move, **leave_return(level="master", own_programme_discontinued=True)}
    return {**base, **changes}


SAME_HEI = {"source_hei": hei("Gəncə"), "target_hei": hei("Gəncə")}

RETURN_ROWS = [
    pytest.param(
        leave_return(), "eligible", ["5.2"], None, "unchanged", id="LR1-specialty-still-taught"
    ),
    pytest.param(
        discontinued_return(),
        "needs_consent",
        ["5.2"],
        {"outcome": "waived", "paragraph": "2.4.3"},
        "fee_paying",
        id="LR2-bachelor-other-specialty-same-hei",
    ),
    pytest.param(
        discontinued_return(
            kinds=["inter_hei"],
            target_specialty=ENGINEERING,
            target_hei=hei("Bakı"),
            funding="state_order",
        ),
        "needs_consent",
        ["5.2"],
        {"outcome": "pass", "paragraph": "2.3"},
        "state_order_may_continue",
        id="LR3-bachelor-same-specialty-other-hei",
    ),
    pytest.param(
        discontinued_return(
            level="basic_medicine",
            admitted_specialty=MEDICINE,
            current_specialty=MEDICINE,
            target_specialty=specialty("050902", 4, basic_medicine=True),
        ),
        "needs_consent",
        ["5.2"],
        {"outcome": "pass", "paragraph": "2.3"},
        "fee_paying",
        id="LR4-basic-medicine-no-waiver",
    ),
    pytest.param(
        master_return(funding="state_order"),
        "needs_consent",
        ["5.2"],
        {"outcome": "waived", "paragraph": "2.6.2"},
        "state_order_may_continue",
        id="LR5-master-other-hei-own-specialisation",
    ),
    pytest.param(
        master_return(
            kinds=["specialty_change"],
            target_specialisation="Hidrotexnika",
            funding="state_order",
            **SAME_HEI,
        ),
        "needs_consent",
        ["5.2"],
        {"outcome": "waived", "paragraph": "2.6.2"},
        "undetermined",
        id="LR6-master-same-hei-other-specialisation",
    ),
    pytest.param(
        master_return(admitted_specialty=LAW, current_specialty=LAW, target_specialty=LAW),
        "needs_consent",
        ["5.2"],
        {"outcome": "pass", "paragraph": "2.5"},
        "fee_paying",
        id="LR7-master-law-score-condition",
    ),
    pytest.param(
        master_return(target_specialty=COMPUTER_SCIENCE),
        "not_eligible",
        ["1.5"],
        None,
        None,
        id="LR8-master-different-specialty",
    ),
]


@pytest.mark.parametrize(("case", "status", "decided_by", "score", "fee"), RETURN_ROWS)
def test_each_return_row_gives_its_outcome(
    case: dict[str, Any],
    status: str,
    decided_by: list[str],
    score: dict[str, str] | None,
    fee: str | None,
) -> None:
    decision = decided(case)
    assert (
        decision["status"],
        decision["decided_by"],
        decision["score"],
        decision["fee_after"],
    ) == (status, decided_by, score, fee)


def test_lr1_resumes_from_the_next_semester() -> None:
    reasons = decided(leave_return(return_date="2026-07-01"))["reasons"]
    assert "2026-09-15" in reasons[-1]["text"]


def test_lr1_fee_unchanged_is_flagged_a38() -> None:
    assert decided(leave_return())["flags"] == ["A-38"]


def test_a_discontinued_return_needs_the_mse_under_5_2() -> None:
    assert decided(discontinued_return())["consents"] == [{"who": "mse", "paragraph": "5.2"}]


def test_lr2_is_flagged_a47_for_the_group_rule() -> None:
    assert "A-47" in decided(discontinued_return())["flags"]


def test_lr2_still_applies_the_dim_group_rule() -> None:
    decision = decided(discontinued_return(target_specialty=specialty("050601", 4)))
    assert (decision["status"], decision["decided_by"]) == ("not_eligible", ["2.2"])


def test_lr2_in_law_gets_no_waiver() -> None:
    case = discontinued_return(
        admitted_specialty=specialty("050408", 3),
        current_specialty=specialty("050408", 3),
        target_specialty=LAW,
    )
    assert decided(case)["score"]["paragraph"] == "2.3"


def test_lr3_is_flagged_a37() -> None:
    case = discontinued_return(
        kinds=["inter_hei"], target_specialty=ENGINEERING, target_hei=hei("Bakı")
    )
    assert "A-37" in decided(case)["flags"]


def test_lr3_from_baku_state_to_a_region_gets_2_4_1() -> None:
    case = discontinued_return(
        kinds=["inter_hei"],
        target_specialty=ENGINEERING,
        source_hei=hei("Bakı"),
        target_hei=hei("Gəncə"),
    )
    assert decided(case)["score"] == {"outcome": "waived", "paragraph": "2.4.1"}


def test_lr6_is_flagged_a06_and_a04() -> None:
    case = master_return(
        kinds=["specialty_change"],
        target_specialisation="Hidrotexnika",
        funding="state_order",
        **SAME_HEI,
    )
    flags = decided(case)["flags"]
    assert {"A-04", "A-06"} <= set(flags)


def test_a_return_order_outside_a_vacation_is_flagged_outside_window() -> None:
    decision = decided(leave_return(order_date="2026-10-01"))
    assert (decision["status"], decision["window"]) == (
        "eligible",
        {"inside": False, "next_opens": "2027-01-25"},
    )


def test_a_master_return_order_outside_a_vacation_is_flagged_a36() -> None:
    assert "A-36" in decided(leave_return(level="master", order_date="2026-10-01"))["flags"]


def test_a_return_at_an_out_of_scope_level_is_out_of_scope() -> None:
    assert decided(leave_return(level="doctoral"))["status"] == "out_of_scope"


def test_a_return_without_the_discontinued_answer_is_bad_input() -> None:
    case = leave_return()
    del case["own_programme_discontinued"]
    with pytest.raises(BadInput) as raised:
        decided(case)
    assert raised.value.field == "own_programme_discontinued"
