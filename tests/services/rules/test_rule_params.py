"""Thresholds, switches and calendars come from resources/reference and the settings."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from registrar import __version__
from registrar.paths import resource
from registrar.services.errors import BadInput
from registrar.services.rules import load_rules
from tests.services.rules.rule_cases import (
    RULES,
    decided,
    from_abroad,
    leave,
    master_transfer,
    specialty,
    transfer,
)

REGULATIONS = resource("reference", "regulations.toml")
CALENDAR = resource("reference", "academic_calendar.toml")


def rules_with(tmp_path: Path, old: str, new: str) -> Any:
    text = REGULATIONS.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "regulations.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_rules(regulations_path=path)


def test_the_reference_file_holds_the_values_of_the_rules() -> None:
    p = RULES.params
    assert (
        p.sat_total_min,
        p.sat_math_min,
        p.toefl_ibt_min,
        p.ielts_min,
        p.source_hei_deadline_business_days,
        p.target_hei_deadline_business_days,
        p.deferment_loss_months,
        p.military_notice_weeks,
        p.restoration_min_semesters,
        p.restoration_max_years,
        p.family_leave_max_years,
    ) == (1000, 560, 75, 6.0, 5, 5, 6, 1, 1, 15, 2)


def test_the_switches_default_to_the_proposals() -> None:
    p = RULES.params
    assert (
        p.master_summer_after_year1_counts,
        p.master_form_change_year1_only,
        p.master_2_6_2_ignores_year1_limit,
        p.form_change_makes_fee_paying,
        p.fn4_symmetric,
        p.sumgait_counts_as_region_source,
        p.intl_exam_any_one_suffices,
        p.issue_annex1_on_transfer,
        p.military_timer_only_if_registered,
        p.academic_leave_grounds_exhaustive,
        p.expulsion_grounds_exhaustive,
        p.basic_medicine_applies_group_rule,
    ) == (True, True, True, True, True, True, True, False, True, True, True, True)


def test_every_value_and_switch_line_cites_a_paragraph_or_ambiguity() -> None:
    section, uncited = "", []
    for line in REGULATIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section in {"values", "switches"} and "=" in line and not line.startswith("#"):
            comment = line.partition("#")[2]
            if not re.search(r"\d\.\d|A-\d\d", comment):
                uncited.append(line)
    assert uncited == []


def test_each_decision_carries_the_app_version_and_the_sha256_of_the_rule_files() -> None:
    digest = hashlib.sha256()
    for name, path in (("regulations.toml", REGULATIONS), ("academic_calendar.toml", CALENDAR)):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    assert decided(transfer())["rule_version"] == {"app": __version__, "sha256": digest.hexdigest()}


def test_settings_change_the_rule_version() -> None:
    settings = {"business_days": {"extra_days_off": ["2026-07-07"]}}
    assert load_rules(settings).sha256 != RULES.sha256


def test_a_changed_threshold_changes_the_indicator(tmp_path: Path) -> None:
    rules = rules_with(tmp_path, "ielts_min = 6.0", "ielts_min = 7.0")
    decision = decided(from_abroad(took_dim_exam=False, intl={"ielts": 6.5}), rules=rules)
    assert decision["indicators"] == {"exam_ok": False}


def test_turning_off_a03_allows_a_master_form_change_after_year_1(tmp_path: Path) -> None:
    rules = rules_with(
        tmp_path, "master_form_change_year1_only = true", "master_form_change_year1_only = false"
    )
    case = master_transfer(kinds=["form_change"], master_year=2)
    assert decided(case, rules=rules)["status"] == "needs_consent"


def test_turning_off_a09_makes_footnote_4_one_way(tmp_path: Path) -> None:
    rules = rules_with(tmp_path, "fn4_symmetric = true", "fn4_symmetric = false")
    philology = specialty("050207", 3, name="Filologiya")
    case = transfer(
        kinds=["specialty_change"],
        admitted_specialty=philology,
        current_specialty=philology,
        target_specialty=specialty("050306", 2, name="Beynəlxalq münasibətlər"),
    )
    assert decided(case, rules=rules)["status"] == "not_eligible"


def test_turning_off_a34_leaves_other_leave_grounds_to_the_rector(tmp_path: Path) -> None:
    rules = rules_with(
        tmp_path,
        "academic_leave_grounds_exhaustive = true",
        "academic_leave_grounds_exhaustive = false",
    )
    decision = decided(leave(ground="pilgrimage"), rules=rules)
    assert (decision["status"], decision["flags"]) == ("eligible", ["A-34"])


def test_turning_on_a28_issues_the_annex_1_certificate_on_transfer(tmp_path: Path) -> None:
    rules = rules_with(
        tmp_path, "issue_annex1_on_transfer = false", "issue_annex1_on_transfer = true"
    )
    case = {
        "case": "expulsion",
        "ground": "transfer",
        "order_date": "2026-07-08",
        "mse_letter_received": "2026-07-06",
    }
    assert decided(case, rules=rules)["documents"] == ["3.3", "2.12"]


def test_two_semesters_before_restoration_when_the_rules_say_so(tmp_path: Path) -> None:
    rules = rules_with(tmp_path, "restoration_min_semesters = 1", "restoration_min_semesters = 2")
    case = {
        "case": "expulsion",
        "ground": "own_request",
        "order_date": "2023-10-10",
        "on_military_register": False,
    }
    assert decided(case, rules=rules)["deadlines"][0]["due"] == "2025-01-25"


def test_a_bad_value_in_the_reference_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as raised:
        rules_with(tmp_path, "toefl_ibt_min = 75", 'toefl_ibt_min = "75"')
    assert raised.value.field == "toefl_ibt_min"


def test_an_unknown_restoration_rule_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        rules_with(
            tmp_path,
            'restoration_earliest = "end_of_first_full_semester_after_expulsion"',
            'restoration_earliest = "whenever"',
        )


def test_the_calendar_file_holds_the_rules_api_defaults() -> None:
    data = tomllib.loads(CALENDAR.read_text(encoding="utf-8"))
    assert data["defaults"] == {
        "autumn": ["09-15", "01-24"],
        "winter_vacation": ["01-25", "02-14"],
        "spring": ["02-15", "06-30"],
        "summer_vacation": ["07-01", "09-14"],
    }


def test_a_per_year_vacation_from_the_settings_moves_the_window() -> None:
    settings = {
        "academic_calendar": {
            "years": {
                "2026": {
                    "winter_vacation": ["2027-01-25", "2027-02-21"],
                    "spring": ["2027-02-22", "2027-06-30"],
                }
            }
        }
    }
    case = transfer(effective_date="2027-02-18")
    decisions = (
        decided(case)["window"]["inside"],
        decided(case, rules=load_rules(settings))["window"]["inside"],
    )
    assert decisions == (False, True)


def test_an_extra_day_off_from_the_settings_moves_a_deadline() -> None:
    rules = load_rules({"business_days": {"extra_days_off": ["2026-07-08"]}})
    decision = decided(transfer(mse_letter_received="2026-07-06"), rules=rules)
    assert decision["deadlines"][0]["due"] == "2026-07-14"


def test_an_extra_working_saturday_from_the_settings_shortens_a_deadline() -> None:
    rules = load_rules({"business_days": {"extra_working_days": ["2026-07-11"]}})
    decision = decided(transfer(mse_letter_received="2026-07-06"), rules=rules)
    assert decision["deadlines"][0]["due"] == "2026-07-11"


def test_overlapping_periods_in_the_settings_are_refused() -> None:
    settings = {
        "academic_calendar": {"years": {"2026": {"winter_vacation": ["2027-01-20", "2027-02-14"]}}}
    }
    with pytest.raises(BadInput) as raised:
        load_rules(settings)
    assert raised.value.field == "academic_calendar.2026.winter_vacation"
