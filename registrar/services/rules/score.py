"""The score table S1-S13 of regulations.md §4.1.2: the DİM score rules 2.3, 2.5 and 2.7, the
waivers of 2.4 and 2.6, and the 2.8 and 2.14 routes for students from abroad."""

from __future__ import annotations

from collections.abc import Mapping

from registrar.services.rules.context import Context
from registrar.services.rules.decision import Result
from registrar.services.rules.fields import ABSENT, need
from registrar.services.rules.model import MoveFacts, Specialty

MASTER = "master"


def score_step(f: MoveFacts, result: Result, ctx: Context) -> str:
    """S1-S13; returns the paragraph of the score rule (it decides an allowed transfer)."""
    if need(f.origin, "origin") == "foreign":
        return _foreign_score(f, result, ctx)
    if f.level == "bachelor":
        waiver = bachelor_waiver(f, result, ctx)
        if waiver is not None and not _excluded(f, result, ctx.params.bachelor_waiver_excluded):
            return _waived(result, waiver)
        return check_min(f, result, ctx, "2.3")
    if f.level == "basic_medicine":
        return check_min(f, result, ctx, "2.3")
    waiver = master_waiver(f, result, ctx)
    if waiver is not None and not _excluded(f, result, ctx.params.master_waiver_excluded):
        return _waived(result, waiver)
    return check_min(f, result, ctx, "2.5")


def _foreign_score(f: MoveFacts, result: Result, ctx: Context) -> str:
    if need(f.citizenship, "citizenship") in {"foreign", "stateless"}:
        result.set_score("not_applicable", "2.14")
        result.reason(
            "2.14",
            "A foreigner or stateless person from a foreign HEI: 2.7 and 2.8 do not apply; the "
            "other rules still do (A-24).",
        )
        result.flag("A-24")
        return "2.14"
    if need(f.took_dim_exam, "took_dim_exam"):
        result.flag("A-16")
        result.reason(
            "2.7",
            "An Azerbaijani citizen studying full-time abroad who took the DİM exams: the group "
            "rule (2.2) and the score rule (2.3) apply"
            + (" (2.5 by analogy for the master's level, A-16)." if f.level == MASTER else "."),
        )
        return check_min(f, result, ctx, "2.7")
    result.set_score("not_applicable", "2.8")
    result.indicators = {"exam_ok": exam_ok(f, ctx)}
    result.flag("A-18")
    result.record(
        "mse_discretion",
        "2.8",
        "An Azerbaijani citizen studying full-time abroad who did not take the DİM exams: the "
        "MSE weighs the international exam results, academic performance, the reasons for "
        "transfer and the HEI's world ranking (2.8.1-2.8.4).",
    )
    return "2.8"


def exam_ok(f: MoveFacts, ctx: Context) -> bool:
    """2.8.1: SAT (total and mathematics), TOEFL iBT or IELTS at the thresholds (A-18)."""
    p, intl = ctx.params, f.intl
    results: list[bool] = []
    if intl.sat_total is not None or intl.sat_math is not None:
        results.append(
            intl.sat_total is not None
            and intl.sat_math is not None
            and intl.sat_total >= p.sat_total_min
            and intl.sat_math >= p.sat_math_min
        )
    if intl.toefl_ibt is not None:
        results.append(intl.toefl_ibt >= p.toefl_ibt_min)
    if intl.ielts is not None:
        results.append(intl.ielts >= p.ielts_min)
    if not results:
        return False
    return any(results) if p.intl_exam_any_one_suffices else all(results)


_WAIVER_TEXT = {
    "2.4.1": "Baku state HEI to a region other than Sumgait: the admission score is not "
    "considered.",
    "2.4.2": "From one region to another region (not Baku, not Sumgait) in the own specialty: "
    "the admission score is not considered.",
    "2.4.3": "Return from academic leave, own specialty no longer taught, another specialty at "
    "the same HEI: the admission score is not considered.",
    "2.4.4": "Admitted on international exam results: the admission score is not considered.",
    "2.6.1": "Master's, Baku state HEI to a region other than Sumgait in the own specialisation: "
    "the admission score is not considered.",
    "2.6.2": "Master's return from academic leave with the own specialty (specialisation) no "
    "longer taught: the admission score is not considered.",
}


def _waived(result: Result, paragraph: str) -> str:
    result.set_score("waived", paragraph)
    result.reason(paragraph, _WAIVER_TEXT[paragraph])
    return paragraph


