"""What an allowed move requires: consents (§4.1.3), the fee basis after it (§4.1.4), the
student's documents (2.9, table §3.5) and the 2.12 and 2.13 timers (§4.1.5)."""

from __future__ import annotations

from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import need
from registrar.services.rules.model import MoveFacts

MASTER = "master"


def consent_step(f: MoveFacts, result: Result) -> None:
    moves = f.inter_hei or f.changes_specialty
    if moves:
        result.need("mse", "1.8")
    else:
        result.need("mse", "2.9")
        result.flag("A-08")
    if not moves:
        return
    target = f.target_hei_()
    if target.need_ownership() == "state" and not target.founder_is_mse():
        result.need(
            "founder_body", "1.8", name=need(target.founder_body, "target_hei.founder_body")
        )
    source = f.source_hei
    if (
        f.inter_hei
        and source is not None
        and source.ownership == "state"
        and source.founder_body is not None
        and source.founder_body.strip().lower() != "mse"
    ):
        result.flag("A-07")  # transfer *from* an HEI of another body: no consent (Proposal)
    if f.third_party_payer:
        result.need("payer", "1.9")


def fee_step(f: MoveFacts, result: Result, ctx: Context) -> None:
    """§4.1.4 (1.6, 1.11; A-05, A-06, A-40)."""
    if need(f.origin, "origin") == "foreign":
        if f.funding == "state_order":
            result.flag("A-40")
        result.set_fee("fee_paying")
        return
    if f.inter_hei and not f.form_change and f.same_specialty:
        if need(f.funding, "funding") == "state_order":
            result.set_fee("state_order_may_continue")
        else:
            result.set_fee("fee_paying")
        return
    if f.level == MASTER and not f.same_specialisation:
        if need(f.funding, "funding") == "state_order":
            result.flag("A-06")
            result.set_fee("undetermined")
        else:
            result.set_fee("fee_paying")
        return
    if f.form_change and f.funding != "fee_paying":
        result.flag("A-05")
        if not ctx.params.form_change_makes_fee_paying and not f.changes_specialty:
            result.set_fee("undetermined")
            return
    result.set_fee("fee_paying")


def documents_step(f: MoveFacts, result: Result) -> None:
    """What the student attaches to the application (2.9, table §3.5; A-19, A-24)."""
    if need(f.origin, "origin") == "domestic":
        result.add_documents("2.9.1", "2.9.2", "2.9.3")
        if f.admission_basis == "international_exam":
            result.add_documents("2.9.4")
        result.add_documents("2.9.5")
        return
    if f.citizenship == "az":
        result.add_documents("2.9.1", "2.9.2", "2.9.3")
        if not f.took_dim_exam:
            result.add_documents("2.9.4")
        result.add_documents("2.9.5", "2.9.6")
        return
    result.add_documents("2.9.1", "2.9.3", "2.9.5", "2.9.6")  # 2.9.2, 2.9.4 optional


def deadline_step(f: MoveFacts, result: Result, ctx: Context) -> None:
    """2.12 from the MSE letter; 2.13 from the later of the consent letter and the file.

    rules-api.md fixes the starts (A-20 is settled by `mse_letter_received`: the date the
    first MSE letter about the approved transfer reached the source HEI)."""
    if not f.inter_hei:
        return
    params = ctx.params
    if f.origin == "domestic" and f.mse_letter_received is not None:
        ctx.business_deadline(
            result,
            "expulsion_order",
            f.mse_letter_received,
            params.source_hei_deadline_business_days,
            "2.12",
        )
    if f.consent_letter_received is not None and f.personal_file_received is not None:
        ctx.business_deadline(
            result,
            "inclusion_order",
            max(f.consent_letter_received, f.personal_file_received),
            params.target_hei_deadline_business_days,
            "2.13",
        )
    vacation = (
        None if f.effective_date is None else ctx.rules.academic.vacation_of(f.effective_date)
    )
    if vacation is not None and any(d["due"] > vacation.end.isoformat() for d in result.deadlines):
        result.flag("A-22")  # a timely order after the window closes: a warning, not a block
