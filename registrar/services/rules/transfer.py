"""Transfer, change of specialty and change of form of study: regulations.md §4.1, the gate
table G1-G13 (1.1-1.7, 2.1, 2.2, 1.5, 2.5), then the score table (score.py) and what the move
requires (requirements.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import need
from registrar.services.rules.model import (
    LEVELS_IN_SCOPE,
    MoveFacts,
    Specialty,
    parse_level,
    parse_move,
)
from registrar.services.rules.params import fold
from registrar.services.rules.requirements import (
    consent_step,
    deadline_step,
    documents_step,
    fee_step,
)
from registrar.services.rules.score import score_step

MASTER = "master"
BACHELOR_LEVELS = frozenset({"bachelor", "basic_medicine"})


def evaluate_transfer(case: Mapping[str, Any], result: Result, ctx: Context) -> None:
    level = parse_level(case)
    scope_gate(level, result)
    facts = parse_move(case, level=level)
    if facts.effective_date is not None:
        ctx.window(result, facts.effective_date)
    special_purpose_gate(facts, result)
    first_semester_gate(facts, result)
    foreign_gates(facts, result)
    if level == MASTER:
        master_gates(facts, result, ctx)
    group_gate(facts, result, ctx)
    window_gate(facts, result, ctx)
    debt_gate(facts, result)
    paragraph = score_step(facts, result, ctx)
    consent_step(facts, result)
    fee_step(facts, result, ctx)
    documents_step(facts, result)
    deadline_step(facts, result, ctx)
    result.record("needs_consent", paragraph)


# ---- gates (§4.1.1) -------------------------------------------------------------------------


def scope_gate(level: str, result: Result) -> None:
    """G1 (1.1)."""
    if level not in LEVELS_IN_SCOPE:
        raise result.stop(
            "out_of_scope",
            "1.1",
            f"Level '{level}' is outside the Rules, which cover bachelor's, master's and basic "
            "(base higher) medical education.",
        )


def special_purpose_gate(f: MoveFacts, result: Result) -> None:
    """G2 (1.2): a special-purpose HEI at either end (the source only when domestic)."""
    origin = need(f.origin, "origin")
    if f.target_hei_().special_purpose or (
        origin == "domestic" and f.source_hei_().special_purpose
    ):
        raise result.stop("out_of_scope", "1.2", "The Rules do not apply to special-purpose HEIs.")


def first_semester_gate(f: MoveFacts, result: Result) -> None:
    """G3 (2.1): recorded, evaluation continues; a later refusal outranks it."""
    if not need(f.first_semester_completed, "first_semester_completed"):
        result.record(
            "not_yet",
            "2.1",
            "A transfer or a change of specialty or form of study is carried out only after the "
            "first semester has ended.",
        )


def foreign_gates(f: MoveFacts, result: Result) -> None:
    """G4-G6 (1.7, 2.1, 2.7-2.8 with A-17)."""
    if need(f.origin, "origin") != "foreign":
        return
    if not f.source_hei_().need_accredited():
        raise result.stop(
            "not_eligible",
            "1.7",
            "Students of non-accredited foreign HEIs may not be transferred to HEIs of Azerbaijan.",
        )
    form = need(f.source_study_form, "source_study_form")
    if form == "extramural":
        raise result.stop(
            "not_eligible",
            "2.1",
            "Students studying extramurally (qiyabi) at foreign HEIs are not transferred to the "
            "country's HEIs.",
        )
    if need(f.citizenship, "citizenship") == "az" and form != "full_time":
        result.flag("A-17")
        raise result.stop(
            "not_eligible",
            ("2.7", "2.8"),
            f"2.7 and 2.8 cover only full-time study abroad; '{form}' is not covered "
            "(Proposal A-17: not eligible unless the MSE decides otherwise).",
        )


def master_gates(f: MoveFacts, result: Result, ctx: Context) -> None:
    """G7-G10 (1.5, 2.5, 2.6.2 with A-02, A-03, A-04)."""
    params = ctx.params
    if not f.same_specialty:
        raise result.stop(
            "not_eligible", "1.5", "At the master's level a change of specialty is not allowed."
        )
    if not f.same_specialisation:
        if f.leave_case and not f.inter_hei:
            result.flag("A-04")  # 2.6.2: another specialisation of the own specialty, same HEI
        else:
            raise result.stop(
                "not_eligible",
                "1.5",
                "At the master's level a change of specialisation is not allowed (the only "
                "exception is 2.6.2, on return from academic leave, at the same HEI).",
            )
    if f.inter_hei:
        if f.leave_case and params.master_2_6_2_ignores_year1_limit:
            if f.master_year != 1:
                result.flag("A-04")
        elif need(f.master_year, "master_year") != 1:
            raise result.stop(
                "not_eligible",
                ("1.5", "2.5"),
                "At the master's level a transfer to another HEI is allowed only during the 1st "
                "academic year.",
            )
    if f.form_change and need(f.master_year, "master_year") != 1:
        result.flag("A-03")
        if params.master_form_change_year1_only:
            raise result.stop(
                "not_eligible",
                "2.5",
                "At the master's level a change of form of study is allowed only during the 1st "
                "academic year (2.5; Proposal A-03).",
            )
    year1_move = f.inter_hei or f.form_change
    if year1_move and f.master_year == 1 and f.effective_date is not None:
        vacation = ctx.rules.academic.vacation_of(f.effective_date)
        if vacation is not None and vacation.name == "summer_vacation":
            result.flag("A-02")
            if not params.master_summer_after_year1_counts:
                raise result.stop(
                    "not_eligible",
                    ("1.5", "2.5"),
                    "The summer vacation after the 1st year is not part of the 1st academic "
                    "year under the configured reading of A-02.",
                )


def group_gate(f: MoveFacts, result: Result, ctx: Context, *, via_2_7: bool = False) -> None:
    """G11 (2.2, footnote 4; A-42 for basic medicine, A-47, A-48, A-09).

    Applies to domestic moves and, through 2.7, to Azerbaijani citizens from abroad who took
    the DİM exams; for the 2.8 and 2.14 routes 2.2 is not among the rules that apply (A-24).
    """
    if f.level not in BACHELOR_LEVELS:
        return
    if need(f.origin, "origin") == "foreign":
        if need(f.citizenship, "citizenship") != "az" or not f.took_dim_exam:
            return
        via_2_7 = True
    target, admitted = f.target(), f.admitted()
    if target.code == admitted.code:
        return
    if f.level == "basic_medicine":
        result.flag("A-42")
        if not ctx.params.basic_medicine_applies_group_rule:
            return
    if f.current_specialty is not None and admitted.code != f.current_specialty.code:
        result.flag("A-48")
    if f.leave_case and not f.inter_hei:
        result.flag("A-47")
    paragraphs = ("2.7", "2.2") if via_2_7 else ("2.2",)
    if fn4_history(admitted, target, ctx):
        result.reason("2.2", "Footnote 4: the history specialties are compatible with each other.")
        return
    if admitted.need_group() == target.need_group():
        return
    bridge = fn4_bridge(admitted, target, ctx)
    if bridge == "literal":
        result.reason(
            "2.2",
            "Footnote 4: international relations and regional studies are compatible with the "
            "group III specialties other than culture and arts.",
        )
        return
    if bridge == "reverse":
        result.flag("A-09")
        if ctx.params.fn4_symmetric:
            result.reason(
                "2.2",
                "Footnote 4 read both ways (Proposal A-09): a group III specialty other than "
                "culture and arts is compatible with international relations and regional "
                "studies.",
            )
            return
    raise result.stop(
        "not_eligible",
        paragraphs,
        f"The admitted specialty (group {admitted.need_group()}) and the target specialty "
        f"(group {target.need_group()}) are not in the same DİM specialty group, and footnote 4 "
        "does not make them compatible.",
    )


def fn4_history(a: Specialty, b: Specialty, ctx: Context) -> bool:
    names = ctx.params.fn4_history_group
    return a.name is not None and b.name is not None and {fold(a.name), fold(b.name)} <= names


def fn4_bridge(admitted: Specialty, target: Specialty, ctx: Context) -> str | None:
    """'literal' (bridge specialty to group III), 'reverse' (group III to it), or None."""
    params = ctx.params

    def bridge(s: Specialty) -> bool:
        return s.name is not None and fold(s.name) in params.fn4_group2_bridge

    def group3(s: Specialty) -> bool:
        return s.need_group() == params.fn4_bridge_group and not s.culture_arts

    if bridge(admitted) and not bridge(target) and group3(target):
        return "literal"
    if bridge(target) and not bridge(admitted) and group3(admitted):
        return "reverse"
    return None


def window_gate(f: MoveFacts, result: Result, ctx: Context) -> None:
    """G12 (1.4, 1.5): outside a vacation is reported, never a change of status."""
    day = need(f.effective_date, "effective_date")
    if not ctx.window(result, day):
        window = result.window or {}
        result.reason(
            "1.5" if f.level == MASTER else "1.4",
            f"The effective date {day.isoformat()} is not in a winter or summer vacation; the "
            f"order waits for the vacation from {window.get('next_opens')}.",
        )


def debt_gate(f: MoveFacts, result: Result) -> None:
    """G13 (2.9.5, Proposal): blocked until the debt is cleared."""
    if f.tuition_debt:
        result.record(
            "blocked",
            "2.9.5",
            "Outstanding tuition-fee debt: the document confirming no debt (2.9.5) cannot be "
            "supplied until it is cleared.",
        )
