"""The legal calendar: business days, month and year arithmetic, Baku dates, academic years."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registrar.services.calendar import (
    AcademicCalendar,
    BusinessCalendar,
    academic_calendar_from_data,
    add_business_days,
    add_months,
    add_weeks,
    add_years,
    baku_date,
    business_calendar_from_data,
    is_business_day,
    public_holidays,
    to_utc,
    today_baku,
    utc_now,
)
from registrar.services.errors import BadInput

CALENDAR = AcademicCalendar()
NO_EXTRAS = BusinessCalendar()

# ---- business days --------------------------------------------------------------------------


def test_a_letter_on_monday_6_july_2026_is_due_on_monday_13_july() -> None:
    assert add_business_days(date(2026, 7, 6), 5) == date(2026, 7, 13)


def test_the_day_of_receipt_is_not_counted() -> None:
    assert add_business_days(date(2026, 7, 6), 1) == date(2026, 7, 7)


def test_zero_business_days_is_the_day_itself() -> None:
    assert add_business_days(date(2026, 7, 6), 0) == date(2026, 7, 6)


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        add_business_days(date(2026, 7, 6), -1)


NOVRUZ_2026 = [date(2026, 3, d) for d in (20, 23, 24, 25, 26, 27, 30)]


@pytest.mark.parametrize("day", NOVRUZ_2026, ids=lambda d: d.isoformat())
def test_novruz_2026_weekdays_and_their_observed_days_are_days_off(day: date) -> None:
    assert not is_business_day(day)


def test_a_deadline_started_the_day_before_novruz_2026_runs_past_it() -> None:
    assert add_business_days(date(2026, 3, 19), 5) == date(2026, 4, 6)


def test_a_deadline_started_inside_novruz_2026_counts_from_its_end() -> None:
    assert add_business_days(date(2026, 3, 23), 1) == date(2026, 3, 31)


GURBAN_2026 = [date(2026, 5, 27), date(2026, 5, 28), date(2026, 5, 29)]


@pytest.mark.parametrize("day", GURBAN_2026, ids=lambda d: d.isoformat())
def test_gurban_bayrami_2026_and_its_observed_day_are_days_off(day: date) -> None:
    assert not is_business_day(day)


def test_a_deadline_across_gurban_bayrami_2026() -> None:
    assert add_business_days(date(2026, 5, 26), 5) == date(2026, 6, 5)


def test_a_deadline_from_the_friday_before_gurban_bayrami_2026() -> None:
    assert add_business_days(date(2026, 5, 22), 5) == date(2026, 6, 3)


def test_saturday_and_sunday_are_not_business_days() -> None:
    assert (is_business_day(date(2026, 7, 11)), is_business_day(date(2026, 7, 12))) == (
        False,
        False,
    )


def test_an_institution_day_off_is_not_a_business_day() -> None:
    assert not is_business_day(date(2026, 7, 8), extra_days_off=[date(2026, 7, 8)])


def test_an_extra_working_saturday_is_a_business_day() -> None:
    assert is_business_day(date(2026, 7, 11), extra_working_days=[date(2026, 7, 11)])


def test_an_extra_working_day_overrides_a_public_holiday() -> None:
    assert is_business_day(date(2026, 6, 15), extra_working_days=[date(2026, 6, 15)])


def test_a_day_both_off_and_working_is_refused() -> None:
    with pytest.raises(BadInput):
        BusinessCalendar.from_dates([date(2026, 7, 8)], [date(2026, 7, 8)])


def test_business_day_lists_are_read_from_data() -> None:
    calendar = business_calendar_from_data({"extra_days_off": ["2026-07-08"]})
    assert calendar.extra_days_off == frozenset({date(2026, 7, 8)})


def test_a_bad_date_in_the_business_day_data_names_its_place() -> None:
    with pytest.raises(BadInput) as raised:
        business_calendar_from_data({"extra_working_days": ["2026-13-01"]})
    assert raised.value.field == "extra_working_days[0]"


def test_lunar_holidays_after_the_confirmed_years_are_marked_estimated() -> None:
    assert [d for d, _ in NO_EXTRAS.estimated_holidays(date(2027, 3, 1), date(2027, 3, 31))] == [
        date(2027, 3, 9),
        date(2027, 3, 10),
    ]


def test_the_2026_bayram_dates_are_confirmed_not_estimated() -> None:
    assert NO_EXTRAS.estimated_holidays(date(2026, 1, 1), date(2026, 12, 31)) == []


def test_a_deadline_over_an_estimated_holiday_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="registrar.services.calendar"):
        deadline = BusinessCalendar().deadline(date(2027, 3, 5), 5)
    assert (deadline.estimated, "estimated" in caplog.text) == (True, True)


def test_each_estimated_date_is_warned_about_once(caplog: pytest.LogCaptureFixture) -> None:
    calendar = BusinessCalendar()
    with caplog.at_level(logging.WARNING, logger="registrar.services.calendar"):
        calendar.deadline(date(2027, 3, 5), 5)
        calendar.deadline(date(2027, 3, 4), 5)
    assert len(caplog.records) == 1


def test_a_deadline_without_estimated_holidays_does_not_warn(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="registrar.services.calendar"):
        deadline = NO_EXTRAS.deadline(date(2026, 7, 6), 5)
    assert (deadline.estimated, caplog.text) == (False, "")


def test_the_holiday_table_is_built_only_for_the_years_asked() -> None:
    public_holidays.cache_clear()
    add_business_days(date(2026, 7, 6), 5)
    assert public_holidays.cache_info().currsize == 1


def test_working_day_commemorations_are_not_days_off() -> None:
    assert is_business_day(date(2026, 11, 12))  # Constitution Day is a working day


# ---- month and year arithmetic --------------------------------------------------------------


def test_six_months_after_31_august_rolls_back_to_28_february() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


def test_a_leap_year_keeps_29_february() -> None:
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


def test_one_year_after_29_february_is_28_february() -> None:
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)


def test_months_can_be_subtracted() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_a_week_is_seven_calendar_days() -> None:
    assert add_weeks(date(2026, 7, 15), 1) == date(2026, 7, 22)


def test_month_arithmetic_past_the_calendar_raises_value_error() -> None:
    with pytest.raises(ValueError):
        add_months(date(9999, 12, 1), 1)


DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31))


@settings(max_examples=60, deadline=None)
@given(start=DATES, months=st.integers(min_value=-600, max_value=600))
def test_month_arithmetic_never_raises_and_keeps_the_day_or_rolls_back(
    start: date, months: int
) -> None:
    result = add_months(start, months)
    expected_index = start.year * 12 + start.month - 1 + months
    assert result.year * 12 + result.month - 1 == expected_index
    next_day = result + timedelta(days=1)
    assert result.day == start.day or (result.day < start.day and next_day.day == 1)


@settings(max_examples=60, deadline=None)
@given(start=DATES, months=st.integers(min_value=0, max_value=240))
def test_adding_months_never_goes_backwards(start: date, months: int) -> None:
    assert add_months(start, months) >= start


@settings(max_examples=60, deadline=None)
@given(start=DATES, years=st.integers(min_value=0, max_value=50))
def test_adding_years_is_adding_twelve_months(start: date, years: int) -> None:
    assert add_years(start, years) == add_months(start, 12 * years)


BUSINESS_DATES = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@settings(max_examples=60, deadline=None)
@given(start=BUSINESS_DATES, days=st.integers(min_value=1, max_value=30))
def test_adding_business_days_lands_on_a_business_day_after_the_start(
    start: date, days: int
) -> None:
    due = add_business_days(start, days)
    assert due > start and is_business_day(due)


@settings(max_examples=60, deadline=None)
@given(start=BUSINESS_DATES, days=st.integers(min_value=0, max_value=30))
def test_one_more_business_day_is_strictly_later(start: date, days: int) -> None:
    assert add_business_days(start, days + 1) > add_business_days(start, days)


@settings(max_examples=60, deadline=None)
@given(start=BUSINESS_DATES, days=st.integers(min_value=1, max_value=30))
def test_exactly_n_business_days_lie_between_the_start_and_the_due_date(
    start: date, days: int
) -> None:
    due = add_business_days(start, days)
    between = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(is_business_day(d) for d in between) == days


@settings(max_examples=60, deadline=None)
@given(first=BUSINESS_DATES, gap=st.integers(min_value=0, max_value=60), days=st.integers(0, 20))
def test_a_later_start_never_gives_an_earlier_due_date(first: date, gap: int, days: int) -> None:
    later = first + timedelta(days=gap)
    assert add_business_days(later, days) >= add_business_days(first, days)


@settings(max_examples=60, deadline=None)
@given(day=BUSINESS_DATES)
def test_every_day_lies_in_a_period_and_the_next_vacation_starts_after_it(day: date) -> None:
    period = CALENDAR.period_of(day)
    assert period is not None and day in period
    assert CALENDAR.next_vacation_start(day) > day
    assert CALENDAR.in_vacation(CALENDAR.next_vacation_start(day))


# ---- time zone ------------------------------------------------------------------------------


def test_late_evening_utc_is_already_the_next_day_in_baku() -> None:
    assert baku_date(datetime(2026, 7, 6, 21, 30, tzinfo=UTC)) == date(2026, 7, 7)


def test_today_in_baku_follows_the_given_instant() -> None:
    assert today_baku(datetime(2026, 12, 31, 20, 0, tzinfo=UTC)) == date(2027, 1, 1)


def test_timestamps_are_aware_utc() -> None:
    assert utc_now().utcoffset() == timedelta(0)


def test_an_aware_time_converts_to_utc() -> None:
    baku = timezone(timedelta(hours=4))
    assert to_utc(datetime(2026, 7, 7, 1, 30, tzinfo=baku)) == datetime(
        2026, 7, 6, 21, 30, tzinfo=UTC
    )


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError):
        baku_date(datetime(2026, 7, 6, 12, 0))


# ---- the academic calendar ------------------------------------------------------------------

PERIOD_ROWS = [
    pytest.param(date(2025, 9, 15), "autumn", id="autumn-first-day"),
    pytest.param(date(2026, 1, 24), "autumn", id="autumn-last-day"),
    pytest.param(date(2026, 1, 25), "winter_vacation", id="winter-first-day"),
    pytest.param(date(2026, 2, 14), "winter_vacation", id="winter-last-day"),
    pytest.param(date(2026, 2, 15), "spring", id="spring-first-day"),
    pytest.param(date(2026, 6, 30), "spring", id="spring-last-day"),
    pytest.param(date(2026, 7, 1), "summer_vacation", id="summer-first-day"),
    pytest.param(date(2026, 9, 14), "summer_vacation", id="summer-last-day"),
]


@pytest.mark.parametrize(("day", "name"), PERIOD_ROWS)
def test_the_default_calendar_of_rules_api(day: date, name: str) -> None:
    period = CALENDAR.period_of(day)
    assert period is not None and period.name == name


def test_in_vacation_is_true_only_in_the_vacations() -> None:
    assert [CALENDAR.in_vacation(d) for d in (date(2026, 1, 24), date(2026, 1, 25))] == [
        False,
        True,
    ]


def test_the_next_vacation_after_october_is_the_winter_vacation() -> None:
    assert CALENDAR.next_vacation_start(date(2026, 10, 15)) == date(2027, 1, 25)


def test_the_next_vacation_during_the_spring_is_the_summer_vacation() -> None:
    assert CALENDAR.next_vacation_start(date(2026, 3, 1)) == date(2026, 7, 1)


def test_the_next_semester_after_a_return_in_july_is_the_autumn() -> None:
    assert CALENDAR.next_semester_start(date(2026, 7, 1)) == date(2026, 9, 15)


def test_the_next_semester_on_a_semester_start_day_is_the_following_one() -> None:
    assert CALENDAR.next_semester_start(date(2026, 2, 15)) == date(2026, 9, 15)


def test_the_first_complete_semester_after_an_october_expulsion_is_the_spring() -> None:
    assert CALENDAR.end_of_first_complete_semester_after(date(2023, 10, 10)) == date(2024, 6, 30)


def test_a_year_override_replaces_only_the_periods_it_names() -> None:
    calendar = academic_calendar_from_data(
        {
            "years": {
                "2026": {
                    "winter_vacation": ["2027-01-25", "2027-02-21"],
                    "spring": ["2027-02-22", "2027-06-30"],
                }
            }
        }
    )
    year = calendar.year(2026)
    assert (year.winter_vacation.end, year.autumn.start) == (date(2027, 2, 21), date(2026, 9, 15))


def test_settings_override_the_reference_file_for_a_year() -> None:
    data = {"years": {"2026": {"summer_vacation": ["2027-07-01", "2027-09-10"]}}}
    settings_data = {"years": {"2026": {"summer_vacation": ["2027-07-05", "2027-09-10"]}}}
    calendar = academic_calendar_from_data(data, settings_data)
    assert calendar.year(2026).summer_vacation.start == date(2027, 7, 5)


def test_new_default_month_days_apply_to_every_year() -> None:
    calendar = academic_calendar_from_data(
        {
            "defaults": {
                "autumn": ["09-15", "01-19"],
                "winter_vacation": ["01-20", "02-09"],
                "spring": ["02-10", "06-30"],
                "summer_vacation": ["07-01", "09-14"],
            }
        }
    )
    assert calendar.year(2030).winter_vacation.start == date(2031, 1, 20)


def test_a_bad_month_day_is_refused() -> None:
    with pytest.raises(BadInput):
        academic_calendar_from_data(
            {
                "defaults": {
                    "autumn": ["9/15", "01-24"],
                    "winter_vacation": ["01-25", "02-14"],
                    "spring": ["02-15", "06-30"],
                    "summer_vacation": ["07-01", "09-14"],
                }
            }
        )


def test_an_unknown_period_in_a_year_override_is_refused() -> None:
    with pytest.raises(BadInput):
        academic_calendar_from_data(
            {"years": {"2026": {"exam_session": ["2027-01-10", "2027-01-24"]}}}
        )
