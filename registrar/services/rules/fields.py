"""Readers for the fields of a case file: type and enum checks that name the field.

A reader returns None for an absent or null field; whether the field is needed is for the
rules to say, with `need(...)`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from registrar.services.errors import BadInput

T = TypeVar("T")

# Dates outside these years are typing mistakes; they would also overflow 15-year arithmetic.
MIN_YEAR, MAX_YEAR = 1900, 2200


class Absent:
    """Marks a field that is not in the case at all (as opposed to JSON null)."""

    _instance: Absent | None = None

    def __new__(cls) -> Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT = Absent()


def need(value: T | None, field: str) -> T:
    """The value a rule needs, or BadInput naming the missing field."""
    if value is None:
        raise BadInput(f"'{field}' is required for this case.", field=field)
    return value


# ---- field readers --------------------------------------------------------------------------


def field_path(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def object_field(value: Any, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise BadInput(f"'{field}' must be a JSON object.", field=field)
    return value


def text(data: Mapping[str, Any], key: str, prefix: str = "") -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        field = field_path(prefix, key)
        raise BadInput(f"'{field}' must be a string.", field=field)
    return value


def choice(
    data: Mapping[str, Any], key: str, choices: frozenset[str], prefix: str = ""
) -> str | None:
    value = text(data, key, prefix)
    if value is not None and value not in choices:
        field = field_path(prefix, key)
        allowed = ", ".join(sorted(choices))
        raise BadInput(f"'{field}' must be one of {allowed}; got '{value}'.", field=field)
    return value


def flag(data: Mapping[str, Any], key: str, prefix: str = "") -> bool | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        field = field_path(prefix, key)
        raise BadInput(f"'{field}' must be true or false.", field=field)
    return value


def number(data: Mapping[str, Any], key: str, prefix: str = "") -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        field = field_path(prefix, key)
        raise BadInput(f"'{field}' must be a number.", field=field)
    return float(value)


def integer(data: Mapping[str, Any], key: str, prefix: str = "") -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        field = field_path(prefix, key)
        raise BadInput(f"'{field}' must be a whole number.", field=field)
    return value


def date_field(data: Mapping[str, Any], key: str, prefix: str = "") -> date | None:
    value = data.get(key)
    if value is None:
        return None
    field = field_path(prefix, key)
    if isinstance(value, str) and len(value) == 10:
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if MIN_YEAR <= parsed.year <= MAX_YEAR:
                return parsed
            raise BadInput(
                f"'{field}' must be a date between {MIN_YEAR} and {MAX_YEAR}.", field=field
            )
    raise BadInput(f"'{field}' must be a date in the form YYYY-MM-DD.", field=field)


def year(data: Mapping[str, Any], key: str) -> int | None:
    value = integer(data, key)
    if value is not None and not MIN_YEAR <= value <= MAX_YEAR:
        raise BadInput(f"'{key}' must be a year between {MIN_YEAR} and {MAX_YEAR}.", field=key)
    return value
