"""The worked examples T-x-y of regulations.md §2, each as the case and its expected result."""

from __future__ import annotations

from typing import Any

import pytest

from tests.services.rules.rule_cases import (
    COMPUTER_SCIENCE,
    ENGINEERING,
    LAW,
    decided,
    expulsion,
    hei,
    leave,
    master_transfer,
    restoration,
    specialty,
    transfer,
)

HISTORY_TEACHING = specialty("050113", 3, name="Tarix müəllimliyi")
HISTORY = specialty("050201", 2, name="Tarix")
INTERNATIONAL_RELATIONS = specialty("050306", 2, name="Beynəlxalq münasibətlər")
MUSIC = specialty("050603", 3, name="Musiqi sənəti", culture_arts=True)
PHILOLOGY = specialty("050207", 3, name="Filologiya")
GROUP_4 = specialty("050601", 4, name="Biologiya")


def change(admitted: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    return transfer(
        kinds=["specialty_change"],
        admitted_specialty=admitted,
        current_specialty=admitted,
        target_specialty=target,
    )


def _(decision: dict[str, Any]) -> tuple[str, list[str]]:
    return decision["status"], decision["decided_by"]


EXAMPLES: list[Any] = [
    pytest.param(transfer(level="doctoral"), ("out_of_scope", ["1.1"]), id="T-1.1-1"),
    pytest.param(
        transfer(target_hei=hei("Bakı", special_purpose=True)),
        ("out_of_scope", ["1.2"]),
        id="T-1.2-1",
    ),
    pytest.param(master_transfer(master_year=2), ("not_eligible", ["1.5", "2.5"]), id="T-1.5-1"),
    pytest.param(
        master_transfer(
            kinds=["specialty_change"],
            target_specialty=COMPUTER_SCIENCE,
            source_hei=hei("Gəncə"),
            target_hei=hei("Gəncə"),
        ),
        ("not_eligible", ["1.5"]),
        id="T-1.5-2",
    ),
    pytest.param(
        restoration(
            level="master",
            from_type="other_domestic_hei",
            expelled_from=hei("Gəncə"),
            own_specialisation="Struktur",
            target_specialisation="Struktur",
        ),
        ("not_eligible", ["1.5"]),
        id="T-1.5-3",
    ),
    pytest.param(
        transfer(first_semester_completed=False, effective_date="2025-11-10"),
        ("not_yet", ["2.1"]),
        id="T-2.1-1",
    ),
    pytest.param(
        change(ENGINEERING, GROUP_4), ("not_eligible", ["2.2"]), id="T-2.2-1-group-I-to-IV"
    ),
    pytest.param(
        change(HISTORY_TEACHING, HISTORY), ("needs_consent", ["2.3"]), id="T-2.2-2-fn4-history"
    ),
    pytest.param(
        change(INTERNATIONAL_RELATIONS, MUSIC),
        ("not_eligible", ["2.2"]),
        id="T-2.2-3-fn4-culture-arts-excluded",
    ),
    pytest.param(
        transfer(dim_score=512, target_min_score=530, admission_year=2021),
        ("not_eligible", ["2.3"]),
        id="T-2.3-1",
    ),
    pytest.param(
        transfer(dim_score=530, target_min_score=530), ("needs_consent", ["2.3"]), id="T-2.3-2"
    ),
    pytest.param(
        transfer(source_hei=hei("Bakı"), target_hei=hei("Gəncə", ownership="private")),
        ("needs_consent", ["2.4.1"]),
        id="T-2.4-1",
    ),
    pytest.param(
        transfer(source_hei=hei("Bakı"), target_hei=hei("Sumqayıt")),
        ("needs_consent", ["2.3"]),
        id="T-2.4-2",
    ),
    pytest.param(
        transfer(source_hei=hei("Bakı", ownership="private"), target_hei=hei("Gəncə")),
        ("needs_consent", ["2.3"]),
        id="T-2.4-3",
    ),
    pytest.param(
        transfer(source_hei=hei("Gəncə"), target_hei=hei("Lənkəran")),
        ("needs_consent", ["2.4.2"]),
        id="T-2.4-4-ganja-to-lankaran",
    ),
    pytest.param(
        transfer(source_hei=hei("Gəncə"), target_hei=hei("Bakı")),
        ("needs_consent", ["2.3"]),
        id="T-2.4-4-ganja-to-baku",
    ),
    pytest.param(
        transfer(
            source_hei=hei("Bakı"),
            target_hei=hei("Gəncə"),
            admitted_specialty=LAW,
            current_specialty=LAW,
            target_specialty=LAW,
        ),
        ("needs_consent", ["2.3"]),
        id="T-2.4-5-law",
    ),
    pytest.param(
        master_transfer(dim_score=500, target_min_score=520),
        ("not_eligible", ["2.5"]),
        id="T-2.5-1",
    ),
    pytest.param(
        master_transfer(source_hei=hei("Bakı"), target_hei=hei("Şəki"), dim_score=400),
        ("needs_consent", ["2.6.1"]),
        id="T-2.6-1",
    ),
    pytest.param(
        master_transfer(
            source_hei=hei("Bakı"),
            target_hei=hei("Şəki"),
            admitted_specialty=LAW,
            current_specialty=LAW,
            target_specialty=LAW,
            dim_score=400,
        ),
        ("not_eligible", ["2.5"]),
        id="T-2.6-2",
    ),
    pytest.param(
        expulsion(
            ground="no_registration_no_contact",
            academic_year_start=2025,
            order_date="2026-01-10",
            registered_for_next_year=False,
        ),
        ("blocked", ["3.1.5"]),
        id="T-3.1-1",
    ),
    pytest.param(
        restoration(expulsion_date="2023-10-10", date="2024-01-29"),
        ("not_yet", ["4.1"]),
        id="T-4.1-1-winter-2024",
    ),
    pytest.param(
        restoration(expulsion_date="2023-10-10", date="2024-07-05"),
        ("eligible", ["4.2"]),
        id="T-4.1-1-summer-2024",
    ),
    pytest.param(
        restoration(expulsion_date="2008-03-01", date="2024-07-05"),
        ("not_eligible", ["4.1"]),
        id="T-4.1-2",
    ),
    pytest.param(
        leave(ground="family", start="2026-02-01", end="2028-08-01"),
        ("not_eligible", ["5.1.2"]),
        id="T-5.1-1",
    ),
]


@pytest.mark.parametrize(("case", "expected"), EXAMPLES)
def test_each_worked_example_gives_the_outcome_the_regulations_state(
    case: dict[str, Any], expected: tuple[str, list[str]]
) -> None:
    assert _(decided(case)) == expected


def test_t_1_4_1_a_restoration_order_in_the_summer_vacation_is_inside_the_window() -> None:
    assert decided(restoration(date="2026-07-06"))["window"]["inside"] is True


def test_t_1_4_2_the_same_order_in_mid_october_is_deferred_to_the_window() -> None:
    decision = decided(restoration(date="2026-10-15"))
    assert (decision["window"]["inside"], decision["status"]) == (False, "eligible")


def test_t_1_6_1_state_order_continues_on_a_same_specialty_transfer() -> None:
    assert decided(transfer(funding="state_order"))["fee_after"] == "state_order_may_continue"


def test_t_1_6_2_a_specialty_change_makes_a_state_funded_student_fee_paying() -> None:
    case = transfer(
        kinds=["specialty_change"], target_specialty=COMPUTER_SCIENCE, funding="state_order"
    )
    assert decided(case)["fee_after"] == "fee_paying"


def test_t_1_6_3_a_restored_student_is_fee_paying_even_in_the_own_specialty() -> None:
    assert decided(restoration(funding="state_order"))["fee_after"] == "fee_paying"


def test_t_1_8_1_another_ministry_s_state_hei_needs_both_consents() -> None:
    decision = decided(transfer(target_hei=hei("Bakı", founder_body="Səhiyyə Nazirliyi")))
    assert [c["who"] for c in decision["consents"]] == ["mse", "founder_body"]


def test_t_1_9_1_a_company_sponsored_student_needs_the_payer_not_blocked() -> None:
    decision = decided(transfer(third_party_payer=True))
    assert (decision["status"], decision["consents"][-1]) == (
        "needs_consent",
        {"who": "payer", "paragraph": "1.9"},
    )


def test_t_2_12_1_a_letter_on_monday_6_july_2026_is_due_monday_13_july() -> None:
    deadlines = decided(transfer(mse_letter_received="2026-07-06"))["deadlines"]
    assert deadlines == [{"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}]


def test_t_3_2_1_expelled_15_january_the_notice_is_due_22_july() -> None:
    deadlines = decided(expulsion(order_date="2026-01-15", on_military_register=True))["deadlines"]
    assert deadlines[1] == {"what": "military_notice", "due": "2026-07-22", "paragraph": "3.2"}


def test_fn4_group_iii_to_international_relations_is_compatible_read_both_ways() -> None:
    decision = decided(change(PHILOLOGY, INTERNATIONAL_RELATIONS))
    assert (decision["status"], decision["flags"]) == ("needs_consent", ["A-09"])


def test_fn4_international_relations_to_group_iii_is_compatible() -> None:
    assert decided(change(INTERNATIONAL_RELATIONS, PHILOLOGY))["status"] == "needs_consent"


def test_fn4_names_compare_case_insensitively_with_azerbaijani_letters() -> None:
    upper = {**INTERNATIONAL_RELATIONS, "name": "BEYNƏLXALQ MÜNASİBƏTLƏR"}
    assert decided(change(upper, PHILOLOGY))["status"] == "needs_consent"


def test_the_rules_api_example_decision_is_reproduced_exactly() -> None:
    case = transfer(
        source_hei=hei("Bakı", name="Bakı Dövlət Universiteti"),
        target_hei=hei("Gəncə"),
        mse_letter_received="2026-07-06",
    )
    decision = decided(case)
    del decision["rule_version"]
    assert decision == {
        "case": "transfer",
        "status": "needs_consent",
        "decided_by": ["2.4.1"],
        "reasons": [
            {
                "paragraph": "2.4.1",
                "text": "Baku state HEI to a region other than Sumgait: the admission score is "
                "not considered.",
            }
        ],
        "score": {"outcome": "waived", "paragraph": "2.4.1"},
        "consents": [{"who": "mse", "paragraph": "1.8"}],
        "fee_after": "fee_paying",
        "documents": ["2.9.1", "2.9.2", "2.9.3", "2.9.5"],
        "deadlines": [{"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}],
        "window": {"inside": True, "next_opens": None},
        "flags": [],
    }
