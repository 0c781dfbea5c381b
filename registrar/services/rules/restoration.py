"""Restoration to the student body: regulations.md §4.2 (R1-R10), paragraphs 4.1-4.4 with
1.5-1.8, 1.11 and, for the cases that are moves, 2.1-2.8."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registrar.services.errors import BadInput
from registrar.services.rules import requirements, score, transfer
from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import need
from registrar.services.rules.model import RestorationFacts, parse_move, parse_restoration


def evaluate_restoration(case: Mapping[str, Any], result: Result, ctx: Context) -> None:
    f = parse_restoration(case)
    transfer.scope_gate(f.level, result)
    from_type = need(f.from_type, "from_type")
    target_hei = need(f.target_hei, "target_hei")
    if target_hei.special_purpose:
        raise result.stop("out_of_scope", "1.2", "The Rules do not apply to special-purpose HEIs.")
    day = need(f.date, "date")
    expelled = need(f.expulsion_date, "expulsion_date")
    if day < expelled:
        raise BadInput("'date' is before 'expulsion_date'.", field="date")
    inside = ctx.window(result, day)

    if from_type == "foreign_hei" and not need(f.expelled_from, "expelled_from").need_accredited():
        raise result.stop(  # R10
            "not_eligible",
            "1.7",
            "Persons expelled from non-accredited foreign HEIs may not be restored to HEIs of "
            "Azerbaijan.",
        )
    if from_type == "special_purpose_hei" and need(f.expulsion_ground, "expulsion_ground") != (
        "health"
    ):
        result.flag("A-32")
        raise result.stop(  # R8
            "not_eligible",
            "4.3",
            "A former student of a special-purpose HEI may be restored to a civilian HEI only "
            "after an expulsion for health reasons (4.3; Proposal A-32).",
        )

    _time_limits(f, result, ctx)  # R1, R2
    if not inside:  # R3
        window = result.window or {}
        result.reason(
            "1.5" if f.level == "master" else "1.4",
            f"The restoration order dated {day.isoformat()} is not in a winter or summer "
            f"vacation; it waits for the vacation from {window.get('next_opens')}.",
        )

    own_specialty = need(f.own_specialty, "own_specialty")
    target_specialty = need(f.target_specialty, "target_specialty")
    same_specialisation = (f.own_specialisation or "").strip().casefold() == (
        f.target_specialisation or ""
    ).strip().casefold()
    own = (
        from_type == "same_hei"
        and target_specialty.code == own_specialty.code
        and (f.level != "master" or same_specialisation)
    )
    if own:
        _own_hei_and_specialty(result, ctx, f)
    elif f.level == "master" and from_type in {"same_hei", "other_domestic_hei"}:
        result.flag("A-31")
        raise result.stop(  # R5
            "not_eligible",
            "1.5",
            "A master's student may be restored only to the HEI of previous study, in the own "
            "specialty and specialisation.",
        )
    elif from_type == "special_purpose_hei":
        _from_special_purpose(result, f)
    elif from_type == "foreign_hei":
        _from_foreign_hei(case, result, ctx, f)
    else:
        _as_domestic_move(case, result, ctx, f)
    if not own and target_hei.need_ownership() == "state" and not target_hei.founder_is_mse():
        result.need(
            "founder_body", "1.8", name=need(target_hei.founder_body, "target_hei.founder_body")
        )
    result.set_fee("fee_paying")  # 1.6: restoration has no state-order exception


def _time_limits(f: RestorationFacts, result: Result, ctx: Context) -> None:
    day, expelled = need(f.date, "date"), need(f.expulsion_date, "expulsion_date")
    earliest, latest = ctx.restoration_window(expelled)
    result.deadline("restoration_earliest", earliest, "4.1")
    result.deadline("restoration_latest", latest, "4.1")
    if f.from_type in {"special_purpose_hei", "foreign_hei"}:
        result.flag("A-29")  # 4.1 applied to the 4.3 cases as well
    if day < earliest:
        result.flag("A-29")
        result.record(
            "not_yet",
            "4.1",
            f"One semester has not yet passed since the expulsion: the earliest date is "
            f"{earliest.isoformat()} (the day after the first complete semester).",
        )
    if day > latest:
        result.flag("A-29")
        raise result.stop(
            "not_eligible",
            "4.1",
            f"More than {ctx.params.restoration_max_years} years have passed since the expulsion "
            f"(the last day was {latest.isoformat()}).",
        )


def _own_hei_and_specialty(result: Result, ctx: Context, f: RestorationFacts) -> None:
    """R4 (4.2, 1.8): the rector restores on the student's application; no MSE consent."""
    target = need(f.target_hei, "target_hei")
    if (
        target.ownership == "state"
        and target.founder_body is not None
        and target.founder_body.strip().lower() != "mse"
    ):
        result.flag("A-07")  # no body consent for a same-HEI own-specialty restoration
    result.record(
        "eligible",
        "4.2",
        "Restoration to the same HEI in the own specialty: by the rector's order on the "
        "student's application, without the MSE's consent.",
    )


