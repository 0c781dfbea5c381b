"""Thresholds and switches of the Regulations, and the calendars, read from reference data."""

from __future__ import annotations

import hashlib
import json
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from registrar.services.calendar import (
    AcademicCalendar,
    BusinessCalendar,
    academic_calendar_from_data,
    business_calendar_from_data,
)
from registrar.services.errors import BadInput

REGULATIONS_FILE = ("reference", "regulations.toml")
CALENDAR_FILE = ("reference", "academic_calendar.toml")
RESTORATION_EARLIEST_RULES = frozenset({"end_of_first_full_semester_after_expulsion"})


def fold(text: str) -> str:
    """Compare names case-insensitively the Azerbaijani way: İ/i and I/ı fold together."""
    text = unicodedata.normalize("NFC", text).replace("İ", "i").replace("I", "ı")
    return " ".join(text.lower().replace("ı", "i").split())


@dataclass(frozen=True)
class RuleParams:
    """The values of regulations.md §4.5, as reference data (never literals in the rules)."""

    sat_total_min: float
    sat_math_min: float
    toefl_ibt_min: float
    ielts_min: float
    source_hei_deadline_business_days: int
    target_hei_deadline_business_days: int
    deferment_loss_months: int
    military_notice_weeks: int
    restoration_min_semesters: int
    restoration_max_years: int
    family_leave_max_years: int
    bachelor_waiver_excluded: frozenset[str]
    master_waiver_excluded: frozenset[str]
    ranking_lists: tuple[str, ...]
    waiver_target_excluded_cities: Mapping[str, frozenset[str]]  # paragraph -> folded city keys
    fn4_history_group: frozenset[str]  # folded names
    fn4_group2_bridge: frozenset[str]
    fn4_bridge_group: int
    baku_names: frozenset[str]
    sumgait_names: frozenset[str]
    # switches (regulations.md §4.5, second table)
    master_summer_after_year1_counts: bool
    master_form_change_year1_only: bool
    master_2_6_2_ignores_year1_limit: bool
    form_change_makes_fee_paying: bool
    fn4_symmetric: bool
    min_score_basis: str
    sumgait_counts_as_region_source: bool
    intl_exam_any_one_suffices: bool
    issue_annex1_on_transfer: bool
    military_timer_only_if_registered: bool
    restoration_earliest: str
    academic_leave_grounds_exhaustive: bool
    expulsion_grounds_exhaustive: bool
    basic_medicine_applies_group_rule: bool

    def city_key(self, city: str) -> str:
        """'baku', 'sumgait', or the folded city name: each other city is its own region."""
        folded = fold(city)
        if folded in self.baku_names:
            return "baku"
        if folded in self.sumgait_names:
            return "sumgait"
        return folded


_NUMBERS = ("sat_total_min", "sat_math_min", "toefl_ibt_min", "ielts_min")
_COUNTS = (
    "source_hei_deadline_business_days",
    "target_hei_deadline_business_days",
    "deferment_loss_months",
    "military_notice_weeks",
    "restoration_min_semesters",
    "restoration_max_years",
    "family_leave_max_years",
)
_SWITCHES = (
    "master_summer_after_year1_counts",
    "master_form_change_year1_only",
    "master_2_6_2_ignores_year1_limit",
    "form_change_makes_fee_paying",
    "fn4_symmetric",
    "sumgait_counts_as_region_source",
    "intl_exam_any_one_suffices",
    "issue_annex1_on_transfer",
    "military_timer_only_if_registered",
    "academic_leave_grounds_exhaustive",
    "expulsion_grounds_exhaustive",
    "basic_medicine_applies_group_rule",
)


