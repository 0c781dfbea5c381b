"""Demo movement cases: the case file of spec/rules-api.md for each kind, decision left open.

Cases are of the movement service's kinds (`movement_types.CASE_KINDS`): outgoing and
incoming transfers, transfers from abroad, changes of specialty or form, restorations (to the
same HEI or from another), academic leave, returns from leave and expulsions, plus transfer
applications addressed to the Ministry's desk. Each holds the facts the rules engine needs;
`decision_json` stays null until the engine decides.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from registrar.services import demo_names as N

if TYPE_CHECKING:
    from registrar.services.demo_records import Generator, Learner

# The rules engine's kinds (rules-api.md), one slot each in every period of indices.
ENGINE_KINDS: Final = ("transfer", "restoration", "academic_leave", "leave_return", "expulsion")
CASE_PERIOD: Final = 250
_CASE_SLOTS: Final = dict(zip((3, 43, 83, 123, 163), ENGINE_KINDS, strict=True))
# A transfer slot's case, by (index // CASE_PERIOD) % 5: the movement service's kinds, and a
# transfer application addressed to the Ministry (ministry_desk).
TRANSFER_VARIANTS: Final = (
    "outgoing_transfer",
    "specialty_or_form_change",
    "incoming_transfer",
    "transfer_from_abroad",
    "ministry_transfer",
)
INCOMING: Final = frozenset({"incoming_transfer", "transfer_from_abroad"})


def case_kind_of(index: int) -> str | None:
    """The engine kind of the case an index carries, if any: 400 of each per 100,000."""
    return _CASE_SLOTS.get(index % CASE_PERIOD)


def transfer_variant(index: int) -> str:
    return TRANSFER_VARIANTS[(index // CASE_PERIOD) % len(TRANSFER_VARIANTS)]


def restoration_from_elsewhere(index: int) -> bool:
    """Every fifth restoration is of a person expelled from another HEI (no student here)."""
    return (index // CASE_PERIOD) % 5 == 4


@dataclass(frozen=True)
class Case:
    kind: str  # movement_types.CASE_KINDS, or "transfer" for a Ministry application
    source: str | None  # institution codes; None for a foreign institution
    target: str | None
    ministry: bool  # addressed to the Ministry's desk
    status: str  # "open" (a case of this institution) or "submitted" (at the Ministry)
    case_json: dict[str, object]
    opened_at: datetime
    actor: str
    letter: tuple[str, date] | None  # (kind, received on)


def weighted(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    """One of the values, drawn with the given weights."""
    roll = rng.random() * sum(weight for _, weight in choices)
    for value, weight in choices:
        roll -= weight
        if roll < 0:
            return value
    return choices[-1][0]


def movement_case(g: Generator, rng: random.Random, kind: str, learner: Learner) -> Case:
    """The case of engine kind `kind` about `learner`, opened in the last two months."""
    opened = g.moment(rng, g.now - timedelta(days=60), 0, 58 * 86400)
    own = g.ref.own.code
    actor = "registrar" if rng.random() < 0.7 else "desk"
    if kind == "transfer":
        variant = transfer_variant(learner.index)
        case, source, target, letter = _transfer(g, rng, learner, variant, opened)
        ministry = variant == "ministry_transfer"
        return Case(
            kind="transfer" if ministry else variant,
            source=source,
            target=target,
            ministry=ministry,
            status="submitted" if ministry else "open",
            case_json=case,
            opened_at=opened,
            actor="ministry" if ministry else actor,
            letter=letter,
        )
    source = target = own
    if kind == "restoration":
        case = _restoration(g, rng, learner)
        if restoration_from_elsewhere(learner.index):
            source = None
    elif kind == "academic_leave":
        case = _leave(g, rng)
    elif kind == "leave_return":
        case = _leave_return(g, rng, learner)
    else:
        case = _expulsion(g, rng, learner, opened)
    return Case(kind, source, target, False, "open", case, opened, actor, None)


def _common(learner: Learner) -> dict[str, object]:
    """The facts the group and score rules read, from the student's record."""
    return {
        "dim_score": learner.dim_score,
        "admission_year": learner.admission_year,
        "admitted_specialty": learner.specialty.as_case(),
        "citizenship": learner.person.citizenship,
        "funding": learner.funding,
    }


