"""The rules engine: a student-movement case in, the decision of rules-api.md out.

Pure functions over the case and the reference data: no database, no Qt. The GUI's movement
screens and `registrar rules check` call `decide`, so both show the same decision.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from registrar.services.errors import BadInput
from registrar.services.rules.context import Context, MinScoreLookup
from registrar.services.rules.decision import PRECEDENCE, Result, Stop
from registrar.services.rules.expulsion import evaluate_expulsion
from registrar.services.rules.leave import evaluate_leave, evaluate_return
from registrar.services.rules.model import case_kind
from registrar.services.rules.params import RuleParams, RuleSet, load_rules
from registrar.services.rules.restoration import evaluate_restoration
from registrar.services.rules.transfer import evaluate_transfer

__all__ = [
    "PRECEDENCE",
    "MinScoreLookup",
    "RuleParams",
    "RuleSet",
    "decide",
    "decide_all",
    "load_rules",
]

_EVALUATORS: dict[str, Callable[[Mapping[str, Any], Result, Context], None]] = {
    "transfer": evaluate_transfer,
    "restoration": evaluate_restoration,
    "academic_leave": evaluate_leave,
    "leave_return": evaluate_return,
    "expulsion": evaluate_expulsion,
}


def decide(
    case: Any,
    *,
    rules: RuleSet | None = None,
    min_score_lookup: MinScoreLookup | None = None,
) -> dict[str, Any]:
    """The decision for one case (a dict as parsed from the case JSON).

    `min_score_lookup` is called only when a case needs a minimum passing score and its
    `target_min_score` is absent; without it such a score is unknown (A-10). A malformed case
    raises BadInput naming the field.
    """
    kind = case_kind(case)
    rule_set = rules if rules is not None else load_rules()
    result = Result(kind)
    # An out_of_scope or not_eligible gate ends the evaluation with Stop; the outcome is recorded.
    with contextlib.suppress(Stop):
        _EVALUATORS[kind](case, result, Context(rule_set, min_score_lookup))
    return result.as_json(rule_set.rule_version)


def decide_all(
    cases: list[Any],
    *,
    rules: RuleSet | None = None,
    min_score_lookup: MinScoreLookup | None = None,
) -> tuple[list[dict[str, Any]], bool]:
    """Decisions in the order of `cases`; a bad case gets {"error": {...}} in its slot.

    Returns the list and whether every case was decided.
    """
    rule_set = rules if rules is not None else load_rules()
    out: list[dict[str, Any]] = []
    ok = True
    for case in cases:
        try:
            out.append(decide(case, rules=rule_set, min_score_lookup=min_score_lookup))
        except BadInput as error:
            ok = False
            out.append(error_slot(error))
    return out, ok


def error_slot(error: BadInput) -> dict[str, Any]:
    """{"error": {"field": ..., "message": ...}} as rules-api.md shows it."""
    return {"error": {"field": error.field, "message": error.message}}
