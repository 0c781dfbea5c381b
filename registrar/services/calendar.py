"""The legal calendar: business days, month and year arithmetic, Baku dates, academic years."""

from __future__ import annotations

import calendar as _stdlib_calendar
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from registrar.services.errors import BadInput

log = logging.getLogger(__name__)

COUNTRY = "AZ"
# `holidays` appends this to the name of a holiday whose (lunar) date is only computed, not yet
# confirmed by a government act. Names are requested in en_US so the marker is stable.
ESTIMATED_MARKER = "estimated"
_HOLIDAY_LANGUAGE = "en_US"


# ---- time zone ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def baku_zone() -> tzinfo:
    """Asia/Baku from the tz database; UTC+4 if the database is missing (no DST since 2016)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Baku")
    except Exception:  # ZoneInfoNotFoundError, or no tz database at all (a bare Windows bundle)
        log.warning("tz database has no Asia/Baku; using a fixed UTC+4 offset")
        return timezone(timedelta(hours=4), "Asia/Baku")


def utc_now() -> datetime:
    """The current instant as an aware UTC datetime: the form timestamps are stored in."""
    return datetime.now(UTC)


def to_utc(moment: datetime) -> datetime:
    """An aware datetime converted to UTC; a naive one is refused (its zone is unknown)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: the time zone is unknown")
    return moment.astimezone(UTC)


def baku_date(moment: datetime) -> date:
    """The calendar date in Baku at an aware instant (legal dates are Baku dates)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: the time zone is unknown")
    return moment.astimezone(baku_zone()).date()


def today_baku(now: datetime | None = None) -> date:
    """Today's date in Baku (`now` for tests: an aware instant)."""
    return baku_date(now if now is not None else utc_now())


# ---- month and year arithmetic --------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """Calendar months; a day missing in the target month rolls back to its last day."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        raise ValueError(f"{start.isoformat()} + {months} months is outside the calendar")
    last = _stdlib_calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def add_years(start: date, years: int) -> date:
    """Calendar years, with the same roll-back (29 February + 1 year = 28 February)."""
    return add_months(start, 12 * years)


def add_weeks(start: date, weeks: int) -> date:
    """One week is seven calendar days."""
    return start + timedelta(days=7 * weeks)


# ---- public holidays and business days ------------------------------------------------------


@lru_cache(maxsize=64)
def public_holidays(year: int) -> Mapping[date, str]:
    """Public holidays and observed days off of Azerbaijan in `year`, from `holidays`.

    Built one year at a time (and the package imported only on first use), because importing
    `holidays` and expanding years nobody asks about costs start-up time.
    """
    import holidays

    table = holidays.country_holidays(COUNTRY, years=year, language=_HOLIDAY_LANGUAGE)
    return dict(table.items())


def is_estimated(name: str) -> bool:
    """Whether `holidays` marked this holiday's date as an estimate (a future lunar date)."""
    return ESTIMATED_MARKER in name.lower()


@dataclass(frozen=True)
class BusinessDeadline:
    """The due date of a business-day timer and the estimated holidays it depends on."""

    start: date
    days: int
    due: date
    estimated_holidays: tuple[date, ...] = ()

    @property
    def estimated(self) -> bool:
        return bool(self.estimated_holidays)