def _transfer(
    g: Generator, rng: random.Random, learner: Learner, variant: str, opened: datetime
) -> tuple[dict[str, object], str | None, str | None, tuple[str, date] | None]:
    own = g.ref.own
    other = rng.choice(g.ref.heis)
    spec = learner.specialty
    target_spec = spec
    target_form = learner.study_form
    if variant == "specialty_or_form_change":
        kinds: list[str] = []
        if rng.random() < 0.5:
            kinds.append("form_change")
            target_form = "full_time" if learner.study_form != "full_time" else "extramural"
        else:
            kinds.append("specialty_change")
            same_group = [
                s
                for s in g.ref.bachelor_specialties
                if s.dim_group == spec.dim_group and s.code != spec.code
            ]
            target_spec = rng.choice(same_group or list(g.ref.bachelor_specialties))
    else:
        kinds = ["inter_hei"]
    case: dict[str, object] = {
        "case": "transfer",
        "level": learner.level,
        "kinds": kinds,
        "origin": "domestic",
        "source_hei": own.as_case(),
        "target_hei": other.as_case(),
        "source_study_form": learner.study_form,
        "target_study_form": target_form,
        "current_specialty": spec.as_case(),
        "target_specialty": target_spec.as_case(),
        "first_semester_completed": g.completed_semesters(learner) >= 1,
        "effective_date": (g.today + timedelta(days=rng.randint(5, 200))).isoformat(),
        "returning_from_leave": False,
        "own_programme_discontinued": False,
        "admission_basis": "dim_exam",
        "took_dim_exam": True,
        "third_party_payer": learner.third_party_payer,
        "tuition_debt": learner.funding == "fee_paying" and rng.random() < 0.05,
        **_common(learner),
    }
    if rng.random() < 0.5:
        case["target_min_score"] = round(learner.dim_score + rng.uniform(-120.0, 60.0), 1)
    source: str | None = own.code
    target: str | None = other.code
    letter = None
    if variant == "specialty_or_form_change":
        case["target_hei"] = own.as_case()
        target = own.code
    elif variant in INCOMING:
        case["source_hei"], case["target_hei"] = other.as_case(), own.as_case()
        source, target = other.code, own.code
        if variant == "transfer_from_abroad":
            name, city, country = rng.choice(N.FOREIGN_HEIS)
            source = None
            case["origin"] = "foreign"
            case["source_hei"] = {
                "name": name,
                "city": city,
                "country": country,
                "ownership": "state",
                "founder_body": "",
                "special_purpose": False,
                "accredited": rng.random() < 0.9,
            }
            took = rng.random() < 0.5
            case["took_dim_exam"] = took
            if not took:
                case["dim_score"] = None
                case["intl"] = {
                    "sat_total": rng.randint(1000, 1550),
                    "sat_math": rng.randint(500, 780),
                    "toefl_ibt": rng.randint(60, 115),
                    "ielts": None,
                }
    elif variant == "outgoing_transfer" and (
        learner.index // CASE_PERIOD % 2 == 0 or rng.random() < 0.5
    ):
        received = min(opened.date() + timedelta(days=rng.randint(3, 20)), g.today)
        case["mse_letter_received"] = received.isoformat()
        letter = ("mse_letter", received)
    return case, source, target, letter


