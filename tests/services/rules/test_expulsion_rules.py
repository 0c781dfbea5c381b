"""The expulsion table E1-E6 of regulations.md §4.4, with the 3.2 and 4.1 timers."""

from __future__ import annotations

from typing import Any

import pytest

from registrar.services.errors import BadInput
from tests.services.rules.rule_cases import decided, expulsion

NO_REGISTRATION = {
    "ground": "no_registration_no_contact",
    "academic_year_start": 2025,
    "order_date": "2026-01-26",
    "registered_for_next_year": False,
    "last_contact_date": None,
}

EXPULSION_ROWS = [
    pytest.param(expulsion(ground="own_request"), "eligible", ["3.1.1"], id="E1-own-request"),
    pytest.param(
        expulsion(ground="transfer", mse_letter_received="2026-07-06", order_date="2026-07-08"),
        "eligible",
        ["3.1.2"],
        id="E2-transfer",
    ),
    pytest.param(expulsion(ground="discipline"), "eligible", ["3.1.3"], id="E3-discipline"),
    pytest.param(
        expulsion(ground="health", commission_certificate=True),
        "eligible",
        ["3.1.4"],
        id="E4-health-with-certificate",
    ),
    pytest.param(
        expulsion(ground="health", commission_certificate=False),
        "blocked",
        ["3.1.4"],
        id="E4-health-without-certificate",
    ),
    pytest.param(
        expulsion(**NO_REGISTRATION), "eligible", ["3.1.5"], id="E5-no-registration-no-contact"
    ),
    pytest.param(expulsion(ground="bad_grades"), "not_eligible", ["3.1"], id="E6-other-ground"),
]


@pytest.mark.parametrize(("case", "status", "decided_by"), EXPULSION_ROWS)
def test_each_expulsion_row_gives_its_status(
    case: dict[str, Any], status: str, decided_by: list[str]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["decided_by"]) == (status, decided_by)


def test_t_3_1_1_an_e5_order_before_the_autumn_semester_ends_is_blocked() -> None:
    decision = decided(expulsion(**{**NO_REGISTRATION, "order_date": "2026-01-20"}))
    assert (decision["status"], decision["decided_by"]) == ("blocked", ["3.1.5"])


def test_an_e5_order_on_the_last_day_of_the_autumn_semester_is_blocked() -> None:
    decision = decided(expulsion(**{**NO_REGISTRATION, "order_date": "2026-01-24"}))
    assert decision["status"] == "blocked"


def test_e5_is_blocked_when_the_student_registered() -> None:
    case = expulsion(**{**NO_REGISTRATION, "registered_for_next_year": True})
    assert decided(case)["status"] == "blocked"


def test_e5_is_blocked_by_a_contact_during_the_autumn_semester() -> None:
    case = expulsion(**{**NO_REGISTRATION, "last_contact_date": "2025-12-01"})
    assert decided(case)["status"] == "blocked"


def test_e5_ignores_a_contact_before_the_autumn_semester() -> None:
    case = expulsion(**{**NO_REGISTRATION, "last_contact_date": "2025-09-14"})
    assert decided(case)["status"] == "eligible"


def test_e5_is_flagged_a26() -> None:
    assert "A-26" in decided(expulsion(**NO_REGISTRATION))["flags"]


def test_e2_gives_the_2_12_deadline() -> None:
    case = expulsion(ground="transfer", mse_letter_received="2026-07-06", order_date="2026-07-08")
    deadlines = decided(case)["deadlines"]
    assert deadlines[0] == {"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}


def test_e2_can_be_checked_before_the_order_is_dated() -> None:
    case = expulsion(ground="transfer", mse_letter_received="2026-07-06")
    del case["order_date"]
    assert decided(case)["deadlines"] == [
        {"what": "expulsion_order", "due": "2026-07-13", "paragraph": "2.12"}
    ]


def test_a_blocked_expulsion_gives_only_the_reason_it_is_blocked() -> None:
    reasons = decided(expulsion(ground="health", commission_certificate=False))["reasons"]
    assert [r["paragraph"] for r in reasons] == ["3.1.4"]


def test_e2_without_the_mse_letter_is_blocked() -> None:
    decision = decided(expulsion(ground="transfer"))
    assert (decision["status"], decision["decided_by"]) == ("blocked", ["2.12"])


def test_e2_issues_no_annex_1_certificate_and_is_flagged_a28() -> None:
    decision = decided(expulsion(ground="transfer", mse_letter_received="2026-07-06"))
    assert (decision["documents"], "A-28" in decision["flags"]) == (["2.12"], True)


def test_e2_has_no_military_timer_even_on_the_register() -> None:
    case = expulsion(ground="transfer", mse_letter_received="2026-07-06", on_military_register=True)
    whats = [d["what"] for d in decided(case)["deadlines"]]
    assert "deferment_lost" not in whats


def test_other_grounds_issue_the_annex_1_certificate() -> None:
    assert decided(expulsion())["documents"] == ["3.3"]


def test_t_3_2_1_expelled_15_january_notice_due_22_july() -> None:
    decision = decided(expulsion(order_date="2026-01-15", on_military_register=True))
    assert decision["deadlines"][:2] == [
        {"what": "deferment_lost", "due": "2026-07-15", "paragraph": "3.2"},
        {"what": "military_notice", "due": "2026-07-22", "paragraph": "3.2"},
    ]


def test_deferment_loss_rolls_back_at_month_end() -> None:
    decision = decided(expulsion(order_date="2026-08-31", on_military_register=True))
    assert decision["deadlines"][0]["due"] == "2027-02-28"


def test_no_military_timer_off_the_register() -> None:
    whats = [d["what"] for d in decided(expulsion(on_military_register=False))["deadlines"]]
    assert whats == ["restoration_earliest", "restoration_latest"]


def test_the_military_register_answer_is_required_for_the_3_2_timer() -> None:
    case = expulsion()
    del case["on_military_register"]
    with pytest.raises(BadInput) as raised:
        decided(case)
    assert raised.value.field == "on_military_register"


def test_an_expulsion_reports_when_restoration_opens_and_closes() -> None:
    deadlines = decided(expulsion(order_date="2023-10-10"))["deadlines"]
    assert deadlines == [
        {"what": "restoration_earliest", "due": "2024-07-01", "paragraph": "4.1"},
        {"what": "restoration_latest", "due": "2038-10-10", "paragraph": "4.1"},
    ]


def test_an_unknown_ground_is_flagged_a25() -> None:
    assert decided(expulsion(ground="bad_grades"))["flags"] == ["A-25"]


def test_an_expulsion_has_no_window() -> None:
    assert decided(expulsion())["window"] is None
