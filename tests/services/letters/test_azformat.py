"""Azerbaijani dates, ordinals, numbers and money as printed."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from registrar.services.letters import azformat

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("month", "name"),
    [
        (1, "yanvar"),
        (2, "fevral"),
        (3, "mart"),
        (4, "aprel"),
        (5, "may"),
        (6, "iyun"),
        (7, "iyul"),
        (8, "avqust"),
        (9, "sentyabr"),
        (10, "oktyabr"),
        (11, "noyabr"),
        (12, "dekabr"),
    ],
)
def test_every_month_is_written_in_lower_case_azerbaijani(month: int, name: str) -> None:
    assert azformat.long_date(date(2026, month, 5)) == f"5 {name} 2026-cı il"


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2026, "2026-cı il"),  # altı
        (2020, "2020-ci il"),  # iyirmi
        (2023, "2023-cü il"),  # üç
        (2010, "2010-cu il"),  # on
        (2000, "2000-ci il"),  # min
        (2019, "2019-cu il"),  # doqquz
        (2024, "2024-cü il"),  # dörd
        (2025, "2025-ci il"),  # beş
        (2030, "2030-cu il"),  # otuz
        (2040, "2040-cı il"),  # qırx
        (2050, "2050-ci il"),  # əlli
        (2060, "2060-cı il"),  # altmış
        (2070, "2070-ci il"),  # yetmiş
        (2080, "2080-ci il"),  # səksən
        (2090, "2090-cı il"),  # doxsan
        (2100, "2100-cü il"),  # yüz
        (2017, "2017-ci il"),  # yeddi
        (2018, "2018-ci il"),  # səkkiz
    ],
)
def test_the_year_suffix_follows_the_vowel_of_the_last_number_word(
    year: int, expected: str
) -> None:
    assert azformat.year(year) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1-ci"),
        (2, "2-ci"),
        (3, "3-cü"),
        (4, "4-cü"),
        (5, "5-ci"),
        (6, "6-cı"),
        (9, "9-cu"),
        (10, "10-cu"),
        (13, "13-cü"),
        (40, "40-cı"),
        (1_000_000, "1000000-cu"),
        (0, "0-cı"),
    ],
)
def test_ordinals_take_the_suffix_of_their_last_number_word(n: int, expected: str) -> None:
    assert azformat.ordinal(n) == expected


def test_a_date_and_time_names_the_hour() -> None:
    assert azformat.long_datetime(datetime(2026, 8, 14, 9, 5)) == "14 avqust 2026-cı il, saat 09:05"


def test_short_dates_are_day_month_year_with_dots() -> None:
    assert azformat.short_date(date(2026, 1, 7)) == "07.01.2026"


def test_numbers_group_thousands_with_a_no_break_space_and_use_a_decimal_comma() -> None:
    assert azformat.number(Decimal("1234.50")) == f"1{NBSP}234,50"
    assert azformat.number(1234567) == f"1{NBSP}234{NBSP}567"
    assert azformat.number(Decimal("512.5")) == "512,5"
    assert azformat.number(Decimal("-1234.5"), places=2) == f"-1{NBSP}234,50"


def test_money_has_two_decimals_and_the_manat_sign_after_the_amount() -> None:
    assert azformat.money(Decimal("2500")) == f"2{NBSP}500,00{NBSP}₼"
    assert azformat.money(Decimal("0.125")) == f"0,13{NBSP}₼"  # half up


def test_floats_are_refused_for_printed_figures() -> None:
    with pytest.raises(TypeError):
        azformat.number(12.5)  # type: ignore[arg-type]


def test_upper_case_keeps_the_dotted_capital_i() -> None:
    assert azformat.upper("şirin İlkin qızı") == "ŞİRİN İLKİN QIZI"
