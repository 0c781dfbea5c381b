"""Azerbaijani conventions for printed dates, numbers, ordinals and money (₼)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

MONTHS = (
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
)

MANAT_SIGN = "\u20bc"  # ₼
NBSP = "\u00a0"  # keeps "1 234,50 ₼" on one line
DECIMAL_COMMA = ","

# The suffix of a numeral (2026-cı, 2023-cü) follows the vowel of the last number word that
# is pronounced: 2026 -> "iki min iyirmi altı" -> altı -> -cı.
_UNITS = ("", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz")
_TENS = ("", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan")
_SCALES = ((10**12, "trilyon"), (10**9, "milyard"), (10**6, "milyon"), (1000, "min"))
_SUFFIX_BY_VOWEL = {
    "e": "ci",
    "ə": "ci",
    "i": "ci",
    "a": "cı",
    "ı": "cı",
    "o": "cu",
    "u": "cu",
    "ö": "cü",
    "ü": "cü",
}


def last_number_word(n: int) -> str:
    """The last word of `n` read aloud in Azerbaijani: 2026 -> "altı", 2000 -> "min"."""
    if n < 0:
        n = -n
    if n == 0:
        return "sıfır"
    if n % 10:
        return _UNITS[n % 10]
    if n % 100:
        return _TENS[(n % 100) // 10]
    if n % 1000:
        return "yüz"
    for scale, word in _SCALES:
        if n % scale == 0:
            return word
    raise AssertionError("unreachable")  # pragma: no cover


def ordinal_suffix(n: int) -> str:
    """-ci / -cı / -cu / -cü by vowel harmony with the last number word."""
    word = last_number_word(n)
    for letter in reversed(word):
        if letter in _SUFFIX_BY_VOWEL:
            return _SUFFIX_BY_VOWEL[letter]
    raise AssertionError(f"no vowel in {word!r}")  # pragma: no cover


def ordinal(n: int) -> str:
    """A numeral with its ordinal suffix, as printed: 2 -> "2-ci", 2026 -> "2026-cı"."""
    return f"{n}-{ordinal_suffix(n)}"


def year(n: int) -> str:
    """ "2026-cı il"."""
    return f"{ordinal(n)} il"


def long_date(value: date) -> str:
    """ "22 noyabr 2026-cı il" (day, month in lower case, year with its suffix)."""
    return f"{value.day} {MONTHS[value.month - 1]} {year(value.year)}"


def short_date(value: date) -> str:
    """ "22.11.2026"."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def long_datetime(value: datetime) -> str:
    """ "22 noyabr 2026-cı il, saat 14:35"."""
    return f"{long_date(value)}, saat {value.hour:02d}:{value.minute:02d}"


def short_datetime(value: datetime) -> str:
    """ "22.11.2026 14:35"."""
    return f"{short_date(value)} {value.hour:02d}:{value.minute:02d}"


def _group(digits: str) -> str:
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return NBSP.join(reversed(groups))


def number(value: int | Decimal, places: int | None = None) -> str:
    """ "1 234,50": thousands grouped by a no-break space, decimal comma.

    `places` rounds half up to that many decimals; by default a Decimal keeps its own
    (Decimal("512.5") -> "512,5") and an int has none. Floats are refused: printed figures
    come from exact values.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"expected int or Decimal, got {type(value).__name__}")
    amount = Decimal(value)
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):f}"
    whole, _, fraction = text.partition(".")
    grouped = _group(whole)
    return f"{sign}{grouped}{DECIMAL_COMMA}{fraction}" if fraction else f"{sign}{grouped}"


def money(value: int | Decimal) -> str:
    """ "1 234,50 ₼": always two decimals, the manat sign after the amount."""
    return f"{number(value, places=2)}{NBSP}{MANAT_SIGN}"


def upper(text: str) -> str:
    """Upper case with the Azerbaijani dotted capital: "şirin" -> "ŞİRİN", "qızı" -> "QIZI"."""
    return text.replace("i", "İ").upper()
