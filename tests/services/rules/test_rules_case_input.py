"""Malformed cases raise BadInput naming the field; unknown fields are ignored."""

from __future__ import annotations

from typing import Any

import pytest

from registrar.services.errors import BadInput
from tests.services.rules.rule_cases import decided, expulsion, hei, leave, restoration, transfer


def without(case: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in case.items() if k != key}


BAD_CASES = [
    pytest.param({"case": "adoption"}, "case", id="unknown-case"),
    pytest.param(["not", "an", "object"], "case", id="case-not-an-object"),
    pytest.param(without(transfer(), "level"), "level", id="missing-level"),
    pytest.param(transfer(level=3), "level", id="level-not-a-string"),
    pytest.param(transfer(effective_date="06.07.2026"), "effective_date", id="bad-date"),
    pytest.param(transfer(effective_date="2026-02-30"), "effective_date", id="impossible-date"),
    pytest.param(
        restoration(expulsion_date="9995-01-01"), "expulsion_date", id="date-out-of-range"
    ),
    pytest.param(transfer(admission_year=20024), "admission_year", id="year-out-of-range"),
    pytest.param(transfer(kinds=[]), "kinds", id="empty-kinds"),
    pytest.param(transfer(kinds=["teleport"]), "kinds", id="unknown-kind"),
    pytest.param(transfer(origin="mars"), "origin", id="unknown-origin"),
    pytest.param(transfer(dim_score="550"), "dim_score", id="score-as-text"),
    pytest.param(transfer(dim_score=True), "dim_score", id="score-as-bool"),
    pytest.param(
        transfer(first_semester_completed="yes"), "first_semester_completed", id="bool-as-text"
    ),
    pytest.param(transfer(target_hei="Bakı"), "target_hei", id="hei-not-an-object"),
    pytest.param(transfer(target_hei=hei(city=None)), "target_hei.city", id="missing-nested-field"),
    pytest.param(
        transfer(target_specialty={"name": "x"}),
        "target_specialty.code",
        id="specialty-without-code",
    ),
    pytest.param(
        without(transfer(), "first_semester_completed"),
        "first_semester_completed",
        id="missing-gate-field",
    ),
    pytest.param(without(transfer(), "dim_score"), "dim_score", id="missing-score-the-rule-needs"),
    pytest.param(
        without(transfer(), "effective_date"), "effective_date", id="missing-effective-date"
    ),
    pytest.param(
        without(restoration(), "from_type"), "from_type", id="restoration-missing-from-type"
    ),
    pytest.param(restoration(from_type="moon"), "from_type", id="restoration-unknown-from-type"),
    pytest.param(without(leave(), "ground"), "ground", id="leave-missing-ground"),
    pytest.param(leave(ground=5), "ground", id="leave-ground-not-a-string"),
    pytest.param(
        without(expulsion(), "order_date"), "order_date", id="expulsion-missing-order-date"
    ),
    pytest.param(
        expulsion(ground="no_registration_no_contact", registered_for_next_year=False),
        "academic_year_start",
        id="e5-missing-academic-year",
    ),
]


@pytest.mark.parametrize(("case", "field"), BAD_CASES)
def test_a_malformed_case_names_the_field(case: Any, field: str) -> None:
    with pytest.raises(BadInput) as raised:
        decided(case)
    assert raised.value.field == field


def test_unknown_fields_are_ignored() -> None:
    plain = decided(transfer())
    extra = decided(transfer(colour="green", notes={"any": "thing"}))
    assert plain == extra


def test_an_out_of_scope_level_needs_no_other_field() -> None:
    assert decided({"case": "transfer", "level": "doctoral"})["status"] == "out_of_scope"


def test_a_move_within_one_hei_may_omit_the_source_hei() -> None:
    case = without(transfer(kinds=["form_change"]), "source_hei")
    assert decided(case)["status"] == "needs_consent"


def test_a_move_between_heis_needs_the_source_hei() -> None:
    with pytest.raises(BadInput) as raised:
        decided(without(transfer(), "source_hei"))
    assert raised.value.field == "source_hei"


def test_a_numeric_specialty_code_is_refused_because_it_loses_leading_zeros() -> None:
    case = transfer(target_specialty={**transfer()["target_specialty"], "code": 50403})
    with pytest.raises(BadInput) as raised:
        decided(case)
    assert raised.value.field == "target_specialty.code"
