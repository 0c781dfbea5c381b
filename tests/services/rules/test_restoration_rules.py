"""The restoration table R1-R10 of regulations.md §4.2 and the 4.1 time limits."""

from __future__ import annotations

from typing import Any

import pytest

from tests.services.rules.rule_cases import (
    BIOLOGY,
    COMPUTER_SCIENCE,
    ENGINEERING,
    decided,
    foreign_hei,
    hei,
    restoration,
    specialty,
)

OTHER_HEI = {"from_type": "other_domestic_hei", "expelled_from": hei("Gəncə")}
MASTER = {"level": "master", "own_specialisation": "Struktur", "target_specialisation": "Struktur"}

RESTORATION_ROWS = [
    pytest.param(
        restoration(expulsion_date="2025-10-10", date="2026-01-26"),
        "not_yet",
        ["4.1"],
        id="R1-less-than-one-semester",
    ),
    pytest.param(
        restoration(expulsion_date="2008-05-15", date="2024-07-05"),
        "not_eligible",
        ["4.1"],
        id="R2-more-than-15-years",
    ),
    pytest.param(restoration(date="2026-10-15"), "eligible", ["4.2"], id="R3-outside-window"),
    pytest.param(restoration(), "eligible", ["4.2"], id="R4-same-hei-own-specialty"),
    pytest.param(
        restoration(**MASTER, **OTHER_HEI), "not_eligible", ["1.5"], id="R5-master-other-hei"
    ),
    pytest.param(
        restoration(**{**MASTER, "target_specialisation": "Hidrotexnika"}),
        "not_eligible",
        ["1.5"],
        id="R5-master-other-specialisation",
    ),
    pytest.param(restoration(**OTHER_HEI), "needs_consent", ["4.2"], id="R6-other-domestic-hei"),
    pytest.param(
        restoration(target_specialty=COMPUTER_SCIENCE),
        "needs_consent",
        ["4.2"],
        id="R6-other-specialty-same-hei",
    ),
    pytest.param(
        restoration(
            from_type="special_purpose_hei",
            expelled_from=hei("Bakı", special_purpose=True),
            expulsion_ground="health",
        ),
        "needs_consent",
        ["4.3"],
        id="R7-special-purpose-health",
    ),
    pytest.param(
        restoration(
            from_type="special_purpose_hei",
            expelled_from=hei("Bakı", special_purpose=True),
            expulsion_ground="discipline",
        ),
        "not_eligible",
        ["4.3"],
        id="R8-special-purpose-other-ground",
    ),
    pytest.param(
        restoration(
            from_type="foreign_hei",
            expelled_from=foreign_hei(),
            source_study_form="full_time",
            took_dim_exam=True,
        ),
        "needs_consent",
        ["4.3"],
        id="R9-accredited-foreign-hei",
    ),
    pytest.param(
        restoration(from_type="foreign_hei", expelled_from=foreign_hei(accredited=False)),
        "not_eligible",
        ["1.7"],
        id="R10-unaccredited-foreign-hei",
    ),
]


@pytest.mark.parametrize(("case", "status", "decided_by"), RESTORATION_ROWS)
def test_each_restoration_row_gives_its_status(
    case: dict[str, Any], status: str, decided_by: list[str]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["decided_by"]) == (status, decided_by)


def test_r3_outside_the_window_names_the_next_vacation() -> None:
    decision = decided(restoration(date="2026-10-15"))
    assert (decision["window"], "outside_window" in decision["flags"]) == (
        {"inside": False, "next_opens": "2027-01-25"},
        True,
    )


def test_r4_has_no_score_no_consent_and_is_fee_paying() -> None:
    decision = decided(restoration())
    assert (decision["score"], decision["consents"], decision["fee_after"]) == (
        None,
        [],
        "fee_paying",
    )


def test_r4_at_an_hei_of_another_body_needs_no_body_consent_and_is_flagged_a07() -> None:
    target = hei("Bakı", founder_body="Səhiyyə Nazirliyi")
    decision = decided(restoration(target_hei=target, expelled_from=target))
    assert (decision["consents"], "A-07" in decision["flags"]) == ([], True)


def test_r5_is_flagged_a31() -> None:
    assert "A-31" in decided(restoration(**MASTER, **OTHER_HEI))["flags"]


def test_r5_outranks_a_recorded_not_yet() -> None:
    case = restoration(**MASTER, **OTHER_HEI, expulsion_date="2025-10-10", date="2026-01-26")
    assert decided(case)["status"] == "not_eligible"


def test_r6_needs_the_mse_on_the_hei_petition_and_the_4_2_attachments() -> None:
    decision = decided(restoration(**OTHER_HEI))
    assert (decision["consents"], decision["documents"]) == (
        [{"who": "mse", "paragraph": "4.2"}],
        ["2.9.1", "2.9.2", "4.2"],
    )


def test_r6_at_the_same_hei_needs_no_4_2_attachments_and_is_flagged_a30() -> None:
    decision = decided(restoration(target_specialty=COMPUTER_SCIENCE))
    assert (decision["documents"], "A-30" in decision["flags"]) == (["2.9.1", "2.9.2"], True)


def test_r6_uses_the_score_rule_with_the_hei_of_expulsion_as_source() -> None:
    case = restoration(
        from_type="other_domestic_hei", expelled_from=hei("Bakı"), target_hei=hei("Gəncə")
    )
    assert decided(case)["score"] == {"outcome": "waived", "paragraph": "2.4.1"}


def test_r6_refuses_a_score_below_the_minimum() -> None:
    decision = decided(restoration(**OTHER_HEI, dim_score=500, target_min_score=530))
    assert (decision["status"], decision["decided_by"]) == ("not_eligible", ["2.3"])


