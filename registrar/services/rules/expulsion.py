"""Expulsion from the student body: regulations.md §4.4 (E1-E6), paragraphs 3.1-3.3, 2.12."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from registrar.services.calendar import add_months, add_weeks
from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import need
from registrar.services.rules.model import ExpulsionFacts, parse_expulsion

GROUNDS = {
    "own_request": "3.1.1",
    "transfer": "3.1.2",
    "discipline": "3.1.3",
    "health": "3.1.4",
    "no_registration_no_contact": "3.1.5",
}

_ALLOWED = {
    "own_request": "Expulsion at the student's own request, by the rector's order.",
    "transfer": "Expulsion in connection with the transfer to another HEI: the rector's order "
    "and the personal file with the transcript within {days} business days of the MSE letter.",
    "discipline": "Expulsion for a gross breach of the internal discipline rules, as the HEI's "
    "own rules define it (A-25).",
    "health": "Expulsion for health reasons on the medical advisory commission's certificate.",
    "no_registration_no_contact": "Not registered for the academic year and no contact by the "
    "end of its autumn semester.",
}


def evaluate_expulsion(case: Mapping[str, Any], result: Result, ctx: Context) -> None:
    f = parse_expulsion(case)
    paragraph = GROUNDS.get(f.ground)
    if paragraph is None:  # E6
        result.flag("A-25")
        if ctx.params.expulsion_grounds_exhaustive:
            raise result.stop(
                "not_eligible",
                "3.1",
                f"'{f.ground}' is not a ground for expulsion under 3.1 (the list is read as "
                "exhaustive, Proposal A-25).",
            )
        result.record(
            "eligible",
            "3.1",
            f"'{f.ground}' is not listed in 3.1; the configured reading of A-25 leaves it to "
            "the rector.",
        )
        return
    # A transfer expulsion is checked before its order exists: the order date is optional there.
    order = f.order_date if f.ground == "transfer" else need(f.order_date, "order_date")
    if f.ground == "discipline":
        result.flag("A-25")  # "gross" per the HEI's internal rules
    if f.ground == "health" and not f.commission_certificate:  # E4
        result.record(
            "blocked",
            "3.1.4",
            "Expulsion for health reasons needs the medical advisory commission's certificate.",
        )
    if f.ground == "no_registration_no_contact":  # E5
        _no_registration(f, result, ctx)
    if f.ground == "transfer":  # E2
        _transfer(f, result, ctx)
    else:
        result.add_documents("3.3")  # Annex 1 certificate; the original education document back
    _military(f, result, ctx)
    if order is not None:
        earliest, latest = ctx.restoration_window(order)
        result.deadline("restoration_earliest", earliest, "4.1")
        result.deadline("restoration_latest", latest, "4.1")
    blocked = result.has("blocked")
    days = ctx.params.source_hei_deadline_business_days
    text = _ALLOWED[f.ground].replace("{days}", str(days))
    result.record("eligible", paragraph, None if blocked else text)


def _no_registration(f: ExpulsionFacts, result: Result, ctx: Context) -> None:
    """3.1.5 (A-26): only after the autumn semester ends, not registered, and no contact
    between that semester's start and its end."""
    result.flag("A-26")
    order = need(f.order_date, "order_date")
    autumn = ctx.rules.academic.autumn_semester(need(f.academic_year_start, "academic_year_start"))
    problems: list[str] = []
    if order <= autumn.end:
        problems.append(
            f"the order must be dated after the autumn semester ends ({autumn.end.isoformat()})"
        )
    if need(f.registered_for_next_year, "registered_for_next_year"):
        problems.append("the student registered for the academic year")
    contact = f.last_contact_date
    if contact is not None and autumn.start <= contact <= autumn.end:
        problems.append(
            f"the student contacted the HEI on {contact.isoformat()}, during the autumn semester"
        )
    if problems:
        result.record("blocked", "3.1.5", "Not yet a 3.1.5 expulsion: " + "; ".join(problems) + ".")


def _transfer(f: ExpulsionFacts, result: Result, ctx: Context) -> None:
    """3.1.2 with 2.12 (A-27, A-28)."""
    result.flag("A-28")
    result.flag("A-27")
    if ctx.params.issue_annex1_on_transfer:
        result.add_documents("3.3")
    result.add_documents("2.12")  # the personal file and the transcript go to the target HEI
    if f.mse_letter_received is None:
        result.record(
            "blocked",
            "2.12",
            "The MSE's letter about the transfer has not been received; the 5-business-day "
            "order (2.12) starts on its receipt.",
        )
        return
    ctx.business_deadline(
        result,
        "expulsion_order",
        f.mse_letter_received,
        ctx.params.source_hei_deadline_business_days,
        "2.12",
    )


def _military(f: ExpulsionFacts, result: Result, ctx: Context) -> None:
    """3.2 (A-27): deferment lost 6 months after the order unless restored; notice a week
    later. Only for persons on the military register, never for a 3.1.2 transfer."""
    if f.ground == "transfer":
        return
    params = ctx.params
    if params.military_timer_only_if_registered and not need(
        f.on_military_register, "on_military_register"
    ):
        return
    result.flag("A-27")
    lost = add_months(need(f.order_date, "order_date"), params.deferment_loss_months)
    result.deadline("deferment_lost", lost, "3.2")
    result.deadline("military_notice", add_weeks(lost, params.military_notice_weeks), "3.2")