def _restoration(g: Generator, rng: random.Random, learner: Learner) -> dict[str, object]:
    own = g.ref.own
    elsewhere = restoration_from_elsewhere(learner.index)
    expelled = next((e for e in learner.events if e.kind == "expelled"), None)
    expulsion_date = expelled.on if expelled else g.today - timedelta(days=rng.randint(200, 900))
    target_spec = learner.specialty
    if rng.random() < 0.2:
        target_spec = rng.choice(g.ref.bachelor_specialties)
    return {
        "case": "restoration",
        "level": learner.level,
        "from_type": "other_domestic_hei" if elsewhere else "same_hei",
        "expelled_from": (rng.choice(g.ref.heis) if elsewhere else own).as_case(),
        "target_hei": own.as_case(),
        "expulsion_date": expulsion_date.isoformat(),
        "expulsion_ground": expelled.reason if expelled and expelled.reason else "own_request",
        "date": g.next_term_start(g.today).isoformat(),
        "own_specialty": learner.specialty.as_case(),
        "target_specialty": target_spec.as_case(),
        "first_semester_completed": True,
        **_common(learner),
    }


_LEAVE_GROUNDS: Final = (
    ("conscription", 0.3),
    ("family", 0.2),
    ("health", 0.3),
    ("social_leave", 0.1),
    ("study_abroad", 0.07),
    ("mobilisation", 0.03),
)


def _leave(g: Generator, rng: random.Random) -> dict[str, object]:
    ground = weighted(rng, _LEAVE_GROUNDS)
    start = g.today + timedelta(days=rng.randint(5, 120))
    end = None if ground == "mobilisation" else start + timedelta(days=365)
    case: dict[str, object] = {
        "case": "academic_leave",
        "ground": ground,
        "start": start.isoformat(),
        "end": end.isoformat() if end else None,
    }
    if ground == "health" and end is not None:
        case["commission_certificate_end"] = end.isoformat()
    return case


def _leave_return(g: Generator, rng: random.Random, learner: Learner) -> dict[str, object]:
    own = g.ref.own
    spec = learner.specialty
    back = g.next_term_start(g.today)
    discontinued = rng.random() < 0.1
    case: dict[str, object] = {
        "case": "leave_return",
        "level": learner.level,
        "return_date": back.isoformat(),
        "order_date": (back - timedelta(days=rng.randint(3, 20))).isoformat(),
        "own_programme_discontinued": discontinued,
    }
    if discontinued:  # the move that follows (5.2): another specialty at the same HEI
        others = [
            s
            for s in g.ref.bachelor_specialties
            if s.dim_group == spec.dim_group and s.code != spec.code
        ]
        case.update(
            {
                "kinds": ["specialty_change"],
                "source_hei": own.as_case(),
                "target_hei": own.as_case(),
                "current_specialty": spec.as_case(),
                "target_specialty": rng.choice(others or [spec]).as_case(),
                "first_semester_completed": True,
                "effective_date": back.isoformat(),
                "admission_basis": "dim_exam",
                "took_dim_exam": True,
                **_common(learner),
            }
        )
    return case


_EXPULSION_GROUNDS: Final = (
    ("own_request", 0.5),
    ("discipline", 0.15),
    ("health", 0.1),
    ("no_registration_no_contact", 0.2),
    ("transfer", 0.05),
)


def _expulsion(
    g: Generator, rng: random.Random, learner: Learner, opened: datetime
) -> dict[str, object]:
    ground = weighted(rng, _EXPULSION_GROUNDS)
    case: dict[str, object] = {
        "case": "expulsion",
        "ground": ground,
        "order_date": (g.today + timedelta(days=rng.randint(5, 60))).isoformat(),
        "on_military_register": learner.military,
    }
    if ground == "health":
        case["commission_certificate"] = rng.random() < 0.9
    elif ground == "no_registration_no_contact":
        start_year = g.today.year if g.today.month >= 9 else g.today.year - 1
        case["registered_for_next_year"] = False
        case["academic_year_start"] = start_year
        case["last_contact_date"] = g.between(rng, date(start_year, 9, 15), g.today).isoformat()
    elif ground == "transfer":
        received = min(opened.date() + timedelta(days=rng.randint(1, 10)), g.today)
        case["mse_letter_received"] = received.isoformat()
    return case