def _get(table: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise BadInput(f"{where}: '{key}' is missing.", field=key)
    return table[key]


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadInput(f"regulations: '{key}' must be a list of strings.", field=key)
    return tuple(value)


def params_from_data(data: Mapping[str, Any]) -> RuleParams:
    """Check and convert the parsed regulations.toml (or the same shape from settings)."""
    values = _get(data, "values", "regulations")
    switches = _get(data, "switches", "regulations")
    cities = _get(data, "cities", "regulations")
    fields: dict[str, Any] = {}
    for key in _NUMBERS:
        value = _get(values, key, "regulations.values")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise BadInput(f"regulations: '{key}' must be a non-negative number.", field=key)
        fields[key] = float(value)
    for key in _COUNTS:
        value = _get(values, key, "regulations.values")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise BadInput(f"regulations: '{key}' must be a positive whole number.", field=key)
        fields[key] = value
    for key in _SWITCHES:
        value = _get(switches, key, "regulations.switches")
        if not isinstance(value, bool):
            raise BadInput(f"regulations: '{key}' must be true or false.", field=key)
        fields[key] = value
    fields["min_score_basis"] = str(_get(switches, "min_score_basis", "regulations.switches"))
    earliest = _get(switches, "restoration_earliest", "regulations.switches")
    if earliest not in RESTORATION_EARLIEST_RULES:
        raise BadInput(
            f"regulations: 'restoration_earliest' must be one of "
            f"{', '.join(sorted(RESTORATION_EARLIEST_RULES))}.",
            field="restoration_earliest",
        )
    fields["restoration_earliest"] = earliest
    for key in ("bachelor_waiver_excluded", "master_waiver_excluded"):
        excluded = frozenset(_strings(_get(values, key, "regulations.values"), key))
        if not excluded <= {"law", "basic_medicine"}:
            raise BadInput(f"regulations: '{key}' may list only law and basic_medicine.", field=key)
        fields[key] = excluded
    fields["ranking_lists"] = _strings(_get(values, "ranking_lists", "values"), "ranking_lists")
    baku = frozenset(fold(c) for c in _strings(_get(cities, "baku", "cities"), "baku"))
    sumgait = frozenset(fold(c) for c in _strings(_get(cities, "sumgait", "cities"), "sumgait"))
    fields["baku_names"] = baku
    fields["sumgait_names"] = sumgait
    fn4 = _get(values, "fn4", "regulations.values")
    fields["fn4_history_group"] = frozenset(
        fold(n) for n in _strings(_get(fn4, "history_group", "fn4"), "history_group")
    )
    fields["fn4_group2_bridge"] = frozenset(
        fold(n) for n in _strings(_get(fn4, "group2_bridge", "fn4"), "group2_bridge")
    )
    bridge_group = _get(fn4, "bridge_group", "fn4")
    if isinstance(bridge_group, bool) or not isinstance(bridge_group, int):
        raise BadInput("regulations: 'fn4.bridge_group' must be a whole number.", field="fn4")
    fields["fn4_bridge_group"] = bridge_group
    excluded_cities = _get(values, "waiver_target_excluded_cities", "regulations.values")
    partial = RuleParams(**{**fields, "waiver_target_excluded_cities": {}})
    table: dict[str, frozenset[str]] = {}
    for paragraph in ("2.4.1", "2.4.2", "2.6.1"):
        names = _strings(
            _get(excluded_cities, paragraph, "waiver_target_excluded_cities"), paragraph
        )
        table[paragraph] = frozenset(partial.city_key(n) for n in names)
    return RuleParams(**{**fields, "waiver_target_excluded_cities": table})


@dataclass(frozen=True)
class RuleSet:
    """Everything a decision depends on besides the case: parameters, both calendars, and the
    identity of the data they came from (`rule_version`)."""

    params: RuleParams
    academic: AcademicCalendar
    business: BusinessCalendar
    app_version: str
    sha256: str

    @property
    def rule_version(self) -> dict[str, str]:
        return {"app": self.app_version, "sha256": self.sha256}


def _read_toml(path: Path) -> tuple[bytes, dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise BadInput(f"Cannot read {path.name}: {error.strerror}.", field=path.name) from error
    try:
        return raw, tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise BadInput(f"{path.name} is not valid TOML: {error}.", field=path.name) from error


def load_rules(
    settings: Mapping[str, Any] | None = None,
    *,
    regulations_path: Path | None = None,
    calendar_path: Path | None = None,
) -> RuleSet:
    """The rule set from resources/reference, with the institution's calendar settings over it.

    `settings` (data, e.g. from the settings table) may hold `academic_calendar` (the shape of
    academic_calendar.toml: `defaults`, `years`) and `business_days` (`extra_days_off`,
    `extra_working_days`). The SHA-256 covers both files and the settings, so a decision
    records exactly which rules made it.
    """
    if settings is None and regulations_path is None and calendar_path is None:
        return _default_rules()
    return _load(settings or {}, regulations_path, calendar_path)


@lru_cache(maxsize=1)
def _default_rules() -> RuleSet:
    return _load({}, None, None)


def _load(
    settings: Mapping[str, Any], regulations_path: Path | None, calendar_path: Path | None
) -> RuleSet:
    from registrar import __version__
    from registrar.paths import resource

    reg_raw, reg_data = _read_toml(regulations_path or resource(*REGULATIONS_FILE))
    cal_raw, cal_data = _read_toml(calendar_path or resource(*CALENDAR_FILE))
    calendar_settings = settings.get("academic_calendar")
    if calendar_settings is not None and not isinstance(calendar_settings, Mapping):
        raise BadInput("settings: 'academic_calendar' must be a table.", field="academic_calendar")
    academic = academic_calendar_from_data(cal_data, calendar_settings)
    days = dict(cal_data.get("business_days", {}))
    extra = settings.get("business_days", {})
    if not isinstance(extra, Mapping):
        raise BadInput("settings: 'business_days' must be a table.", field="business_days")
    for key in ("extra_days_off", "extra_working_days"):
        values = extra.get(key, [])
        if not isinstance(values, list):
            raise BadInput(f"settings: '{key}' must be a list of dates.", field=key)
        days[key] = [*days.get(key, []), *values]
    business = business_calendar_from_data(days)
    digest = hashlib.sha256()
    for name, raw in (("regulations.toml", reg_raw), ("academic_calendar.toml", cal_raw)):
        digest.update(name.encode() + b"\0" + raw + b"\0")
    if settings:
        canonical = json.dumps(settings, sort_keys=True, ensure_ascii=False, default=str)
        digest.update(b"settings\0" + canonical.encode("utf-8"))
    return RuleSet(
        params=params_from_data(reg_data),
        academic=academic,
        business=business,
        app_version=__version__,
        sha256=digest.hexdigest(),
    )
