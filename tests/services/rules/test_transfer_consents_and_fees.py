"""Consents (§4.1.3), fee after the move (§4.1.4), documents (§3.5) and the 2.12/2.13 timers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.services.rules.rule_cases import (
    COMPUTER_SCIENCE,
    decided,
    from_abroad,
    hei,
    master_transfer,
    transfer,
)

HEALTH_MINISTRY_HEI = hei("Bakı", founder_body="Səhiyyə Nazirliyi")

CONSENT_ROWS = [
    pytest.param(transfer(), [{"who": "mse", "paragraph": "1.8"}], id="inter-hei-mse"),
    pytest.param(
        transfer(kinds=["specialty_change"], target_specialty=COMPUTER_SCIENCE),
        [{"who": "mse", "paragraph": "1.8"}],
        id="specialty-change-mse",
    ),
    pytest.param(
        transfer(kinds=["form_change"]),
        [{"who": "mse", "paragraph": "2.9"}],
        id="form-change-only-mse-via-2.9",
    ),
    pytest.param(
        transfer(target_hei=HEALTH_MINISTRY_HEI),
        [
            {"who": "mse", "paragraph": "1.8"},
            {"who": "founder_body", "paragraph": "1.8", "name": "Səhiyyə Nazirliyi"},
        ],
        id="T-1.8-1-state-hei-of-another-body",
    ),
    pytest.param(
        transfer(target_hei=hei("Bakı", ownership="private", founder_body="Şirkət")),
        [{"who": "mse", "paragraph": "1.8"}],
        id="private-target-no-body-consent",
    ),
    pytest.param(
        transfer(
            kinds=["form_change"], target_hei=HEALTH_MINISTRY_HEI, source_hei=HEALTH_MINISTRY_HEI
        ),
        [{"who": "mse", "paragraph": "2.9"}],
        id="form-change-alone-needs-no-body-consent",
    ),
    pytest.param(
        transfer(third_party_payer=True),
        [{"who": "mse", "paragraph": "1.8"}, {"who": "payer", "paragraph": "1.9"}],
        id="T-1.9-1-third-party-payer",
    ),
    pytest.param(
        transfer(kinds=["form_change"], third_party_payer=True),
        [{"who": "mse", "paragraph": "2.9"}],
        id="payer-not-asked-for-a-form-change",
    ),
]


@pytest.mark.parametrize(("case", "consents"), CONSENT_ROWS)
def test_each_consent_row_lists_its_consents(
    case: dict[str, Any], consents: list[dict[str, str]]
) -> None:
    assert decided(case)["consents"] == consents


def test_a_third_party_payer_alone_makes_needs_consent_never_blocked() -> None:
    assert decided(transfer(third_party_payer=True))["status"] == "needs_consent"


def test_a_form_change_alone_is_flagged_a08() -> None:
    assert "A-08" in decided(transfer(kinds=["form_change"]))["flags"]


def test_a_transfer_from_an_hei_of_another_body_is_flagged_a07() -> None:
    assert (
        "A-07" in decided(transfer(source_hei=hei("Gəncə", founder_body="Daxili İşlər")))["flags"]
    )


FEE_ROWS = [
    pytest.param(
        transfer(funding="state_order"),
        "state_order_may_continue",
        id="T-1.6-1-same-specialty-state-order",
    ),
    pytest.param(transfer(funding="fee_paying"), "fee_paying", id="same-specialty-fee-paying"),
    pytest.param(
        transfer(
            kinds=["inter_hei", "specialty_change"],
            target_specialty=COMPUTER_SCIENCE,
            funding="state_order",
        ),
        "fee_paying",
        id="inter-hei-different-specialty",
    ),
    pytest.param(
        transfer(
            kinds=["specialty_change"], target_specialty=COMPUTER_SCIENCE, funding="state_order"
        ),
        "fee_paying",
        id="T-1.6-2-specialty-change-same-hei",
    ),
    pytest.param(
        transfer(kinds=["form_change"], funding="state_order"), "fee_paying", id="form-change-alone"
    ),
    pytest.param(
        transfer(kinds=["inter_hei", "form_change"], funding="state_order"),
        "fee_paying",
        id="inter-hei-combined-with-form-change",
    ),
    pytest.param(
        master_transfer(
            kinds=["specialty_change"],
            target_specialisation="Hidrotexnika",
            returning_from_leave=True,
            own_programme_discontinued=True,
            source_hei=hei("Gəncə"),
            target_hei=hei("Gəncə"),
            funding="state_order",
        ),
        "undetermined",
        id="master-2.6.2-other-specialisation-state-order",
    ),
    pytest.param(from_abroad(funding="state_order"), "fee_paying", id="from-a-foreign-hei"),
]


@pytest.mark.parametrize(("case", "fee"), FEE_ROWS)
def test_each_fee_row_gives_its_fee_basis(case: dict[str, Any], fee: str) -> None:
    assert decided(case)["fee_after"] == fee


def test_a_state_funded_form_change_is_flagged_a05() -> None:
    assert "A-05" in decided(transfer(kinds=["form_change"], funding="state_order"))["flags"]


def test_a_state_order_abroad_is_flagged_a40() -> None:
    assert "A-40" in decided(from_abroad(funding="state_order"))["flags"]


DOCUMENT_ROWS = [
    pytest.param(transfer(), ["2.9.1", "2.9.2", "2.9.3", "2.9.5"], id="domestic"),
    pytest.param(
        transfer(admission_basis="international_exam"),
        ["2.9.1", "2.9.2", "2.9.3", "2.9.4", "2.9.5"],
        id="domestic-admitted-on-international-exams",
    ),
    pytest.param(
        from_abroad(), ["2.9.1", "2.9.2", "2.9.3", "2.9.5", "2.9.6"], id="abroad-took-dim"
    ),
    pytest.param(
        from_abroad(took_dim_exam=False),
        ["2.9.1", "2.9.2", "2.9.3", "2.9.4", "2.9.5", "2.9.6"],
        id="abroad-no-dim",
    ),
    pytest.param(
        from_abroad(citizenship="foreign"),
        ["2.9.1", "2.9.3", "2.9.5", "2.9.6"],
        id="abroad-foreigner",
    ),
]


@pytest.mark.parametrize(("case", "documents"), DOCUMENT_ROWS)
def test_each_applicant_column_of_table_3_5_lists_its_documents(
    case: dict[str, Any], documents: list[str]
) -> None:
    assert decided(case)["documents"] == documents


def test_the_source_hei_has_5_business_days_from_the_mse_letter() -> None:
    decision = decided(transfer(mse_letter_received="2026-07-06"))
    assert decision["deadlines"] == [
        {"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}
    ]


def test_the_2_13_timer_starts_at_the_later_of_the_consent_letter_and_the_file() -> None:
    case = transfer(consent_letter_received="2026-07-06", personal_file_received="2026-07-08")
    assert decided(case)["deadlines"] == [
        {"what": "inclusion_order", "due": "2026-07-15", "paragraph": "2.13"}
    ]


def test_the_2_13_timer_waits_for_both_the_letter_and_the_file() -> None:
    assert decided(transfer(consent_letter_received="2026-07-06"))["deadlines"] == []


def test_a_specialty_change_inside_one_hei_has_no_2_12_timer() -> None:
    case = transfer(
        kinds=["specialty_change"],
        target_specialty=COMPUTER_SCIENCE,
        mse_letter_received="2026-07-06",
    )
    assert decided(case)["deadlines"] == []


def test_a_transfer_from_abroad_has_no_2_12_timer_but_has_2_13() -> None:
    case = from_abroad(
        mse_letter_received="2026-07-06",
        consent_letter_received="2026-07-06",
        personal_file_received="2026-07-06",
    )
    assert [d["what"] for d in decided(case)["deadlines"]] == ["inclusion_order"]


def test_the_2_12_deadline_skips_novruz_2026() -> None:
    decision = decided(transfer(mse_letter_received="2026-03-19"))
    assert decision["deadlines"][0]["due"] == "2026-04-06"


def test_the_2_12_deadline_skips_gurban_bayrami_2026() -> None:
    decision = decided(transfer(mse_letter_received="2026-05-26"))
    assert decision["deadlines"][0]["due"] == "2026-06-05"


def test_a_deadline_over_an_estimated_holiday_is_marked_estimated() -> None:
    decision = decided(transfer(mse_letter_received="2027-03-05"))
    assert decision["deadlines"][0] == {
        "what": "expulsion_order",
        "due": "2027-03-17",
        "paragraph": "2.12",
        "estimated": True,
    }


def test_a_deadline_running_past_the_end_of_the_vacation_is_flagged_a22() -> None:
    decision = decided(transfer(effective_date="2026-09-10", mse_letter_received="2026-09-10"))
    assert (decision["status"], decision["flags"]) == ("needs_consent", ["A-22"])


def test_a_deadline_inside_the_vacation_is_not_flagged_a22() -> None:
    assert decided(transfer(mse_letter_received="2026-07-06"))["flags"] == []