@dataclass(frozen=True)
class BusinessCalendar:
    """Monday to Friday, minus Azerbaijan's public holidays and the institution's extra days
    off, plus its extra working days (rest days the Cabinet of Ministers moved to a Saturday)."""

    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    # estimated holidays already warned about: one warning per date, not one per deadline
    _warned: set[date] = field(default_factory=set, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        both = self.extra_days_off & self.extra_working_days
        if both:
            day = min(both).isoformat()
            raise BadInput(
                f"{day} is configured both as an extra day off and as an extra working day.",
                field="extra_working_days",
            )

    @classmethod
    def from_dates(
        cls, extra_days_off: Iterable[date] = (), extra_working_days: Iterable[date] = ()
    ) -> BusinessCalendar:
        return cls(frozenset(extra_days_off), frozenset(extra_working_days))

    def holiday_name(self, day: date) -> str | None:
        return public_holidays(day.year).get(day)

    def is_business_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off or day.weekday() >= 5:
            return False
        return day not in public_holidays(day.year)

    def add_business_days(self, start: date, days: int) -> date:
        """The `days`-th business day after `start`; the day of receipt itself is not counted."""
        return self.deadline(start, days).due

    def deadline(self, start: date, days: int) -> BusinessDeadline:
        """As add_business_days, noting the estimated holiday dates skipped on the way.

        A due date that depends on an estimated date is logged as a warning (once per date):
        the Cabinet of Ministers fixes Ramazan and Gurban bayramı only shortly before them.
        """
        if days < 0:
            raise ValueError("a business-day count cannot be negative")
        current, counted = start, 0
        estimated: list[date] = []
        while counted < days:
            current += timedelta(days=1)
            if self.is_business_day(current):
                counted += 1
            elif current not in self.extra_days_off and current.weekday() < 5:
                name = public_holidays(current.year).get(current)
                if name is not None and is_estimated(name):
                    estimated.append(current)
        new = [d for d in estimated if d not in self._warned]
        if new:
            self._warned.update(new)
            log.warning(
                "deadline %s depends on estimated holiday dates: %s",
                current.isoformat(),
                ", ".join(d.isoformat() for d in new),
            )
        return BusinessDeadline(start, days, current, tuple(estimated))

    def estimated_holidays(self, first: date, last: date) -> list[tuple[date, str]]:
        """Holidays in [first, last] whose dates `holidays` only estimates."""
        found: list[tuple[date, str]] = []
        for year in range(first.year, last.year + 1):
            for day, name in sorted(public_holidays(year).items()):
                if first <= day <= last and is_estimated(name):
                    found.append((day, name))
        return found


def is_business_day(
    day: date,
    *,
    extra_days_off: Iterable[date] = (),
    extra_working_days: Iterable[date] = (),
) -> bool:
    return BusinessCalendar.from_dates(extra_days_off, extra_working_days).is_business_day(day)


def add_business_days(
    start: date,
    days: int,
    *,
    extra_days_off: Iterable[date] = (),
    extra_working_days: Iterable[date] = (),
) -> date:
    """The `days`-th business day after `start` (2026-07-06 + 5 = 2026-07-13)."""
    calendar = BusinessCalendar.from_dates(extra_days_off, extra_working_days)
    return calendar.add_business_days(start, days)


# ---- the academic calendar ------------------------------------------------------------------

PERIODS = ("autumn", "winter_vacation", "spring", "summer_vacation")
VACATIONS = ("winter_vacation", "summer_vacation")
SEMESTERS = ("autumn", "spring")


@dataclass(frozen=True)
class Period:
    name: str  # one of PERIODS
    start: date
    end: date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class AcademicYear:
    """One academic year, named after the calendar year its autumn semester begins in."""

    start_year: int
    autumn: Period
    winter_vacation: Period
    spring: Period
    summer_vacation: Period

    @property
    def periods(self) -> tuple[Period, Period, Period, Period]:
        return (self.autumn, self.winter_vacation, self.spring, self.summer_vacation)

    def period(self, name: str) -> Period:
        return {p.name: p for p in self.periods}[name]


MonthDay = tuple[int, int]
Bounds = tuple[MonthDay, MonthDay]


def _on(year: int, month_day: MonthDay) -> date:
    month, day = month_day
    return date(year, month, min(day, _stdlib_calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class YearTemplate:
    """Month-day bounds of each period, repeated every year.

    A period that starts in a month before autumn's start month lies in the academic year's
    second calendar year; a period that ends on an earlier month-day than it starts runs over
    New Year (autumn: 15 September - 24 January).
    """

    autumn: Bounds
    winter_vacation: Bounds
    spring: Bounds
    summer_vacation: Bounds

    def bounds(self, name: str) -> Bounds:
        value: Bounds = getattr(self, name)
        return value

    def build(self, start_year: int) -> AcademicYear:
        autumn_month = self.autumn[0][0]
        periods = []
        for name in PERIODS:
            start_md, end_md = self.bounds(name)
            year = start_year if start_md[0] >= autumn_month else start_year + 1
            start = _on(year, start_md)
            end = _on(year, end_md)
            if end < start:
                end = _on(year + 1, end_md)
            periods.append(Period(name, start, end))
        return _checked_year(start_year, periods)


def _checked_year(start_year: int, periods: list[Period]) -> AcademicYear:
    previous: Period | None = None
    for period in periods:
        if period.end < period.start:
            raise BadInput(
                f"Academic year {start_year}: {period.name} ends before it starts.",
                field=f"academic_calendar.{start_year}.{period.name}",
            )
        if previous is not None and period.start <= previous.end:
            raise BadInput(
                f"Academic year {start_year}: {period.name} starts before {previous.name} ends.",
                field=f"academic_calendar.{start_year}.{period.name}",
            )
        previous = period
    autumn, winter, spring, summer = periods
    return AcademicYear(start_year, autumn, winter, spring, summer)


# rules-api.md, "Calendar and counting": the defaults when neither the reference file nor the
# settings say otherwise.
DEFAULT_TEMPLATE = YearTemplate(
    autumn=((9, 15), (1, 24)),
    winter_vacation=((1, 25), (2, 14)),
    spring=((2, 15), (6, 30)),
    summer_vacation=((7, 1), (9, 14)),
)


@dataclass(frozen=True)
class AcademicCalendar:
    """Semesters and vacations per academic year: a default template plus per-year overrides
    (from resources/reference/academic_calendar.toml and from the institution's settings)."""

    template: YearTemplate = DEFAULT_TEMPLATE
    overrides: Mapping[int, AcademicYear] = field(default_factory=dict)
    # periods_around per calendar year; the calendar is immutable, so this never goes stale
    _around: dict[int, tuple[Period, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def year(self, start_year: int) -> AcademicYear:
        override = self.overrides.get(start_year)
        return override if override is not None else _build_year(self.template, start_year)

    def periods_around(self, day: date) -> tuple[Period, ...]:
        """Every period of the academic years that can touch `day`, in date order."""
        cached = self._around.get(day.year)
        if cached is None:
            years = [self.year(y) for y in range(day.year - 2, day.year + 2)]
            cached = tuple(sorted((p for y in years for p in y.periods), key=lambda p: p.start))
            self._around[day.year] = cached
        return cached

    def period_of(self, day: date) -> Period | None:
        return next((p for p in self.periods_around(day) if day in p), None)

    def in_vacation(self, day: date) -> bool:
        period = self.period_of(day)
        return period is not None and period.name in VACATIONS

    def vacation_of(self, day: date) -> Period | None:
        period = self.period_of(day)
        return period if period is not None and period.name in VACATIONS else None

    def _first_after(self, day: date, names: tuple[str, ...]) -> Period:
        probe = day
        while True:
            for period in self.periods_around(probe):
                if period.name in names and period.start > day:
                    return period
            probe = date(probe.year + 1, 1, 1)

    def next_vacation(self, day: date) -> Period:
        """The first vacation that starts after `day`."""
        return self._first_after(day, VACATIONS)

    def next_vacation_start(self, day: date) -> date:
        return self.next_vacation(day).start

    def next_semester(self, day: date) -> Period:
        """The first semester that starts after `day`."""
        return self._first_after(day, SEMESTERS)

    def next_semester_start(self, day: date) -> date:
        return self.next_semester(day).start

    def end_of_first_complete_semester_after(self, day: date) -> date:
        """The last day of the first semester that begins after `day` (4.1, A-29)."""
        return self.next_semester(day).end

    def autumn_semester(self, start_year: int) -> Period:
        return self.year(start_year).autumn

    def with_overrides(self, extra: Mapping[int, AcademicYear]) -> AcademicCalendar:
        return AcademicCalendar(self.template, {**self.overrides, **extra})


@lru_cache(maxsize=256)
def _build_year(template: YearTemplate, start_year: int) -> AcademicYear:
    return template.build(start_year)


# ---- reading calendar data (TOML defaults, settings) ----------------------------------------


def _parse_month_day(value: Any, where: str) -> MonthDay:
    if isinstance(value, str):
        parts = value.split("-")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            month, day = int(parts[0]), int(parts[1])
            if 1 <= month <= 12 and 1 <= day <= _stdlib_calendar.monthrange(2000, month)[1]:
                return month, day
    raise BadInput(f'{where} must be a month-day such as "09-15".', field=where)


def parse_date(value: Any, where: str) -> date:
    """An ISO YYYY-MM-DD date (a TOML date is accepted as well)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadInput(f"{where} must be a date in the form YYYY-MM-DD.", field=where)


def _pair(value: Any, where: str) -> tuple[Any, Any]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    raise BadInput(f"{where} must be a [start, end] pair.", field=where)


def template_from_data(data: Mapping[str, Any], where: str = "defaults") -> YearTemplate:
    bounds: dict[str, Bounds] = {}
    for name in PERIODS:
        if name not in data:
            raise BadInput(f"{where}.{name} is missing.", field=f"{where}.{name}")
        start, end = _pair(data[name], f"{where}.{name}")
        bounds[name] = (
            _parse_month_day(start, f"{where}.{name}"),
            _parse_month_day(end, f"{where}.{name}"),
        )
    template = YearTemplate(**bounds)
    template.build(2000)  # validates the order of the periods
    return template


def year_from_data(start_year: int, data: Mapping[str, Any], base: AcademicYear) -> AcademicYear:
    """A per-year override: any of the four periods as [start, end] dates; the rest default."""
    periods: list[Period] = []
    for period in base.periods:
        where = f"academic_calendar.{start_year}.{period.name}"
        if period.name in data:
            start, end = _pair(data[period.name], where)
            periods.append(Period(period.name, parse_date(start, where), parse_date(end, where)))
        else:
            periods.append(period)
    unknown = set(data) - set(PERIODS)
    if unknown:
        name = sorted(unknown)[0]
        raise BadInput(
            f"Unknown academic calendar period '{name}'.",
            field=f"academic_calendar.{start_year}.{name}",
        )
    return _checked_year(start_year, periods)


def academic_calendar_from_data(
    data: Mapping[str, Any], settings: Mapping[str, Any] | None = None
) -> AcademicCalendar:
    """Build the calendar from the TOML data and, over it, the institution's settings.

    Both have the same shape: `defaults` (month-day pairs) and `years` (per academic year,
    keyed by the year its autumn semester begins, with [start, end] date pairs).
    """
    template = DEFAULT_TEMPLATE
    if "defaults" in data:
        template = template_from_data(data["defaults"], "defaults")
    if settings and "defaults" in settings:
        template = template_from_data(settings["defaults"], "settings.defaults")
    layers = [data, settings or {}]
    calendar = AcademicCalendar(template, {})
    for layer in layers:
        years = layer.get("years", {})
        if not isinstance(years, Mapping):
            raise BadInput("academic calendar 'years' must be a table.", field="years")
        extra: dict[int, AcademicYear] = {}
        for key, value in years.items():
            if not str(key).isdigit() or not isinstance(value, Mapping):
                raise BadInput(
                    f"Academic calendar year '{key}' must be a year with a table of periods.",
                    field=f"years.{key}",
                )
            start_year = int(key)
            extra[start_year] = year_from_data(start_year, value, calendar.year(start_year))
        calendar = calendar.with_overrides(extra)
    return calendar


def business_calendar_from_data(data: Mapping[str, Any] | None) -> BusinessCalendar:
    """`extra_days_off` and `extra_working_days`: lists of ISO dates."""
    data = data or {}

    def dates(key: str) -> frozenset[date]:
        values = data.get(key, [])
        if not isinstance(values, list):
            raise BadInput(f"{key} must be a list of dates.", field=key)
        return frozenset(parse_date(v, f"{key}[{i}]") for i, v in enumerate(values))

    return BusinessCalendar(dates("extra_days_off"), dates("extra_working_days"))
