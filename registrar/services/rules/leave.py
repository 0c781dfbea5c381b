"""Academic leave and the return from it: regulations.md §4.3 (L1-L7, LR1-LR8), 5.1-5.2."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registrar.services.calendar import add_years
from registrar.services.errors import BadInput
from registrar.services.rules import requirements, score, transfer
from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import need
from registrar.services.rules.model import parse_leave, parse_move, parse_return

GROUNDS = {
    "conscription": "5.1.1",
    "mobilisation": "5.1.1",
    "family": "5.1.2",
    "health": "5.1.3",
    "social_leave": "5.1.4",
    "study_abroad": "5.1.5",
}

_GRANTED = {
    "conscription": "Called up for fixed-term active military service: leave for the period of "
    "service.",
    "mobilisation": "Called up for military service on mobilisation: leave until discharge; the "
    "end is recorded when the discharge document arrives (A-35).",
    "family": "Family circumstances: leave of up to {years} years.",
    "health": "Health: leave for the period in the medical advisory commission's certificate.",
    "social_leave": "Social leave: for the period set by legislation.",
    "study_abroad": "Study abroad under a programme: for the period of the programme.",
}


def evaluate_leave(case: Mapping[str, Any], result: Result, ctx: Context) -> None:
    """L1-L7 (5.1; A-34, A-35)."""
    f = parse_leave(case)
    paragraph = GROUNDS.get(f.ground)
    if paragraph is None:
        result.flag("A-34")
        if ctx.params.academic_leave_grounds_exhaustive:
            raise result.stop(
                "not_eligible",
                "5.1",
                f"'{f.ground}' is not a ground for academic leave under 5.1 (the list is read "
                "as exhaustive, Proposal A-34).",
            )
        result.record(
            "eligible",
            "5.1",
            f"'{f.ground}' is not listed in 5.1; the configured reading of A-34 leaves the "
            "grant to the rector.",
        )
        return
    start = need(f.start, "start")
    if f.ground == "mobilisation":
        result.flag("A-35")
        end = None
    elif f.ground == "health":
        end = need(f.commission_certificate_end, "commission_certificate_end")
    else:
        end = need(f.end, "end")
    if end is not None and end < start:
        field = "commission_certificate_end" if f.ground == "health" else "end"
        raise BadInput(f"'{field}' is before 'start'.", field=field)
    if f.ground == "family" and end is not None:
        limit = add_years(start, ctx.params.family_leave_max_years)
        if end > limit:
            raise result.stop(
                "not_eligible",
                "5.1.2",
                f"Family leave is granted for up to {ctx.params.family_leave_max_years} years: "
                f"it may end on {limit.isoformat()} at the latest, not {end.isoformat()}.",
            )
    if end is not None:
        result.deadline("leave_end", end, paragraph)
    text = _GRANTED[f.ground].replace("{years}", str(ctx.params.family_leave_max_years))
    result.record("eligible", paragraph, text)


def evaluate_return(case: Mapping[str, Any], result: Result, ctx: Context) -> None:
    """LR1-LR8 (5.2 with Section 2; A-36, A-37, A-38)."""
    f = parse_return(case)
    transfer.scope_gate(f.level, result)
    order = need(f.order_date, "order_date")
    returned = need(f.return_date, "return_date")
    if not ctx.window(result, order):
        if f.level == "master":
            result.flag("A-36")
        window = result.window or {}
        result.reason(
            "1.4",
            f"The return order dated {order.isoformat()} is not in a winter or summer vacation; "
            f"it waits for the vacation from {window.get('next_opens')} (all levels, A-36).",
        )
    start = ctx.rules.academic.next_semester_start(returned)
    resume = f"The student resumes studies from the next semester, which starts {start}."
    if not need(f.own_programme_discontinued, "own_programme_discontinued"):
        result.flag("A-38")
        result.set_fee("unchanged")
        result.record("eligible", "5.2", resume + " The own specialty is still taught.")
        return
    move = parse_move(
        case,
        level=f.level,
        origin="domestic",
        returning_from_leave=True,
        own_programme_discontinued=True,
        effective_date=order,
    )
    transfer.special_purpose_gate(move, result)
    if move.first_semester_completed is False:
        transfer.first_semester_gate(move, result)
    if f.level == "master":
        transfer.master_gates(move, result, ctx)
    transfer.group_gate(move, result, ctx)
    transfer.debt_gate(move, result)
    if f.level == "bachelor" and move.inter_hei:
        result.flag("A-37")  # 2.4.3 covers only the same HEI: 2.3 unless 2.4.1 / 2.4.2
    score.score_step(move, result, ctx)
    requirements.consent_step(move, result)
    result.need("mse", "5.2")  # on the HEI's application
    requirements.fee_step(move, result, ctx)
    requirements.documents_step(move, result)
    requirements.deadline_step(move, result, ctx)
    result.record(
        "needs_consent",
        "5.2",
        resume + " The own specialty is no longer taught: the MSE decides on the HEI's "
        "application.",
    )
