"""Time `registrar rules check` on 1,000 varied cases, end to end (process start included).

Usage: python bench/rules_check.py [--cases 1000] [--runs 5] [--keep FILE]
Prints the wall-clock time of each run and the median; the target is under 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CITIES = ["Bakı", "Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki", "Naxçıvan", "Mingəçevir"]
SPECIALTIES = [
    {"code": "050403", "name": "Mühəndislik", "dim_group": 1},
    {"code": "050509", "name": "Kompüter elmləri", "dim_group": 1},
    {"code": "050407", "name": "Hüquqşünaslıq", "dim_group": 3, "law": True},
    {"code": "050207", "name": "Filologiya", "dim_group": 3},
    {"code": "050306", "name": "Beynəlxalq münasibətlər", "dim_group": 2},
    {"code": "050201", "name": "Tarix", "dim_group": 2},
    {"code": "050113", "name": "Tarix müəllimliyi", "dim_group": 3},
    {"code": "050601", "name": "Biologiya", "dim_group": 4},
    {"code": "050901", "name": "Müalicə işi", "dim_group": 4, "basic_medicine": True},
]


def _day(rng: random.Random, first: date, last: date) -> str:
    return (first + timedelta(days=rng.randrange((last - first).days + 1))).isoformat()


def _hei(rng: random.Random, foreign: bool = False) -> dict[str, Any]:
    return {
        "name": "HEI",
        "city": "Ankara" if foreign else rng.choice(CITIES),
        "country": "TR" if foreign else "AZ",
        "ownership": rng.choice(["state", "state", "private"]),
        "founder_body": rng.choice(["mse", "mse", "mse", "Səhiyyə Nazirliyi"]),
        "special_purpose": rng.random() < 0.03,
        "accredited": rng.random() > 0.1,
    }


def transfer(rng: random.Random) -> dict[str, Any]:
    level = rng.choice(["bachelor", "bachelor", "bachelor", "master", "basic_medicine", "phd"])
    admitted = rng.choice(SPECIALTIES)
    target = admitted if rng.random() < 0.6 else rng.choice(SPECIALTIES)
    foreign = rng.random() < 0.2
    kinds = rng.choice(
        [["inter_hei"], ["specialty_change"], ["form_change"], ["inter_hei", "specialty_change"]]
    )
    case: dict[str, Any] = {
        "case": "transfer",
        "level": level,
        "kinds": kinds,
        "origin": "foreign" if foreign else "domestic",
        "citizenship": rng.choice(["az", "az", "az", "foreign", "stateless"]),
        "source_hei": _hei(rng, foreign),
        "target_hei": _hei(rng),
        "source_study_form": rng.choice(["full_time", "full_time", "extramural", "evening"]),
        "admitted_specialty": admitted,
        "current_specialty": admitted,
        "target_specialty": target,
        "current_specialisation": "A",
        "target_specialisation": rng.choice(["A", "A", "B"]),
        "first_semester_completed": rng.random() > 0.1,
        "master_year": rng.choice([1, 1, 2]),
        "effective_date": _day(rng, date(2025, 9, 1), date(2027, 9, 1)),
        "returning_from_leave": rng.random() < 0.1,
        "own_programme_discontinued": rng.random() < 0.1,
        "admission_basis": rng.choice(["dim_exam", "dim_exam", "international_exam", "other"]),
        "took_dim_exam": rng.random() > 0.3,
        "dim_score": rng.choice([None, *range(300, 700, 7)]),
        "admission_year": rng.choice([2022, 2023, 2024]),
        "intl": {
            "sat_total": rng.choice([None, 950, 1100]),
            "sat_math": rng.choice([None, 550, 600]),
            "toefl_ibt": rng.choice([None, 70, 80]),
            "ielts": rng.choice([None, 5.5, 6.5]),
        },
        "funding": rng.choice(["state_order", "fee_paying"]),
        "third_party_payer": rng.random() < 0.1,
        "tuition_debt": rng.random() < 0.05,
        "mse_letter_received": _day(rng, date(2026, 1, 1), date(2027, 12, 31)),
        "consent_letter_received": _day(rng, date(2026, 1, 1), date(2027, 12, 31)),
        "personal_file_received": _day(rng, date(2026, 1, 1), date(2027, 12, 31)),
    }
    if rng.random() < 0.8:
        case["target_min_score"] = rng.choice([None, *range(350, 650, 10)])
    return case


def restoration(rng: random.Random) -> dict[str, Any]:
    own = rng.choice(SPECIALTIES)
    return {
        "case": "restoration",
        "level": rng.choice(["bachelor", "bachelor", "master", "basic_medicine"]),
        "from_type": rng.choice(
            ["same_hei", "same_hei", "other_domestic_hei", "special_purpose_hei", "foreign_hei"]
        ),
        "expelled_from": _hei(rng),
        "target_hei": _hei(rng),
        "expulsion_date": _day(rng, date(2008, 1, 1), date(2026, 6, 1)),
        "expulsion_ground": rng.choice(["own_request", "health", "discipline"]),
        "date": _day(rng, date(2026, 6, 2), date(2027, 9, 1)),
        "own_specialty": own,
        "target_specialty": own if rng.random() < 0.7 else rng.choice(SPECIALTIES),
        "admitted_specialty": own,
        "own_specialisation": "A",
        "target_specialisation": "A",
        "citizenship": "az",
        "source_study_form": "full_time",
        "took_dim_exam": True,
        "first_semester_completed": True,
        "dim_score": rng.randrange(300, 700),
        "admission_year": 2020,
        "target_min_score": rng.randrange(350, 650),
    }


def leave(rng: random.Random) -> dict[str, Any]:
    start = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    return {
        "case": "academic_leave",
        "ground": rng.choice(
            [
                "conscription",
                "mobilisation",
                "family",
                "health",
                "social_leave",
                "study_abroad",
                "travel",
            ]
        ),
        "start": start.isoformat(),
        "end": (start + timedelta(days=rng.randrange(30, 1000))).isoformat(),
        "commission_certificate_end": (start + timedelta(days=200)).isoformat(),
    }


def leave_return(rng: random.Random) -> dict[str, Any]:
    move = transfer(rng)
    move.update(
        case="leave_return",
        level=rng.choice(["bachelor", "master", "basic_medicine"]),
        return_date=_day(rng, date(2026, 1, 1), date(2027, 6, 1)),
        order_date=_day(rng, date(2026, 1, 1), date(2027, 6, 1)),
        own_programme_discontinued=rng.random() < 0.5,
    )
    return move


def expulsion(rng: random.Random) -> dict[str, Any]:
    return {
        "case": "expulsion",
        "ground": rng.choice(
            [
                "own_request",
                "transfer",
                "discipline",
                "health",
                "no_registration_no_contact",
                "bad_grades",
            ]
        ),
        "order_date": _day(rng, date(2025, 9, 1), date(2027, 6, 1)),
        "mse_letter_received": _day(rng, date(2025, 9, 1), date(2027, 6, 1)),
        "commission_certificate": rng.random() > 0.2,
        "registered_for_next_year": rng.random() < 0.3,
        "last_contact_date": _day(rng, date(2025, 9, 1), date(2026, 3, 1)),
        "academic_year_start": 2025,
        "on_military_register": rng.random() < 0.5,
    }


def generate(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    makers = [transfer, transfer, transfer, restoration, leave, leave_return, expulsion]
    return [rng.choice(makers)(rng) for _ in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FILE", help="also write the generated cases here")
    args = parser.parse_args()
    cases = generate(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "cases.json"
        path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "XDG_STATE_HOME": tmp, "XDG_DATA_HOME": tmp}
        command = [sys.executable, "-m", "registrar", "rules", "check", str(path)]
        times: list[float] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, cwd=REPO, env=env, check=False)
            times.append(time.perf_counter() - started)
            decisions = json.loads(done.stdout)
            if len(decisions) != len(cases):
                print(f"expected {len(cases)} decisions, got {len(decisions)}", file=sys.stderr)
                return 1
    errors = sum(1 for d in decisions if "error" in d)
    statuses: dict[str, int] = {}
    for decision in decisions:
        key = "error" if "error" in decision else decision["status"]
        statuses[key] = statuses.get(key, 0) + 1
    print(f"{len(cases)} cases, exit code {done.returncode}, {errors} bad cases")
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    print("runs (s): " + ", ".join(f"{t:.3f}" for t in times))
    print(f"median: {statistics.median(times):.3f} s (target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