def _excluded(f: MoveFacts, result: Result, excluded: frozenset[str]) -> bool:
    """2.4 / 2.6: no waiver in law (and, for the bachelor's level, basic medicine); either the
    current or the target specialty triggers the exclusion (A-12)."""

    def hit(s: Specialty) -> bool:
        return ("law" in excluded and s.law) or ("basic_medicine" in excluded and s.basic_medicine)

    current, target = hit(f.current()), hit(f.target())
    if current != target:
        result.flag("A-12")
    if current or target:
        result.reason(
            "2.6" if f.level == MASTER else "2.4",
            "No score waiver in law"
            + (" or basic medicine" if "basic_medicine" in excluded else "")
            + ": the score rule applies.",
        )
    return current or target


def bachelor_waiver(f: MoveFacts, result: Result, ctx: Context) -> str | None:
    """2.4.1-2.4.4 (A-13, A-14, A-46: the list is exhaustive)."""
    params = ctx.params
    if f.inter_hei and f.same_specialty:
        source, target = f.source_hei_(), f.target_hei_()
        source_city = params.city_key(source.need_city())
        target_city = params.city_key(target.need_city())
        if source_city == "baku":
            if (
                target_city != "baku"
                and target_city not in params.waiver_target_excluded_cities["2.4.1"]
            ):
                if source.need_ownership() == "state":
                    return "2.4.1"
                result.flag("A-14")
        elif (
            target_city != source_city
            and target_city != "baku"
            and target_city not in params.waiver_target_excluded_cities["2.4.2"]
        ):
            if source_city != "sumgait":
                return "2.4.2"
            result.flag("A-13")
            if params.sumgait_counts_as_region_source:
                return "2.4.2"
    if not f.inter_hei and f.changes_specialty and f.leave_case:
        return "2.4.3"
    if f.admission_basis == "international_exam":
        return "2.4.4"
    return None


def master_waiver(f: MoveFacts, result: Result, ctx: Context) -> str | None:
    """2.6.1-2.6.2 (no region-to-region waiver at the master's level)."""
    params = ctx.params
    if f.inter_hei and f.same_specialisation:
        source, target = f.source_hei_(), f.target_hei_()
        source_city = params.city_key(source.need_city())
        target_city = params.city_key(target.need_city())
        if (
            source_city == "baku"
            and target_city != "baku"
            and target_city not in params.waiver_target_excluded_cities["2.6.1"]
        ):
            if source.need_ownership() == "state":
                return "2.6.1"
            result.flag("A-14")
    if f.leave_case:
        return "2.6.2"
    return None


def check_min(f: MoveFacts, result: Result, ctx: Context, paragraph: str) -> str:
    """The admission score against the target's minimum in the admission year (2.3, 2.5, 2.7).

    No score (A-11) or no known minimum (A-10) gives data_missing, which never refuses.
    """
    if not f.dim_score_given:
        need(None, "dim_score")
    if f.dim_score is None:
        result.set_score("data_missing", paragraph)
        result.flag("A-11")
        result.reason(
            paragraph,
            "The student has no DİM admission score: the MSE decides without an automatic "
            "score check (A-11).",
        )
        return paragraph
    minimum = _minimum(f, ctx)
    if minimum is None:
        result.set_score("data_missing", paragraph)
        result.flag("A-10")
        result.reason(
            paragraph,
            "The target's minimum passing score for the admission year is not known: the MSE "
            "decides without an automatic score check (A-10).",
        )
        return paragraph
    score = _number_text(f.dim_score)
    if f.dim_score >= minimum:
        result.set_score("pass", paragraph)
        result.reason(
            paragraph,
            f"The admission score {score} is not lower than the target's minimum passing score "
            f"{_number_text(minimum)}.",
        )
        return paragraph
    result.set_score("fail", paragraph)
    raise result.stop(
        "not_eligible",
        paragraph,
        f"The admission score {score} is lower than the target's minimum passing score "
        f"{_number_text(minimum)} in the year of admission.",
    )


def _minimum(f: MoveFacts, ctx: Context) -> float | None:
    if f.target_min_score is not ABSENT:
        return f.target_min_score if isinstance(f.target_min_score, float) else None
    if ctx.min_score_lookup is None:
        return None
    year = need(f.admission_year, "admission_year")
    hei = f.raw.get("target_hei")
    specialty = f.raw.get("target_specialty")
    form = f.target_study_form or f.source_study_form
    return ctx.min_score_lookup(
        hei if isinstance(hei, Mapping) else {},
        specialty if isinstance(specialty, Mapping) else {},
        f.target_specialisation,
        form,
        year,
    )


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