def _from_special_purpose(result: Result, f: RestorationFacts) -> None:
    """R7 (4.3): health expulsion from a special-purpose HEI, to a civilian HEI."""
    if f.level == "master":
        result.flag("A-31")
    result.flag("A-32")  # the matching specialty is decided by the HEI and the MSE
    result.need("mse", "4.3")
    result.add_documents("2.9.1", "2.9.2", "2.9.3")
    result.record(
        "needs_consent",
        "4.3",
        "A former special-purpose HEI student expelled for health reasons may be restored to a "
        "civilian HEI in the matching specialty, on the HEI's application, with the MSE's "
        "consent.",
    )


def _from_foreign_hei(
    case: Mapping[str, Any], result: Result, ctx: Context, f: RestorationFacts
) -> None:
    """R9 (4.3 with 2.7-2.12): the transfer-from-abroad rules; master's limits flagged (A-31)."""
    if f.level == "master":
        result.flag("A-31")
    move = parse_move(
        case,
        level=f.level,
        origin="foreign",
        kinds=frozenset({"inter_hei"}),
        source_hei=need(f.expelled_from, "expelled_from"),
        current_specialty=f.own_specialty,
        current_specialisation=f.own_specialisation,
        effective_date=f.date,
        current_specialty_field="own_specialty",
        source_hei_field="expelled_from",
    )
    transfer.foreign_gates(move, result)
    transfer.group_gate(move, result, ctx)
    score.score_step(move, result, ctx)
    requirements.documents_step(move, result)
    result.need("mse", "4.3")
    result.record(
        "needs_consent",
        "4.3",
        "A person expelled from a foreign HEI may be restored to a civilian HEI in the matching "
        "specialty under 2.7-2.12, with the MSE's consent.",
    )


def _as_domestic_move(
    case: Mapping[str, Any], result: Result, ctx: Context, f: RestorationFacts
) -> None:
    """R6 (4.2): another domestic HEI, or another specialty; 2.1-2.8 through the group and
    score rules, with the HEI of expulsion as the source."""
    target_hei = need(f.target_hei, "target_hei")
    other_hei = f.from_type == "other_domestic_hei"
    source = need(f.expelled_from, "expelled_from") if other_hei else target_hei
    same_specialty = (
        need(f.target_specialty, "target_specialty").code
        == need(f.own_specialty, "own_specialty").code
    )
    kinds = {"inter_hei"} if other_hei else set()
    if not same_specialty or not kinds:
        kinds.add("specialty_change")
    move = parse_move(
        case,
        level=f.level,
        origin="domestic",
        kinds=frozenset(kinds),
        source_hei=source,
        current_specialty=f.own_specialty,
        current_specialisation=f.own_specialisation,
        effective_date=f.date,
        current_specialty_field="own_specialty",
        source_hei_field="expelled_from",
    )
    if move.first_semester_completed is not True:
        result.flag("A-33")  # 2.1 on restoration: the first semester done before expulsion
        if move.first_semester_completed is False:
            raise result.stop(
                "not_eligible",
                "2.1",
                "The person did not complete the first semester before the expulsion (2.1 as "
                "read for restorations, Proposal A-33).",
            )
    transfer.group_gate(move, result, ctx)
    score.score_step(move, result, ctx)
    result.need("mse", "4.2")
    result.add_documents("2.9.1", "2.9.2")
    if other_hei:
        result.add_documents("4.2")  # Annex 1 certificate and the original education document
    else:
        result.flag("A-30")
    result.record(
        "needs_consent",
        "4.2",
        "Restoration to another HEI or another specialty: on the HEI's petition, with the MSE's "
        "consent, meeting 1.5, 1.11 and 2.1-2.8.",
    )