def test_r6_applies_the_dim_group_rule() -> None:
    decision = decided(restoration(target_specialty=BIOLOGY))
    assert (decision["status"], decision["decided_by"]) == ("not_eligible", ["2.2"])


def test_r6_without_the_first_semester_completed_is_refused_under_a33() -> None:
    decision = decided(restoration(**OTHER_HEI, first_semester_completed=False))
    assert (decision["status"], decision["decided_by"], "A-33" in decision["flags"]) == (
        "not_eligible",
        ["2.1"],
        True,
    )


def test_r6_into_a_state_hei_of_another_body_needs_that_body_too() -> None:
    target = hei("Bakı", founder_body="Səhiyyə Nazirliyi")
    consents = decided(restoration(**OTHER_HEI, target_hei=target))["consents"]
    assert consents == [
        {"who": "mse", "paragraph": "4.2"},
        {"who": "founder_body", "paragraph": "1.8", "name": "Səhiyyə Nazirliyi"},
    ]


def test_r7_has_no_score_and_asks_for_the_2_9_1_to_2_9_3_documents() -> None:
    case = restoration(
        from_type="special_purpose_hei",
        expelled_from=hei("Bakı", special_purpose=True),
        expulsion_ground="health",
    )
    decision = decided(case)
    assert (decision["score"], decision["documents"]) == (None, ["2.9.1", "2.9.2", "2.9.3"])


def test_r8_is_flagged_a32() -> None:
    case = restoration(from_type="special_purpose_hei", expulsion_ground="own_request")
    assert "A-32" in decided(case)["flags"]


def test_r9_for_a_foreigner_is_not_scored_under_2_14() -> None:
    case = restoration(
        from_type="foreign_hei",
        expelled_from=foreign_hei(),
        citizenship="foreign",
        source_study_form="full_time",
    )
    assert decided(case)["score"] == {"outcome": "not_applicable", "paragraph": "2.14"}


def test_r9_without_a_dim_exam_goes_to_the_mse_discretion() -> None:
    case = restoration(
        from_type="foreign_hei",
        expelled_from=foreign_hei(),
        source_study_form="full_time",
        took_dim_exam=False,
    )
    assert decided(case)["status"] == "mse_discretion"


def test_r9_at_the_master_level_is_flagged_a31_not_refused() -> None:
    case = restoration(
        **MASTER,
        from_type="foreign_hei",
        expelled_from=foreign_hei(),
        source_study_form="full_time",
        took_dim_exam=True,
    )
    decision = decided(case)
    assert (decision["status"], "A-31" in decision["flags"]) == ("needs_consent", True)


def test_restoration_into_a_special_purpose_hei_is_out_of_scope() -> None:
    decision = decided(restoration(target_hei=hei("Bakı", special_purpose=True)))
    assert (decision["status"], decision["decided_by"]) == ("out_of_scope", ["1.2"])


def test_restoration_reports_the_earliest_and_latest_dates() -> None:
    decision = decided(restoration(expulsion_date="2023-10-10"))
    assert decision["deadlines"] == [
        {"what": "restoration_earliest", "due": "2024-07-01", "paragraph": "4.1"},
        {"what": "restoration_latest", "due": "2038-10-10", "paragraph": "4.1"},
    ]


def test_exactly_one_semester_after_the_expulsion_is_allowed() -> None:
    assert decided(restoration(expulsion_date="2024-06-30", date="2025-01-25"))["status"] == (
        "eligible"
    )


def test_the_day_before_one_semester_has_passed_is_not_yet() -> None:
    assert decided(restoration(expulsion_date="2024-06-30", date="2025-01-24"))["status"] == (
        "not_yet"
    )


def test_an_expulsion_on_a_semester_start_waits_for_the_next_semester() -> None:
    deadlines = decided(restoration(expulsion_date="2025-02-15", date="2026-07-06"))["deadlines"]
    assert deadlines[0]["due"] == "2026-01-25"


def test_exactly_15_years_after_the_expulsion_is_allowed() -> None:
    assert decided(restoration(expulsion_date="2011-07-05", date="2026-07-05"))["status"] == (
        "eligible"
    )


def test_one_day_past_15_years_is_not_eligible() -> None:
    assert decided(restoration(expulsion_date="2011-07-05", date="2026-07-06"))["status"] == (
        "not_eligible"
    )


def test_15_years_from_29_february_rolls_back_to_28_february() -> None:
    deadlines = decided(restoration(expulsion_date="2012-02-29", date="2026-07-06"))["deadlines"]
    assert deadlines[1]["due"] == "2027-02-28"


def test_a_restoration_date_before_the_expulsion_is_bad_input() -> None:
    from registrar.services.errors import BadInput

    with pytest.raises(BadInput) as raised:
        decided(restoration(expulsion_date="2026-07-10", date="2026-07-06"))
    assert raised.value.field == "date"


def test_the_specialties_compare_by_code() -> None:
    renamed = {**ENGINEERING, "name": "Mühəndislik (yeni ad)"}
    assert decided(restoration(target_specialty=renamed))["decided_by"] == ["4.2"]


def test_a_master_restoration_to_the_own_specialisation_compares_case_insensitively() -> None:
    case = restoration(
        level="master", own_specialisation="Struktur", target_specialisation="STRUKTUR"
    )
    assert decided(case)["status"] == "eligible"


def test_a_specialty_with_another_code_is_another_specialty() -> None:
    decision = decided(restoration(target_specialty=specialty("050404", 1)))
    assert decision["decided_by"] == ["4.2"] and decision["status"] == "needs_consent"
