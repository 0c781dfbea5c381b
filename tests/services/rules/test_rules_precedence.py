"""Status precedence (rules-api.md): out_of_scope > not_eligible > not_yet > blocked >
mse_discretion > needs_consent > eligible."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from registrar.services.rules import PRECEDENCE
from registrar.services.rules.decision import Result
from tests.services.rules.rule_cases import decided, foreign_hei, from_abroad, transfer


def test_the_precedence_order_is_the_contract() -> None:
    assert PRECEDENCE == (
        "out_of_scope",
        "not_eligible",
        "not_yet",
        "blocked",
        "mse_discretion",
        "needs_consent",
        "eligible",
    )


PAIRS = [
    pytest.param(high, low, id=f"{high}-over-{low}") for high, low in combinations(PRECEDENCE, 2)
]


@pytest.mark.parametrize(("high", "low"), PAIRS)
def test_the_higher_status_wins_whatever_the_order_recorded(high: str, low: str) -> None:
    first, second = Result("transfer"), Result("transfer")
    first.record(low, "9.1")
    first.record(high, "9.2")
    second.record(high, "9.2")
    second.record(low, "9.1")
    assert (first.status, second.status, first.decided_by) == (high, high, ["9.2"])


def test_decided_by_joins_the_paragraphs_of_every_outcome_with_the_winning_status() -> None:
    result = Result("expulsion")
    result.record("blocked", "3.1.4")
    result.record("blocked", "3.1.5")
    result.record("eligible", "3.1.1")
    assert result.decided_by == ["3.1.4", "3.1.5"]


CASE_ROWS = [
    pytest.param(
        transfer(tuition_debt=True, dim_score=500, target_min_score=530),
        "not_eligible",
        ["2.3"],
        id="debt-and-failed-score-is-not-eligible",
    ),
    pytest.param(transfer(tuition_debt=True), "blocked", ["2.9.5"], id="debt-alone-is-blocked"),
    pytest.param(
        transfer(tuition_debt=True, first_semester_completed=False),
        "not_yet",
        ["2.1"],
        id="not-yet-over-blocked",
    ),
    pytest.param(
        from_abroad(took_dim_exam=False, tuition_debt=True),
        "blocked",
        ["2.9.5"],
        id="blocked-over-mse-discretion",
    ),
    pytest.param(
        from_abroad(took_dim_exam=False, first_semester_completed=False),
        "not_yet",
        ["2.1"],
        id="not-yet-over-mse-discretion",
    ),
    pytest.param(
        from_abroad(first_semester_completed=False, source_hei=foreign_hei(accredited=False)),
        "not_eligible",
        ["1.7"],
        id="not-eligible-over-not-yet",
    ),
    pytest.param(
        transfer(level="doctoral", tuition_debt=True),
        "out_of_scope",
        ["1.1"],
        id="out-of-scope-first",
    ),
]


@pytest.mark.parametrize(("case", "status", "decided_by"), CASE_ROWS)
def test_cases_where_several_rules_fire(
    case: dict[str, Any], status: str, decided_by: list[str]
) -> None:
    decision = decided(case)
    assert (decision["status"], decision["decided_by"]) == (status, decided_by)


def test_the_debt_reason_is_kept_when_the_score_refuses() -> None:
    decision = decided(transfer(tuition_debt=True, dim_score=500, target_min_score=530))
    assert [r["paragraph"] for r in decision["reasons"]] == ["2.9.5", "2.3"]


def test_being_outside_the_window_never_changes_the_status() -> None:
    inside = decided(transfer(effective_date="2026-07-06"))["status"]
    outside = decided(transfer(effective_date="2026-10-06"))["status"]
    assert inside == outside == "needs_consent"
