"""Case builders for the rules-engine tests: a valid case of each kind, changed per test."""

from __future__ import annotations

from typing import Any

from registrar.services.rules import decide, load_rules

RULES = load_rules()


def hei(city: str = "Bakı", **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": f"{city} HEI",
        "city": city,
        "country": "AZ",
        "ownership": "state",
        "founder_body": "mse",
        "special_purpose": False,
        "accredited": True,
    }
    return {**base, **changes}


def foreign_hei(**changes: Any) -> dict[str, Any]:
    return hei("Ankara", country="TR", **changes)


def specialty(code: str = "050403", group: int = 1, **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": code,
        "name": f"specialty {code}",
        "dim_group": group,
        "law": False,
        "basic_medicine": False,
        "culture_arts": False,
    }
    return {**base, **changes}


ENGINEERING = specialty("050403", 1, name="Mühəndislik")
COMPUTER_SCIENCE = specialty("050509", 1, name="Kompüter elmləri")
LAW = specialty("050407", 3, name="Hüquqşünaslıq", law=True)
MEDICINE = specialty("050901", 4, name="Müalicə işi", basic_medicine=True)
DENTISTRY = specialty("050902", 4, name="Stomatologiya", basic_medicine=True)
BIOLOGY = specialty("050601", 4, name="Biologiya")


def transfer(**changes: Any) -> dict[str, Any]:
    """A domestic bachelor's inter-HEI transfer, Ganja to Baku (no waiver), score passing."""
    base: dict[str, Any] = {
        "case": "transfer",
        "level": "bachelor",
        "kinds": ["inter_hei"],
        "origin": "domestic",
        "citizenship": "az",
        "source_hei": hei("Gəncə"),
        "target_hei": hei("Bakı"),
        "source_study_form": "full_time",
        "admitted_specialty": ENGINEERING,
        "current_specialty": ENGINEERING,
        "target_specialty": ENGINEERING,
        "first_semester_completed": True,
        "effective_date": "2026-07-06",
        "admission_basis": "dim_exam",
        "took_dim_exam": True,
        "dim_score": 550,
        "admission_year": 2024,
        "target_min_score": 530,
        "funding": "fee_paying",
        "third_party_payer": False,
        "tuition_debt": False,
    }
    return {**base, **changes}


def master_transfer(**changes: Any) -> dict[str, Any]:
    base = transfer(
        level="master",
        current_specialisation="Struktur mühəndisliyi",
        target_specialisation="Struktur mühəndisliyi",
        master_year=1,
        effective_date="2026-01-26",
    )
    return {**base, **changes}


def from_abroad(**changes: Any) -> dict[str, Any]:
    """An Azerbaijani citizen studying full-time at an accredited foreign HEI, took DİM."""
    base = transfer(origin="foreign", source_hei=foreign_hei(), citizenship="az")
    return {**base, **changes}


def restoration(**changes: Any) -> dict[str, Any]:
    """Restoration to the same HEI in the own specialty, a year after the expulsion."""
    base: dict[str, Any] = {
        "case": "restoration",
        "level": "bachelor",
        "from_type": "same_hei",
        "expelled_from": hei("Bakı"),
        "target_hei": hei("Bakı"),
        "expulsion_date": "2025-07-10",
        "expulsion_ground": "own_request",
        "date": "2026-07-06",
        "own_specialty": ENGINEERING,
        "target_specialty": ENGINEERING,
        "admitted_specialty": ENGINEERING,
        "citizenship": "az",
        "first_semester_completed": True,
        "dim_score": 550,
        "admission_year": 2024,
        "target_min_score": 530,
    }
    return {**base, **changes}


def leave(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "case": "academic_leave",
        "ground": "family",
        "start": "2026-02-01",
        "end": "2027-02-01",
    }
    return {**base, **changes}


def leave_return(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "case": "leave_return",
        "level": "bachelor",
        "return_date": "2026-07-01",
        "order_date": "2026-07-06",
        "own_programme_discontinued": False,
    }
    return {**base, **changes}


def discontinued_return(**changes: Any) -> dict[str, Any]:
    """A bachelor's return with the own specialty discontinued: the transfer fields follow."""
    move = transfer(kinds=["specialty_change"], target_specialty=COMPUTER_SCIENCE)
    move.pop("case")
    move.pop("effective_date")
    base = {**move, **leave_return(own_programme_discontinued=True)}
    base["source_hei"] = base["target_hei"] = hei("Gəncə")
    return {**base, **changes}


def expulsion(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "case": "expulsion",
        "ground": "own_request",
        "order_date": "2026-01-15",
        "on_military_register": False,
    }
    return {**base, **changes}


def decided(case: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("rules", RULES)
    return decide(case, **kwargs)
